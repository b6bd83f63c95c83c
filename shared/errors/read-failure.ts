/**
 * What a damaged register's `reason` (the reader's own words, shared/contracts/register.ts) says, when it is a failure of
 * the JSON reader that the UI can name in its own language: V8's JSON.parse messages and the store's "not a JSON object".
 * Anything else (a field that does not fit, a failed upgrade) is null: the UI quotes it as the technical detail.
 */
export type ReadFailure =
  | { kind: 'truncated' }
  | { kind: 'syntax'; line: number; column: number }
  | { kind: 'syntaxAt'; character: number }
  | { kind: 'syntaxNowhere' }
  | { kind: 'notObject' };

export function readFailure(reason: string): ReadFailure | null {
  const text = reason.trim();
  if (text === 'Unexpected end of JSON input') return { kind: 'truncated' };
  if (text === 'not a JSON object') return { kind: 'notObject' };
  // "Expected ',' or '}' after property value in JSON at position 1204 (line 3 column 5)"; older V8 gives the position alone.
  const at = /in JSON at position (\d+)(?: \(line (\d+) column (\d+)\))?$/.exec(text);
  if (at) return at[2] && at[3] ? { kind: 'syntax', line: Number(at[2]), column: Number(at[3]) } : { kind: 'syntaxAt', character: Number(at[1]) + 1 };
  // "Unexpected token 'x', "x…" is not valid JSON": a position is not given.
  if (/ is not valid JSON$/.test(text)) return { kind: 'syntaxNowhere' };
  return null;
}
