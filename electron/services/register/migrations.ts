import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';

/** One schema step: a pure function from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The ordered list of register migrations, each with its own test (1 → 2:
 * test/unit/register/migration-v1.test.ts, on a register the previous release wrote).
 */
export const registerMigrations: readonly Migration[] = [
  {
    // The document in memory is the same; only the file changes (disk-tables.ts): the register
    // written after this step keeps its long lists as tables, which an app that reads version 1
    // must refuse as too new rather than take for a broken file.
    from: 1,
    describe: 'people, assignments and inventory rows stored as tables',
    up: (document) => document,
  },
];

export class MigrationError extends Error {}

/** Checks that the list is ordered and gap-free, ending at the current version. */
export function assertMigrationList(migrations: readonly Migration[], target: number): void {
  migrations.forEach((m, index) => {
    if (m.from !== index + 1) {
      throw new MigrationError(`migration #${index} starts at ${m.from}, expected ${index + 1}`);
    }
  });
  if (migrations.length + 1 !== target) {
    throw new MigrationError(`migrations reach version ${migrations.length + 1}, the app expects ${target}`);
  }
}

/** Runs the migrations from `document.schemaVersion` up to `target`; pure. */
export function migrateDocument(
  document: Record<string, unknown>,
  migrations: readonly Migration[] = registerMigrations,
  target: number = CURRENT_SCHEMA_VERSION,
): { document: Record<string, unknown>; applied: string[] } {
  assertMigrationList(migrations, target);
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(`schemaVersion is missing or not a positive whole number`);
  }
  if (version > target) {
    throw new MigrationError(`schemaVersion ${version} is newer than this app (${target})`);
  }
  let current = document;
  const applied: string[] = [];
  for (const migration of migrations.slice(version - 1)) {
    current = { ...migration.up(current), schemaVersion: migration.from + 1 };
    applied.push(migration.describe);
  }
  return { document: current, applied };
}
