import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';

/** One schema step: a pure function from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The ordered list of register migrations, each with its own test (1 → 2:
 * test/unit/register/migration-v1.test.ts, 2 → 3: migration-v2.test.ts, each on a register the
 * release before wrote).
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
  {
    // Release notes were added to the assignment's own notes, so a printed history showed them on the day the CAL was
    // given and a report dated before the release showed them beside an active CAL. From 3 they are kept apart; notes
    // joined before cannot be told apart again and stay where they are. The schema's default gives every assignment
    // empty release notes; the step is the version, which an app that reads version 2 must refuse as too new.
    from: 2,
    describe: 'an assignment keeps the notes of its release apart',
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
