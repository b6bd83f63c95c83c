/**
 * Print check: the workbook is converted to PDF by LibreOffice and read back as text with
 * pdftotext. Needs `libreoffice-calc` and `poppler-utils`; when they are missing the suite
 * fails and says so, it never skips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAuditWorkbook } from '../../../electron/services/export/audit-export';
import { margins } from '../../../electron/services/export/layout';
import { exportWorkbook } from '../../../electron/services/export/workbook';
import { createSampleRegister } from '../../../electron/services/sample/sample-register';
import type { TableSheetModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { localizedProductName } from '../../../shared/licensing/product-names';
import { testDeps } from '../register/helpers';
import { sampleCompliance, sampleOptions, sampleRegister } from './fixture';

const assignments = 2000;
const slow = 240_000;

function hasTool(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

/** Why the print check cannot run, or null; every test then fails with this message (never skips). */
function missingTools(): string | null {
  const missing = [
    hasTool('libreoffice', ['--version']) ? null : 'libreoffice',
    hasTool('pdftotext', ['-v']) ? null : 'pdftotext',
  ].filter(Boolean);
  return missing.length === 0
    ? null
    : `Print check needs ${missing.join(' and ')} on PATH: install with "apt-get install -y libreoffice-calc poppler-utils".`;
}

/** Converts workbooks to PDF with a private LibreOffice profile (parallel runs must not share one). */
function toPdf(dir: string, files: string[]): void {
  const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
  execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: slow,
  });
}

/** The PDF's pages as text, laid out as printed. */
function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/**
 * Pages the Register should take, from the paper and the layout, in points (1 in = 72 pt):
 * - A4 landscape is 841.9 × 595.3 pt; the left and right margins (0.5 in each) leave 769.9 pt.
 * - LibreOffice measures one Excel column unit as the digit width of the default font
 *   (Arial 10, i.e. Liberation Sans: 0.556 em, kept as 111 twips = 5.55 pt).
 * - Fit to one page wide: zoom = available width / sum of column widths, in whole percent.
 * - LibreOffice keeps the header and footer margins (0.3 in) as fixed distances on paper and
 *   scales the rest — header area, rows, footer area — by the zoom; so, at 100 %, the rows get
 *   (595.3 − 2 × 21.6) / zoom − (top − header + bottom − footer) = 552.1 / zoom − 64.8 pt.
 * - Each page repeats the header row; the rest is filled with data rows of equal height.
 * The tolerance of one page: LibreOffice finds the zoom by bisection over whole percents and can
 * settle one or two percent under the exact fit (seen: 76 % where 78 % fits), which at 2,000
 * rows is worth about one page.
 */
function predictedPages(sheet: TableSheetModel, headerRowHeight: number, rowHeight: number, rows: number): number {
  const pageWidth = (297 / 25.4) * 72;
  const pageHeight = (210 / 25.4) * 72;
  const digitWidth = 5.55;
  const available = pageWidth - (margins.left + margins.right) * 72;
  const content = sheet.columns.reduce((sum, c) => sum + c.width * digitWidth, 0);
  const zoom = Math.min(100, Math.floor((100 * available) / content)) / 100;
  const bands = (margins.top - margins.header + margins.bottom - margins.footer) * 72;
  const rowsSpace = (pageHeight - (margins.header + margins.footer) * 72) / zoom - bands;
  const rowsPerPage = Math.floor((rowsSpace - headerRowHeight) / rowHeight);
  return Math.ceil(rows / rowsPerPage);
}

const proofName = (n: number): string => `faktura FV-2024-03-17 strona ${n} z podpisem.pdf`;
const proofHash = (n: number): string => createHash('sha256').update(proofName(n)).digest('hex');

describe('the audit workbook printed through LibreOffice', () => {
  let dir = '';
  let enPages: string[] = [];
  let plPages: string[] = [];
  let longSummaryPages: string[] = [];
  let tallTablePages: string[] = [];
  let proofPages: string[] = [];
  /** The app's sample register (Help ▸ Open sample register), its Summary and Findings, and those of an empty register. */
  const samplePages: Record<'en' | 'pl', string[]> = { en: [], pl: [] };
  const emptyPages: Record<'en' | 'pl', string[]> = { en: [], pl: [] };
  let expectedRegisterPages = 0;
  let problem: string | null = null;

  beforeAll(async () => {
    problem = missingTools();
    if (problem) return;
    dir = await mkdtemp(join(tmpdir(), 'cal-print-'));
    const big = sampleRegister(assignments);
    big.assignments = big.assignments.filter((a) => a.releasedOn === null);
    expect(big.assignments).toHaveLength(assignments);
    const enPath = join(dir, 'audit-en.xlsx');
    const plPath = join(dir, 'audit-pl.xlsx');
    const checklist = [{ point: 'Serwer Exchange jest aktywowany kluczem produktu', result: 'pass' as const, reason: 'EX01' }];
    await exportWorkbook(big, sampleOptions({ sheets: ['summary', 'register'] }), enPath);
    // A lot of 1,250 seats: its counts print grouped as Polish groups them, whatever language the printing computer runs in.
    const polish = sampleRegister(20);
    polish.purchases = polish.purchases.map((p) => (p.id === 'pur-2' ? { ...p, quantity: 1250 } : p));
    await exportWorkbook(polish, sampleOptions({ lang: 'pl', compliance: sampleCompliance, checklist }), plPath);
    // A Summary too long to shrink onto one page, whose server table fits on a page of its own: 25 servers.
    const manyServers = sampleRegister(6);
    manyServers.servers = Array.from({ length: 25 }, (_, i) => ({ ...manyServers.servers[0]!, id: `srv-${i}`, name: `EX${String(i + 1).padStart(2, '0')}` }));
    const longSummaryPath = join(dir, 'long-summary.xlsx');
    await exportWorkbook(manyServers, sampleOptions({ sheets: ['summary'], compliance: sampleCompliance }), longSummaryPath);
    // A server table taller than a page: 70 servers.
    const tallTable = sampleRegister(6);
    tallTable.servers = Array.from({ length: 70 }, (_, i) => ({ ...tallTable.servers[0]!, id: `srv-${i}`, name: `MBX${String(i + 1).padStart(2, '0')}` }));
    const tallTablePath = join(dir, 'tall-table.xlsx');
    await exportWorkbook(tallTable, sampleOptions({ sheets: ['summary'], compliance: sampleCompliance }), tallTablePath);

    const readBack = new ExcelJS.Workbook();
    await readBack.xlsx.readFile(enPath);
    const register = readBack.getWorksheet('Register');
    if (!register) throw new Error('no Register sheet');
    const model = buildWorkbookModel(big, sampleOptions({ sheets: ['register'] })).sheets[0] as TableSheetModel;
    expectedRegisterPages = predictedPages(model, register.getRow(1).height, register.getRow(2).height, assignments);

    // One lot with three proofs whose long names wrap: each hash must print beside its own file.
    const proofs = sampleRegister(6);
    proofs.proofs = [1, 2, 3].map((n) => ({ ...proofs.proofs[0]!, id: `prf-long-${n}`, originalName: proofName(n), sha256: proofHash(n) }));
    proofs.purchases = proofs.purchases.map((p) => (p.id === 'pur-2' ? { ...p, proofIds: ['prf-long-1', 'prf-long-2', 'prf-long-3'] } : p));
    const proofPath = join(dir, 'proofs.xlsx');
    const proofStatus = new Map(proofs.proofs.map((p) => [p.id, 'ok' as const]));
    await exportWorkbook(proofs, sampleOptions({ lang: 'pl', asOf: '2025-06-30', sheets: ['purchases'], proofStatus }), proofPath);

    const sample = await createSampleRegister(join(dir, 'sample'), testDeps());
    const empty = { ...sampleRegister(0), servers: [], purchases: [], proofs: [], people: [], assignments: [], inventory: [] };
    const asOf = '2026-11-25';
    const reports: string[] = [];
    try {
      for (const lang of ['en', 'pl'] as const) {
        reports.push(join(dir, `sample-${lang}.xlsx`), join(dir, `empty-${lang}.xlsx`));
        await exportAuditWorkbook(sample, { lang, preparedBy: 'Jan Kowalski', asOf, sheets: ['summary', 'findings'] }, join(dir, `sample-${lang}.xlsx`));
        await exportWorkbook(empty, sampleOptions({ lang, asOf, compliance: computeCompliance(empty, { asOf }), sheets: ['summary', 'findings'] }), join(dir, `empty-${lang}.xlsx`));
      }
    } finally {
      sample.close();
    }

    toPdf(dir, [enPath, plPath, longSummaryPath, tallTablePath, proofPath, ...reports]);
    for (const lang of ['en', 'pl'] as const) {
      samplePages[lang] = pdfPages(join(dir, `sample-${lang}.pdf`));
      emptyPages[lang] = pdfPages(join(dir, `empty-${lang}.pdf`));
    }
    enPages = pdfPages(join(dir, 'audit-en.pdf'));
    plPages = pdfPages(join(dir, 'audit-pl.pdf'));
    longSummaryPages = pdfPages(join(dir, 'long-summary.pdf'));
    tallTablePages = pdfPages(join(dir, 'tall-table.pdf'));
    proofPages = pdfPages(join(dir, 'proofs.pdf'));
  }, slow);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the Summary, with its sign-off lines, fits on the first page', () => {
    if (problem) throw new Error(problem);
    const first = enPages[0] ?? '';
    expect(first).toContain('Exchange Server CAL audit workbook');
    expect(first).toContain('Reviewed by');
    expect(first).toContain('Signature');
    expect(enPages[1]).toContain('License register: CAL assignments');
  });

  // Found in review: the Summary printed "People in the register 2000" above a position table of "2,000".
  it('the Summary’s counts are grouped in thousands as its tables’ are', () => {
    if (problem) throw new Error(problem);
    expect(enPages[0]).toMatch(/People in the register\s+2,000\b/);
    expect(enPages[0]).toMatch(/Active assignments\s+2,000\b/);
  });

  // Found in review: the sample register's Polish Summary took two pages, its English one one: the Polish product names
  // wrapped in the 40-wide first column, and the server table's "Nigdy nie zweryfikowano" and "Data weryfikacji" wrapped too.
  it('the sample register’s Summary prints on one page in Polish as in English, each product name on one line beside its counts', () => {
    if (problem) throw new Error(problem);
    for (const [lang, reviewed] of [['en', 'Reviewed by'], ['pl', 'Sprawdził(a)']] as const) {
      const summary = samplePages[lang][0] ?? '';
      expect(summary, lang).toContain(reviewed);
      expect(samplePages[lang].slice(1).some((page) => page.includes(reviewed)), lang).toBe(false);
      for (const id of ['exchange-2019-standard-user-cal', 'exchange-2019-enterprise-user-cal', 'exchange-se-standard-user-cal', 'exchange-se-enterprise-user-cal']) {
        expect(summary, `${lang}: ${id}`).toMatch(new RegExp(`${localizedProductName(id, lang)} +\\d+ +\\d+ +\\d+`));
      }
    }
    expect(samplePages.pl[0]).toMatch(/Data weryfikacji\n/);
    expect(samplePages.pl[0]).toContain('Nigdy nie zweryfikowano');
  });

  // Found in review: the 28-wide Subject column printed "jozef.pietrzak@budmax.przyklad." over "pl".
  it('the Findings sheet prints each e-mail address whole, never broken inside its domain', () => {
    if (problem) throw new Error(problem);
    for (const [lang, title] of [['en', 'Compliance findings'], ['pl', 'Ustalenia zgodności licencyjnej']] as const) {
      const findings = samplePages[lang].filter((page) => page.includes(title)).join('\n');
      expect(findings, lang).toContain('jozef.pietrzak@budmax.przyklad.pl');
      expect(findings, lang).toContain('DiscoverySearchMailbox@budmax.przyklad.pl');
      expect(findings, lang).not.toMatch(/@(?!budmax\.przyklad\.pl)/);
    }
  });

  // Found in review: an empty register's Findings sheet printed "None: …" and its Summary 0 errors beside a Checklist failing every point.
  it('an empty register’s Findings sheet and Summary say there is nothing to check yet, not that there are no findings', () => {
    if (problem) throw new Error(problem);
    for (const [lang, nothing, none, error] of [
      ['en', 'Nothing to check yet:', 'None:', /Error\s+0/],
      ['pl', 'Nie ma jeszcze czego sprawdzać:', 'Brak:', /Błąd\s+0/],
    ] as const) {
      const [summary = '', ...findings] = emptyPages[lang];
      expect(summary, lang).toContain(nothing);
      expect(summary, lang).not.toMatch(error);
      expect(findings.join('\n'), lang).toContain(nothing);
      expect(findings.join('\n'), lang).not.toContain(none);
    }
  });

  it('a Summary too long for one page breaks between its sections: the server table whole with its header, the sign-off whole', () => {
    if (problem) throw new Error(problem);
    expect(longSummaryPages.length).toBeGreaterThan(1);
    const withServers = longSummaryPages.filter((page) => page.includes('EX01') || page.includes('EX25'));
    expect(withServers).toHaveLength(1);
    expect(withServers[0]).toContain('Server status');
    expect(withServers[0]).toMatch(/Server\s+Product\s+Edition/);
    expect(withServers[0]).toContain('EX25');
    const signOff = longSummaryPages.filter((page) => page.includes('Reviewed by') || page.includes('Signature'));
    expect(signOff).toHaveLength(1);
    expect(signOff[0]).toContain('Sign-off');
  });

  it('a Summary server table taller than a page repeats its header row on each page it runs onto, every server printed once', () => {
    if (problem) throw new Error(problem);
    const withServers = tallTablePages.filter((page) => /MBX\d\d/.test(page));
    expect(withServers.length).toBeGreaterThan(1);
    for (const page of withServers) expect(page).toMatch(/Server\s+Product\s+Edition\s+Activation/);
    const printed = withServers.flatMap((page) => page.match(/MBX\d\d/g) ?? []);
    expect(printed).toEqual(Array.from({ length: 70 }, (_, i) => `MBX${String(i + 1).padStart(2, '0')}`));
    const signOff = tallTablePages.filter((page) => page.includes('Reviewed by') || page.includes('Signature'));
    expect(signOff).toHaveLength(1);
  });

  it('each proof\'s SHA-256 prints on the line its file name starts on, however the long names wrap (found in review: the hashes drifted a line per file)', () => {
    if (problem) throw new Error(problem);
    const lines = proofPages.join('\n').split('\n');
    for (const n of [1, 2, 3]) {
      const at = lines.findIndex((line) => line.includes(proofHash(n).slice(0, 16)));
      expect(at, `hash ${n} printed`).toBeGreaterThan(0);
      expect(lines[at], `hash ${n} beside the start of its file`).toContain('faktura FV-2024-03-17');
      expect(`${lines[at]} ${lines[at + 1]}`, `hash ${n} beside file ${n}`).toContain(`strona ${n} z podpisem`);
    }
  });

  it('every page of the Register repeats its header row', () => {
    if (problem) throw new Error(problem);
    const registerPages = enPages.slice(1);
    expect(registerPages.length).toBeGreaterThan(1);
    registerPages.forEach((page, i) => {
      for (const header of ['Given name', 'Surname', 'E-mail or login', 'License type', 'Status']) {
        expect(page, `Register page ${i + 1}`).toContain(header);
      }
    });
  });

  it('every page has a "Page N of M" footer with the as-of date', () => {
    if (problem) throw new Error(problem);
    enPages.forEach((page, i) => {
      expect(page).toMatch(new RegExp(`Page ${i + 1} of ${enPages.length}\\b`));
      expect(page).toContain('As of 2024-03-31');
    });
  });

  it('prints all 2,000 assignments, each once', () => {
    if (problem) throw new Error(problem);
    const emails = enPages.slice(1).flatMap((page) => page.match(/user\d+@przyklad\.pl/g) ?? []);
    expect(emails).toHaveLength(assignments);
    expect(new Set(emails).size).toBe(assignments);
  });

  it('a 2,000-assignment Register takes the pages fit-to-width predicts, within one page', () => {
    if (problem) throw new Error(problem);
    const registerPages = enPages.length - 1;
    expect(Math.abs(registerPages - expectedRegisterPages), `printed ${registerPages}, predicted ${expectedRegisterPages}`).toBeLessThanOrEqual(1);
  });

  it('the Polish workbook prints "Strona N z M", Polish headers and dd.mm.yyyy dates', () => {
    if (problem) throw new Error(problem);
    plPages.forEach((page, i) => {
      expect(page).toMatch(new RegExp(`Strona ${i + 1} z ${plPages.length}\\b`));
      expect(page).toContain('Stan na 31.03.2024');
    });
    const register = plPages.find((page) => page.includes('Rejestr licencji: przypisania CAL')) ?? '';
    expect(register).toContain('Imię');
    expect(register).toContain('Nazwisko');
    expect(register).toMatch(/\b\d{2}\.\d{2}\.\d{4}\b/);
    expect(plPages.some((page) => page.includes('Ustalenia zgodności licencyjnej'))).toBe(true);
  });

  // Found in review: the counts printed "1,250" (one and a quarter to a Polish reader) beside text saying "1 250", as LibreOffice grouped them in the printing computer's language.
  it('the Polish workbook groups thousands with a space in its number cells, as in its text, never with a comma', () => {
    if (problem) throw new Error(problem);
    const purchases = plPages.find((page) => page.includes('Zakupy i dowody zakupu')) ?? '';
    // The lot's quantity, and the totals over both lots (10 + 1,250 seats, 20 of them assigned).
    expect(purchases).toMatch(/\b1[ \u00a0]250\b/);
    expect(purchases).toMatch(/\b1[ \u00a0]260\b[ \u00a0]+20[ \u00a0]+1[ \u00a0]240\b/);
    for (const page of plPages) expect(page).not.toMatch(/\b\d{1,3}(,\d{3})+\b/);
  });
});
