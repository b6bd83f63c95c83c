import { describe, expect, it } from 'vitest';
import { assertMigrationList, migrateDocument, registerMigrations, type Migration } from '../../../electron/services/register/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';

const addField = (from: number, key: string): Migration => ({ from, describe: `adds ${key}`, up: (d) => ({ ...d, [key]: from }) });

describe('register migrations', () => {
  it('the shipped migration list is ordered and reaches the current schema version', () => {
    expect(() => assertMigrationList(registerMigrations, CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('migrations run in order from the file version up to the target, each setting the version', () => {
    const list = [addField(1, 'a'), addField(2, 'b'), addField(3, 'c')];
    const { document, applied } = migrateDocument({ schemaVersion: 2 }, list, 4);
    expect(document).toEqual({ schemaVersion: 4, b: 2, c: 3 });
    expect(applied).toEqual(['adds b', 'adds c']);
  });

  it('a migration does not mutate the document it is given', () => {
    const input = { schemaVersion: 1 };
    migrateDocument(input, [addField(1, 'a')], 2);
    expect(input).toEqual({ schemaVersion: 1 });
  });

  it('a list with a gap or out of order is refused', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, [addField(1, 'a'), addField(3, 'c')], 3)).toThrow(/expected 2/);
    expect(() => migrateDocument({ schemaVersion: 1 }, [addField(2, 'b'), addField(1, 'a')], 3)).toThrow(/expected 1/);
  });

  it('a list that does not reach the target version is refused', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, [addField(1, 'a')], 3)).toThrow(/reach version 2/);
  });

  it('a file newer than the target is refused, never downgraded', () => {
    expect(() => migrateDocument({ schemaVersion: 5 }, [addField(1, 'a')], 2)).toThrow(/newer than this app/);
  });

  it('a missing or non-integer schemaVersion is refused', () => {
    expect(() => migrateDocument({}, [], 1)).toThrow(/missing/);
    expect(() => migrateDocument({ schemaVersion: 1.5 }, [], 1)).toThrow(/missing/);
  });
});
