/**
 * Importing the same exports again proposes nothing: every person the first import added or
 * updated is found and already as the files say. Only what stays true is shown again, the people
 * the directory no longer names (until they are recorded as left), so a consultant who imports
 * each visit sees what changed since the last one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadImportFile, previewFiles } from '../../../electron/services/import/workbench';
import { localDate } from '../../../electron/services/ledger/ledger';
import { createSampleRegister } from '../../../electron/services/sample/sample-register';
import { applyImport } from '../../../shared/import/apply';
import { changeCounts, proposedChanges } from '../../../shared/import/counts';
import { previewImport } from '../../../shared/import/preview';
import type { ImportPreview } from '../../../shared/import/preview-types';
import { samplePlan } from '../../../shared/sample';
import { adUserExport, generateDirectory, mailboxExport } from '../../bench/generate';
import { generateRegister } from '../../bench/generate-register';
import { tempDir, testDeps } from '../register/helpers';
import { parseOk } from './helpers';

/** How many of each kind of change a preview proposes (as the CLI counts them), and the people it reports gone. */
const proposed = (preview: ImportPreview) => ({ ...changeCounts(preview), missing: proposedChanges(preview).missingPeople.map((m) => m.personId).sort() });
const nothing = { newPeople: 0, updated: 0, ambiguous: 0, servers: 0, purchases: 0, assignments: 0, released: 0 };

describe('the same exports imported twice', () => {
  it('propose nothing the second time but the people still gone (generated organizations)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 160 }), async (seed, size) => {
        const directory = generateDirectory(size, seed);
        const doc = generateRegister(directory, seed);
        const files = [await parseOk('mailboxes.csv', mailboxExport(directory)), await parseOk('ad-users.csv', adUserExport(directory))];
        const first = previewImport(doc, files, { now: '2026-11-25T09:00:00.000Z' });
        let n = 0;
        const next = applyImport(doc, first, {}, () => `id-${++n}`, '2026-11-25T09:00:00.000Z');
        const again = proposed(previewImport(next, files, { now: '2026-11-26T09:00:00.000Z' }));
        expect(again).toEqual({ ...nothing, missing: proposed(first).missing });
      }),
      { numRuns: 25 },
    );
  });

  it('propose nothing for the sample register, which was built by importing them', async () => {
    const deps = testDeps();
    const dir = tempDir();
    const register = await createSampleRegister(join(dir, 'sample'), deps);
    try {
      const files = await Promise.all(
        samplePlan(localDate(deps.now())).exports.map(async (file) => {
          const path = join(dir, file.fileName);
          writeFileSync(path, file.text, 'utf8');
          return loadImportFile(path);
        }),
      );
      const { preview } = previewFiles(register.document, files, new Map(), deps.now().toISOString());
      expect(proposed(preview)).toEqual({ ...nothing, missing: [] });
    } finally {
      register.close();
    }
  });
});
