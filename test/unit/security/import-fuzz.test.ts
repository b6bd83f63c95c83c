import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/services/import/read';
import { interpretFile } from '../../../shared/import/interpret';
import { psLine, utf16leBom } from '../import/helpers';

/** Each file must be answered within this; a reader that loops or backtracks fails the run. */
const PER_FILE_MS = 5_000;
/** Heap growth allowed over a whole property (hundreds of files): a leak or a blow-up exceeds it. */
const HEAP_GROWTH_LIMIT = 200 * 1024 * 1024;
let fuzzed = 0;

const mailboxCsv = [
  '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox',
  psLine(['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'SamAccountName', 'ArchiveStatus', 'LitigationHoldEnabled']),
  psLine(['Łukasz Żółkiewski', 'l.zolkiewski@przyklad.pl', 'UserMailbox', 'lzolkiewski', 'Active', 'False']),
  psLine(['Anna "Ania" Nowak', 'a.nowak@przyklad.pl', 'UserMailbox', 'anowak', 'None', 'True']),
  psLine(['Sala 1', 'sala1@przyklad.pl', 'RoomMailbox', 'sala1', 'None', 'False']),
].join('\r\n');

let csvSeeds: Uint8Array[] = [];
let xlsxSeed: Uint8Array = new Uint8Array();

beforeAll(async () => {
  csvSeeds = [new Uint8Array(Buffer.from(mailboxCsv, 'utf8')), utf16leBom(mailboxCsv)];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rejestr CAL');
  ws.getCell('A1').value = 'Rejestr licencji — Przykład';
  ws.mergeCells('A1:E1');
  ws.getRow(3).values = ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania'];
  ws.getRow(4).values = ['Łukasz', 'Żółkiewski', 'l.zolkiewski@przyklad.pl', 'Exchange Server 2019 Standard User CAL', new Date(Date.UTC(2024, 10, 4))];
  ws.getRow(5).values = ['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange Server 2019 Standard User CAL', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 2)) }];
  xlsxSeed = new Uint8Array(await wb.xlsx.writeBuffer());
});

afterAll(() => console.info(`import fuzzing: ${fuzzed} files per run`));

/** Reads (and interprets) one file with a deadline; any throw or timeout fails the property. */
async function readBounded(name: string, bytes: Uint8Array): Promise<void> {
  fuzzed++;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} (${bytes.length} bytes) took over ${PER_FILE_MS} ms`)), PER_FILE_MS);
  });
  try {
    const result = await Promise.race([readImportFile(name, bytes), deadline]);
    if (result.ok) {
      const parsed = interpretFile(result.file);
      expect(parsed.sheets.length).toBe(result.file.sheets.length);
    } else {
      expect(result.error.code).toBe('bad-file');
      expect(result.error.message).not.toMatch(/[\r\n]/);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Byte-level damage: flips, cuts, inserted noise and repeated slices. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), noise: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 50 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(seed: Uint8Array, steps: Mutation[]): Uint8Array {
  let bytes = Buffer.from(seed);
  for (const m of steps) {
    const at = bytes.length ? m.at % bytes.length : 0;
    if (m.kind === 'flip') for (let i = 0; i < m.count && at + i < bytes.length; i++) bytes[at + i] = (m.value + i) & 0xff;
    if (m.kind === 'cut') bytes = bytes.subarray(0, at);
    if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.noise, bytes.subarray(at)]);
    if (m.kind === 'repeat') {
      const slice = bytes.subarray(at, at + m.length);
      bytes = Buffer.concat([bytes.subarray(0, at), ...Array<Buffer>(m.times).fill(slice), bytes.subarray(at)]);
    }
  }
  return new Uint8Array(bytes);
}

async function withHeapBound(run: () => Promise<void>): Promise<number> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  expect(peak - before, `heap grew by ${Math.round((peak - before) / 1048576)} MB`).toBeLessThan(HEAP_GROWTH_LIMIT);
  return peak - before;
}

describe('hostile import files: no exception, no hang, bounded memory', () => {
  it('random bytes under any name', async () => {
    await withHeapBound(() =>
      fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('x.csv', 'x.xlsx', 'x.txt', 'x.tsv', 'x.xls', 'x'), (bytes, name) => readBounded(name, bytes)),
        { numRuns: 200 },
      ),
    );
  });

  it('a real PowerShell CSV (UTF-8 and UTF-16) damaged at byte level', async () => {
    await withHeapBound(() =>
      fc.assert(
        fc.asyncProperty(fc.constantFrom(0, 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, steps) => readBounded('mailboxes.csv', mutate(csvSeeds[seed]!, steps))),
        { numRuns: 200 },
      ),
    );
  });

  it('a real xlsx damaged at byte level', async () => {
    await withHeapBound(() =>
      fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => readBounded('rejestr.xlsx', mutate(xlsxSeed, steps))),
        { numRuns: 100 },
      ),
    );
  });

  it('a real xlsx whose sheet XML is damaged and re-zipped (so the zip itself is valid)', async () => {
    const zip = await JSZip.loadAsync(xlsxSeed);
    const sheetName = Object.keys(zip.files).find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
    const sheetXml = Buffer.from(await zip.file(sheetName)!.async('uint8array'));
    await withHeapBound(() =>
      fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (steps) => {
          const damaged = await JSZip.loadAsync(xlsxSeed);
          damaged.file(sheetName, mutate(sheetXml, steps));
          await readBounded('rejestr.xlsx', await damaged.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
        }),
        { numRuns: 60 },
      ),
    );
  });

  it('a small xlsx that inflates to 30 MB of sheet XML (a zip bomb) is answered in time without a heap blow-up', async () => {
    const zip = await JSZip.loadAsync(xlsxSeed);
    const sheetName = Object.keys(zip.files).find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
    const xml = (await zip.file(sheetName)!.async('string')).replace('<sheetData>', `<sheetData>${' '.repeat(30 * 1024 * 1024)}`);
    zip.file(sheetName, xml);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await withHeapBound(() => readBounded('bomb.xlsx', bomb));
  });
});
