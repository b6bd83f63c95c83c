import { describe, expect, it } from 'vitest';
import { readFailure } from '../../../shared/errors/read-failure';

/** What this runtime's JSON.parse says of `text`: the words register-store passes on as a damaged register's reason. */
function parserSays(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parsed`);
}

describe('a damaged register’s reason named in the UI’s words', () => {
  it('a file cut off inside the JSON is "truncated"', () => {
    expect(readFailure(parserSays('{"schemaVersion": 3, "people": ['))).toEqual({ kind: 'truncated' });
  });

  it('a syntax error keeps where it is, by line and column or by character counted from 1', () => {
    expect(readFailure(parserSays('{"a": 1,}'))?.kind).toMatch(/^syntax(At)?$/);
    expect(readFailure("Expected ',' or '}' after property value in JSON at position 48210 (line 1204 column 17)")).toEqual({ kind: 'syntax', line: 1204, column: 17 });
    expect(readFailure('Unexpected token } in JSON at position 1204')).toEqual({ kind: 'syntaxAt', character: 1205 });
  });

  it('a parser message without a position, and the store’s "not a JSON object", are known too', () => {
    expect(readFailure(parserSays('<html>'))).toEqual({ kind: 'syntaxNowhere' });
    expect(readFailure('not a JSON object')).toEqual({ kind: 'notObject' });
  });

  it('anything else (a field that does not fit, an upgrade that failed) is left to be quoted', () => {
    expect(readFailure('people.3.email: Invalid email address')).toBeNull();
    expect(readFailure('schemaVersion is missing or not a positive whole number')).toBeNull();
  });
});
