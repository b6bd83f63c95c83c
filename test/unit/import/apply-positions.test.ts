import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type RegisterDocument, registerDocumentSchema } from '../../../shared/domain/model';
import { applyImport } from '../../../shared/import/apply';
import { interpretSheet } from '../../../shared/import/interpret';
import { previewImport } from '../../../shared/import/preview';
import type { ImportPreview } from '../../../shared/import/preview-types';
import type { ParsedFile } from '../../../shared/import/types';

const NOW = '2025-03-10T09:00:00.000Z';
const mailboxHeaders = ['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds'];

function register(people: object[]): RegisterDocument {
  return registerDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, registerId: 'reg-1', createdAt: '2025-01-01T00:00:00.000Z', organization: { name: 'Przykład sp. z o.o.' }, people });
}

function mailboxFile(rows: string[][]): ParsedFile {
  const sheet = { name: '', headerLine: 1, headers: mailboxHeaders, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
  return { fileName: 'mailboxes.csv', sha256: 'a'.repeat(64), format: 'test', sheets: [interpretSheet(sheet)], warnings: [] };
}

/** The preview as if it said nowhere where its people are: `applyImport` then finds each by id, as it did before positions. */
const withoutPositions = (preview: ImportPreview): ImportPreview => ({
  ...preview,
  updatedPeople: preview.updatedPeople.map((u) => ({ ...u, at: -1 })),
  missingPeople: preview.missingPeople.map((m) => ({ ...m, at: -1 })),
});

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

/** A register of people with unique ids and addresses, and a mailbox export naming some of them (by e-mail or login), changed, and some new mailboxes. */
const scenario = fc
  .record({
    count: fc.integer({ min: 0, max: 40 }),
    listed: fc.array(fc.record({ person: fc.nat(), byLogin: fc.boolean(), archive: fc.boolean(), type: fc.constantFrom('UserMailbox', 'SharedMailbox') }), { maxLength: 40 }),
    fresh: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ count, listed, fresh }) => {
    const people = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, givenName: 'Zofia', surname: `Nowak${i}`, email: `z${i}@przyklad.pl`, login: `zn${i}` }));
    const rows = listed
      .filter(() => count > 0)
      .map(({ person, byLogin, archive, type }) => {
        const i = person % count;
        return [`Zofia Nowak${i}`, byLogin ? `inny${i}@przyklad.pl` : `z${i}@przyklad.pl`, '', byLogin ? `zn${i}` : '', type, archive ? 'Local' : 'None', 'False', ''];
      });
    for (let k = 0; k < fresh; k++) rows.push([`Jan Nowy${k}`, `nowy${k}@przyklad.pl`, '', `jn${k}`, 'UserMailbox', 'None', 'False', '']);
    return { doc: register(people), file: mailboxFile(rows) };
  });

describe('applyImport finds each person where the preview saw them', () => {
  it('the preview says where each person it updates or misses is in the register', () => {
    fc.assert(
      fc.property(scenario, ({ doc, file }) => {
        const preview = previewImport(doc, [file], { now: NOW });
        for (const u of [...preview.updatedPeople, ...preview.missingPeople]) expect(doc.people[u.at]?.id).toBe(u.personId);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the document a lookup of every id gives, for the register previewed and for one changed since (people added, removed, moved)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('reverse' as const) }),
    );
    fc.assert(
      fc.property(scenario, fc.array(edit, { maxLength: 3 }), ({ doc, file }, edits) => {
        const preview = previewImport(doc, [file], { now: NOW });
        expect(applyImport(doc, preview, {}, counter(), NOW)).toEqual(applyImport(doc, withoutPositions(preview), {}, counter(), NOW));
        // The register changed between the preview and the commit: positions no longer hold, and each person is found by id.
        const people = [...doc.people];
        edits.forEach((e, n) => {
          if (e.kind === 'insert') people.splice(e.at % (people.length + 1), 0, { ...people[0]!, id: `added${n}`, email: `added${n}@przyklad.pl`, login: '' });
          if (e.kind === 'remove' && people.length > 0) people.splice(e.at % people.length, 1);
          if (e.kind === 'reverse') people.reverse();
        });
        if (people.length === 0) return;
        const changed = { ...doc, people };
        expect(applyImport(changed, preview, {}, counter(), NOW)).toEqual(applyImport(changed, withoutPositions(preview), {}, counter(), NOW));
      }),
      { numRuns: 150 },
    );
  });

  it('with two people of one id (a file edited by hand), the update goes to the one the preview matched', () => {
    const doc = register([
      { id: 'p1', givenName: 'Zofia', surname: 'Nowak', email: 'z.nowak@przyklad.pl', login: 'znowak' },
      { id: 'p1', givenName: 'Jan', surname: 'Kos', email: 'j.kos@przyklad.pl', login: 'jkos' },
    ]);
    const preview = previewImport(doc, [mailboxFile([['Zofia Nowak', 'zofia.nowak@przyklad.pl', '', 'znowak', 'UserMailbox', 'Local', 'False', '']])], { now: NOW });
    expect(preview.updatedPeople.map((u) => u.at)).toEqual([0]);
    const next = applyImport(doc, preview, {}, counter(), NOW);
    expect(next.people.map((p) => [p.email, p.directory?.archive ?? null])).toEqual([
      ['zofia.nowak@przyklad.pl', true],
      ['j.kos@przyklad.pl', null],
    ]);
  });
});
