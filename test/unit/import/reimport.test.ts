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
import type { AmbiguousDecision, ImportDecisions, ImportPreview } from '../../../shared/import/preview-types';
import { samplePlan } from '../../../shared/sample';
import { adUserExport, generateDirectory, mailboxExport } from '../../bench/generate';
import { generateRegister } from '../../bench/generate-register';
import { includedChangeCount } from '../../../renderer/features/import/changes';
import { tempDir, testDeps } from '../register/helpers';
import { counter, file, NOW, parseOk, register, sheet } from './helpers';

/** How many of each kind of change a preview proposes (as the CLI counts them), and the people it reports gone. */
const proposed = (preview: ImportPreview) => ({ ...changeCounts(preview), missing: proposedChanges(preview).missingPeople.map((m) => m.personId).sort() });
/** Every name-only question answered: the account merged into its first candidate not yet chosen (when `merge`), else added as new. */
function answered(preview: ImportPreview, merge: boolean): { decisions: ImportDecisions; merged: Set<string> } {
  const merged = new Set<string>();
  const ambiguous: Record<string, AmbiguousDecision> = {};
  for (const a of preview.ambiguous) {
    const into = merge ? a.candidates.find((c) => !merged.has(c.personId)) : undefined;
    if (into) merged.add(into.personId);
    ambiguous[a.key] = into ? { action: 'merge', personId: into.personId } : { action: 'new' };
  }
  return { decisions: { ambiguous }, merged };
}
const nothing = { newPeople: 0, updated: 0, ambiguous: 0, servers: 0, purchases: 0, assignments: 0, released: 0 };

/** A generated organization's register and exports, and the preview of importing them. */
async function importedOnce(seed: number, size: number) {
  const directory = generateDirectory(size, seed);
  const doc = generateRegister(directory, seed);
  const files = [await parseOk('mailboxes.csv', mailboxExport(directory)), await parseOk('ad-users.csv', adUserExport(directory))];
  return { doc, files, first: previewImport(doc, files, { now: '2026-11-25T09:00:00.000Z' }) };
}

describe('the same exports imported twice', () => {
  it('propose nothing the second time once the questions are answered, but the people still gone (generated organizations)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 160 }), fc.boolean(), async (seed, size, merge) => {
        const { doc, files, first } = await importedOnce(seed, size);
        const { decisions, merged } = answered(first, merge);
        let n = 0;
        const next = applyImport(doc, first, decisions, () => `id-${++n}`, '2026-11-25T09:00:00.000Z');
        const again = proposed(previewImport(next, files, { now: '2026-11-26T09:00:00.000Z' }));
        // A name-only candidate is not reported gone while its question is open; once answered, one not chosen is (unless they left or are external).
        const current = new Set(doc.people.filter((p) => p.leftOn === null && !p.external).map((p) => p.id));
        const notChosen = first.ambiguous.flatMap((a) => a.candidates.map((c) => c.personId)).filter((id) => !merged.has(id) && current.has(id));
        expect(again).toEqual({ ...nothing, missing: [...new Set([...proposed(first).missing, ...notChosen])].sort() });
      }),
      { numRuns: 25 },
    );
  });

  // Seed 253,408 at 84 people: Michał Krawczyk's account (mkrawczyk) is gone, and a new one of that name (mkrawczyk2) came.
  const gone = { seed: 253_408, size: 84 };

  it('ask again what was left undecided, and only that', async () => {
    const { doc, files, first } = await importedOnce(gone.seed, gone.size);
    expect(first.ambiguous.map((a) => a.incoming.login)).toEqual(['mkrawczyk2']);
    let n = 0;
    const next = applyImport(doc, first, {}, () => `id-${++n}`, '2026-11-25T09:00:00.000Z');
    const again = previewImport(next, files, { now: '2026-11-26T09:00:00.000Z' });
    expect(again.ambiguous.map((a) => a.key)).toEqual(first.ambiguous.map((a) => a.key));
    expect(proposed(again)).toEqual({ ...nothing, ambiguous: 1, missing: proposed(first).missing });
  });

  it('a person the user named as the owner of a new account is found by it the next time, not asked about again', async () => {
    const { doc, files, first } = await importedOnce(gone.seed, gone.size);
    const question = first.ambiguous[0]!;
    const personId = question.candidates[0]!.personId;
    let n = 0;
    const next = applyImport(doc, first, { ambiguous: { [question.key]: { action: 'merge', personId } } }, () => `id-${++n}`, '2026-11-25T09:00:00.000Z');
    expect(next.people.find((p) => p.id === personId)).toMatchObject({ login: 'mkrawczyk2', email: 'michal.krawczyk2@przyklad.pl' });
    expect(proposed(previewImport(next, files, { now: '2026-11-26T09:00:00.000Z' }))).toEqual({ ...nothing, missing: proposed(first).missing });
  });

  it('whatever the order of the rows, someone found by their own account is not asked about for another account of the same name', async () => {
    // Seed 188,238 at 120 people: two Zofia Kwiatkowskas, one in the register (zkwiatkowska), one new (zkwiatkowska2).
    const directory = generateDirectory(120, 188238);
    const doc = generateRegister(directory, 188238);
    for (const people of [directory.people, [...directory.people].reverse()]) {
      const dir = { ...directory, people };
      const files = [await parseOk('mailboxes.csv', mailboxExport(dir)), await parseOk('ad-users.csv', adUserExport(dir))];
      const preview = previewImport(doc, files, { now: '2026-11-25T09:00:00.000Z' });
      expect(preview.ambiguous).toEqual([]);
      expect(preview.newPeople.map((p) => p.login)).toContain('zkwiatkowska2');
    }
  });

  it('two new accounts answered as the same one person: the first question in the preview is merged, the second is not, and the count says so', async () => {
    const doc = register({ people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', email: 'jan.kowalski@przyklad.pl', login: 'jkowalski' }] });
    const mailboxes = file(
      'mailboxes.csv',
      sheet(['DisplayName', 'PrimarySmtpAddress', 'SamAccountName', 'RecipientTypeDetails'], [
        ['Jan Kowalski', 'jan.kowalski2@przyklad.pl', 'jkowalski2', 'UserMailbox'],
        ['Jan Kowalski', 'jan.kowalski3@przyklad.pl', 'jkowalski3', 'UserMailbox'],
      ]),
    );
    const first = previewImport(doc, [mailboxes], { now: NOW });
    expect(first.ambiguous.map((a) => a.incoming.login)).toEqual(['jkowalski2', 'jkowalski3']);
    const both = Object.fromEntries(first.ambiguous.map((a) => [a.key, { action: 'merge', personId: 'p-jan' } as const]));
    const view = { ...first, snapshot: { mailboxes: first.snapshot.mailboxes.length, users: first.snapshot.users.length, sources: first.snapshot.sources } };
    expect(includedChangeCount(view, {}, both)).toBe(1);
    const next = applyImport(doc, first, { ambiguous: both }, counter(), NOW);
    expect(next.people).toEqual([expect.objectContaining({ id: 'p-jan', email: 'jan.kowalski2@przyklad.pl', login: 'jkowalski2' })]);
    // The next import finds Jan by the first account; the second, with no one else of that name left, is a new person.
    const again = previewImport(next, [mailboxes], { now: NOW });
    expect(again.ambiguous).toEqual([]);
    expect(again.newPeople.map((p) => p.login)).toEqual(['jkowalski3']);
  });

  it('a new account named like someone who left is asked about (a rehire or a namesake), and the question says when they left', () => {
    const doc = register({
      people: [
        { id: 'p-left', givenName: 'Jan', surname: 'Kowalski', email: 'jan.kowalski@przyklad.pl', login: 'jkowalski', leftOn: '2025-06-30' },
        { id: 'p-ewa', givenName: 'Ewa', surname: 'Nowak', email: 'ewa.nowak@przyklad.pl', login: 'enowak' },
      ],
    });
    const mailboxes = file(
      'mailboxes.csv',
      sheet(['DisplayName', 'PrimarySmtpAddress', 'SamAccountName', 'RecipientTypeDetails'], [
        ['Jan Kowalski', 'jan.kowalski2@przyklad.pl', 'jkowalski2', 'UserMailbox'],
        ['Ewa Nowak', 'ewa.nowak2@przyklad.pl', 'enowak2', 'UserMailbox'],
      ]),
    );
    const candidates = previewImport(doc, [mailboxes], { now: NOW }).ambiguous.map((a) => a.candidates);
    expect(candidates).toEqual([
      [{ personId: 'p-left', name: 'Jan Kowalski', email: 'jan.kowalski@przyklad.pl', login: 'jkowalski', leftOn: '2025-06-30' }],
      [{ personId: 'p-ewa', name: 'Ewa Nowak', email: 'ewa.nowak@przyklad.pl', login: 'enowak' }],
    ]);
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
