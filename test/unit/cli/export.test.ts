import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

describe('cal-register export', () => {
  it('exports a register made by the CLI with Polish sheet names, headers and finding texts', async () => {
    const dir = join(tempDir(), 'klient');
    const out = join(tempDir(), 'audyt.xlsx');
    await cli('init', dir, '--org', 'Przykład Sp. z o.o.');
    await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/2024/03/17');
    await cli('person', 'add', dir, '--given', 'Łukasz', '--surname', 'Żółkiewski', '--email', 'l.zolkiewski@przyklad.pl');
    await cli('person', 'add', dir, '--given', 'Anna', '--surname', 'Nowak', '--email', 'a.nowak@przyklad.pl');
    await cli('assign', dir, '--person', 'l.zolkiewski@przyklad.pl', '--purchase', 'FV/2024/03/17', '--date', '2024-03-02');
    const result = await cli('export', dir, '--out', out, '--lang', 'pl', '--prepared-by', 'Jan Audytor', '--as-of', '2026-11-25');
    expect(result.code, result.stderr).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Podsumowanie', 'Rejestr', 'Historia przypisań', 'Ustalenia']));
    const register = workbook.getWorksheet('Rejestr')!;
    const header = (register.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual(expect.arrayContaining(['Imię', 'Nazwisko']));
    expect(register.getRow(2).getCell(1).value).toBe('Łukasz');
    const findings = workbook.getWorksheet('Ustalenia')!;
    const texts: string[] = [];
    findings.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    // A finding in Polish: Anna has a mailbox-need but no CAL.
    expect(texts.join('\n')).toMatch(/a\.nowak@przyklad\.pl/);
    expect(texts.join('\n')).not.toMatch(/holds no Standard CAL/);
  });

  // Found in review: the Polish checklist printed "1250" beside number cells that print 1 250.
  it('counts in the checklist\'s and the findings\' text are grouped in thousands, as the workbook\'s number cells print them', async () => {
    const dir = join(tempDir(), 'klient');
    await cli('init', dir, '--org', 'Przykład Sp. z o.o.');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1250', '--date', '2024-03-01', '--document', 'FV/2024/03/17');
    const texts = async (lang: string) => {
      const out = join(tempDir(), `audyt-${lang}.xlsx`);
      expect((await cli('export', dir, '--out', out, '--lang', lang, '--as-of', '2026-11-25')).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const cells: string[] = [];
      for (const name of lang === 'pl' ? ['Lista kontrolna', 'Ustalenia'] : ['Checklist', 'Findings']) workbook.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
      return cells.join('\n');
    };
    const polish = await texts('pl');
    expect(polish).toContain('obejmujące najnowszy serwer: 1\u00a0250)');
    expect(polish).toContain('licencji: 1\u00a0250)');
    expect(polish).not.toMatch(/\b1250\b/);
    expect(await texts('en')).toContain('reach the newest server: 1,250)');
  });

  it('--json names the sheets by id as well, the same in either language', async () => {
    const dir = join(tempDir(), 'klient');
    await cli('init', dir, '--org', 'A');
    const ids = async (lang: string) => {
      const result = await cli('export', dir, '--out', join(tempDir(), `a-${lang}.xlsx`), '--lang', lang, '--json');
      return JSON.parse(result.stdout) as { sheets: string[]; sheetIds: string[] };
    };
    const [en, pl] = [await ids('en'), await ids('pl')];
    expect(pl.sheetIds).toEqual(en.sheetIds);
    expect(en.sheetIds).toEqual(['summary', 'register', 'history', 'purchases', 'servers', 'checklist', 'findings']);
    expect(pl.sheets[0]).toBe('Podsumowanie');
  });

  it('the workbook is in the CLI language unless --lang names another', async () => {
    const dir = tempDir();
    await cli('init', dir, '--org', 'A');
    const sheets = async (env: Record<string, string>, ...extra: string[]) => {
      const out = join(tempDir(), 'audyt.xlsx');
      expect(await main(['export', dir, '--out', out, ...extra], { out: () => undefined, err: () => undefined }, env)).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      return workbook.worksheets.map((w) => w.name);
    };
    expect(await sheets({ LANG: 'pl_PL.UTF-8' })).toContain('Podsumowanie');
    expect(await sheets({}, '--lang', 'pl')).toContain('Podsumowanie');
    expect(await sheets({ LANG: 'pl_PL.UTF-8' }, '--lang', 'en')).toContain('Summary');
    expect(await sheets({})).toContain('Summary');
  });

  // Found in review: a mistyped folder in --out (or a stick not plugged in) gave "The audit workbook could not be saved (ENOENT)".
  it('an --out in a folder that is not there is refused naming that folder, in English and Polish, and nothing is made', async () => {
    const dir = tempDir();
    await cli('init', dir, '--org', 'A');
    const missing = join(tempDir(), 'Audyty', '2026');
    const en = await cli('export', dir, '--out', join(missing, 'audyt.xlsx'));
    expect([en.code, en.stdout, en.stderr]).toEqual([2, '', `cal-register export: --out: the folder ${missing} does not exist (or is not a folder); nothing was written\n`]);
    const pl = await cli('export', dir, '--out', join(missing, 'audyt.xlsx'), '--lang', 'pl');
    expect(pl.stderr).toBe(`cal-register export: --out: folder ${missing} nie istnieje (albo nie jest folderem); nic nie zapisano\n`);
    expect(existsSync(missing)).toBe(false);
    // A path through a file is no folder either.
    const file = join(tempDir(), 'notatki.txt');
    writeFileSync(file, 'x');
    expect(await cli('export', dir, '--out', join(file, 'audyt.xlsx'))).toMatchObject({ code: 2, stderr: expect.stringContaining(`the folder ${file} does not exist (or is not a folder)`) });
  });

  it('a missing --out or a bad --lang is bad usage', async () => {
    const dir = tempDir();
    await cli('init', dir, '--org', 'A');
    expect((await cli('export', dir)).code).toBe(2);
    expect((await cli('export', dir, '--out', join(tempDir(), 'x.xlsx'), '--lang', 'de')).code).toBe(2);
  });
});
