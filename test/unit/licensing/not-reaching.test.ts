import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SummarySheetModel, WorkbookModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { catalogProduct } from '../../../shared/licensing/catalog';
import { cli } from '../cli/helpers';
import { tempDir } from '../register/helpers';
import { SE_AS_OF, aMailbox, aPurchase, aServer, aSnapshot, buildRegister } from './builders';
import { check, positionOf } from './helpers';

// Found in review: the position's Surplus counted CALs of a version older than the server's as spare, and nothing said that
// they license none of its users, so a reviewer read 10 spare CALs where none could be used.
const olderLots = buildRegister({
  servers: [aServer({ product: 'Exchange Server 2019' })],
  purchases: [aPurchase('old', '2016-standard-user', 10), aPurchase('new', '2019-standard-user', 5)],
  inventory: [aSnapshot([aMailbox('a'), aMailbox('b'), aMailbox('c')])],
});

const notes = (model: WorkbookModel): string[] => {
  const summary = model.sheets.find((s): s is SummarySheetModel => s.kind === 'summary');
  return summary ? summary.blocks.flatMap((b) => (b.kind === 'note' ? [b.text] : [])) : [];
};

const workbookOptions = (lang: 'en' | 'pl') => ({
  lang,
  preparedBy: 'Anna',
  asOf: '2024-06-01',
  registerPath: '/r',
  compliance: check(olderLots),
  auditHead: { hash: '0'.repeat(64), count: 0 },
  productName: (id: string) => catalogProduct(id)?.name,
});

describe('CALs that do not cover the server in use', () => {
  it('are counted per product in the position: the older version’s, not the server’s own', () => {
    const report = check(olderLots);
    expect(positionOf(report, '2016-standard-user')).toMatchObject({ purchased: 10, required: 0, shortfall: 0, surplus: 10, notReaching: 10 });
    expect(positionOf(report, '2019-standard-user')).toMatchObject({ purchased: 5, required: 3, shortfall: 0, surplus: 2, notReaching: 0 });
  });

  it('include SE CALs without the active Software Assurance an SE server needs', () => {
    const report = check(
      buildRegister({
        servers: [aServer({ product: 'Exchange Server SE' })],
        purchases: [aPurchase('se', 'se-standard-user', 4), aPurchase('sa', 'se-standard-user', 2, { coverage: { kind: 'software-assurance', until: '2027-01-01' } })],
        inventory: [aSnapshot([aMailbox('a')])],
      }),
      SE_AS_OF,
    );
    expect(positionOf(report, 'se-standard-user')).toMatchObject({ purchased: 6, required: 1, shortfall: 0, surplus: 5, notReaching: 4 });
  });

  it('are never counted beyond the surplus: SE CALs without SA that the SE server’s need falls on', () => {
    const report = check(
      buildRegister({
        servers: [aServer({ product: 'Exchange Server SE' })],
        purchases: [aPurchase('se', 'se-standard-user', 5)],
        inventory: [aSnapshot([aMailbox('a'), aMailbox('b'), aMailbox('c')])],
      }),
      SE_AS_OF,
    );
    // Nothing covers the server, so its need of 3 is required of the SE CAL itself: 3 short, and 2 of the 5 spare.
    expect(positionOf(report, 'se-standard-user')).toMatchObject({ purchased: 5, required: 3, shortfall: 3, surplus: 2, notReaching: 2 });
  });

  it('are named under the workbook’s position, in its language, and not when every CAL covers the server', () => {
    expect(notes(buildWorkbookModel(olderLots, workbookOptions('en')))).toContain(
      'Of the surplus, these CALs do not cover the server in use (an older version, or no active Software Assurance or subscription for Exchange Server SE) and license none of its users: Exchange Server 2016 Standard User CAL: 10.',
    );
    const pl = notes(buildWorkbookModel(olderLots, workbookOptions('pl'))).find((n) => n.startsWith('Z nadwyżki'));
    expect(pl).toMatch(/nie licencjonują żadnego z jego użytkowników: .*2016.*: 10\.$/);
    const covering = buildRegister({ purchases: [aPurchase('new', '2019-standard-user', 5)], inventory: [aSnapshot([aMailbox('a')])] });
    expect(notes(buildWorkbookModel(covering, { ...workbookOptions('en'), compliance: check(covering) })).filter((n) => n.startsWith('Of the surplus'))).toEqual([]);
  });

  it('are said after the surplus by `check`, in English and Polish', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated');
    const add = await cli('purchase', 'add', dir, '--product', 'Exchange Server 2016 Standard User CAL', '--quantity', '3', '--date', '2020-01-10', '--document', 'FV/1');
    expect(add.code).toBe(0);
    expect((await cli('check', dir)).stdout).toContain('surplus 3 (3 do not cover the server in use)');
    expect((await cli('check', dir, '--lang', 'pl')).stdout).toContain('nadwyżka 3 (w tym 3 nieobejmujących używanego serwera)');
  });
});
