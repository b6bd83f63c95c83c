import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli, registerWithProof } from './helpers';

/** A command that must succeed; its output. */
async function ok(...argv: string[]) {
  const run = await cli(...argv);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe('cal-register import of the register’s own audit workbook', () => {
  it('rebuilds people, the lot, the server and the assignments, a CAL given back staying given back, with no --skip', async () => {
    const { dir } = await registerWithProof();
    await ok('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated');
    await ok('person', 'add', dir, '--given', 'Anna', '--surname', 'Nowak', '--email', 'a.nowak@przyklad.pl');
    await ok('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski', '--email', 'j.kowalski@przyklad.pl');
    await ok('assign', dir, '--person', 'a.nowak@przyklad.pl', '--purchase', 'FV/1', '--date', '2024-01-02', '--yes');
    await ok('release', dir, '--person', 'a.nowak@przyklad.pl', '--date', '2024-06-01', '--reason', 'role-change');
    await ok('assign', dir, '--person', 'j.kowalski@przyklad.pl', '--purchase', 'FV/1', '--date', '2024-09-02', '--yes');
    const workbook = join(tempDir(), 'audyt.xlsx');
    await ok('export', dir, '--out', workbook, '--lang', 'pl', '--as-of', '2025-01-10');

    const rebuilt = join(tempDir(), 'odtworzony');
    await ok('init', rebuilt, '--org', 'Firma');
    const imported = await ok('import', rebuilt, workbook, '--commit', '--lang', 'pl');
    expect(imported.stderr).toContain('ostrzeżenie: audyt.xlsx [Historia przypisań]: Arkusz „Historia przypisań” to historia przypisań ze skoroszytu audytowego CAL Register, nie jest wczytywany');
    expect(imported.stderr).toContain('audyt.xlsx [Serwery]: Serwery ze skoroszytu audytowego CAL Register, odczytane wiersze: 1');
    expect(imported.stderr).toContain('Arkusz „Podsumowanie” to raport ze skoroszytu audytowego CAL Register');
    expect(imported.stderr).toContain('serwery: 1');
    expect(imported.stderr).toContain('przypisania: 2');

    const people = JSON.parse((await ok('people', rebuilt, '--as-of', '2025-01-10', '--json')).stdout) as Array<{ email: string; activeCals: unknown[] }>;
    const held = Object.fromEntries(people.map((p) => [p.email, p.activeCals.length]));
    expect(held).toEqual({ 'a.nowak@przyklad.pl': 0, 'j.kowalski@przyklad.pl': 1 });
    const servers = JSON.parse((await ok('servers', rebuilt, '--json')).stdout) as Array<{ name: string; product: string; edition: string; activation: { state: string } }>;
    expect(servers.map((s) => [s.name, s.product, s.edition, s.activation.state])).toEqual([['EX01', 'Exchange Server 2019', 'Standard', 'activated']]);
  });

  // Found in review (12-07): a voided lot came back from the workbook as a live one (its seats counted as purchased again),
  // whether into its own register (beside the voided one) or into an empty one.
  it('leaves a lot the workbook marks as voided out, saying why, in either language', async () => {
    const { dir } = await registerWithProof();
    await ok('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/99');
    await ok('purchase', 'void', dir, 'FV/99', '--reason', 'wpisana dwa razy', '--yes');
    for (const lang of ['en', 'pl']) {
      const workbook = join(tempDir(), `audyt-${lang}.xlsx`);
      await ok('export', dir, '--out', workbook, '--lang', lang, '--as-of', '2025-01-10');
      for (const target of [dir, join(tempDir(), 'pusty')]) {
        if (target !== dir) await ok('init', target, '--org', 'Firma');
        const imported = await ok('import', target, workbook, '--commit', '--lang', lang);
        expect(imported.stderr).toContain(lang === 'pl' ? 'partia oznaczona w skoroszycie audytowym CAL Register jako unieważniona' : 'a lot the CAL Register audit workbook marks as voided');
        const lots = JSON.parse((await ok('purchases', target, '--json')).stdout) as Array<{ document: string; voidedAt: string | null }>;
        expect(lots.filter((l) => l.document === 'FV/99' && l.voidedAt === null)).toEqual([]);
        expect(lots.filter((l) => l.document === 'FV/1')).toHaveLength(1);
      }
    }
  });
});
