import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/export/workbook';
import { cleanCellText } from '../../../shared/export/cells';
import { sampleOptions, sampleRegister } from '../export/fixture';

const dir = mkdtempSync(join(tmpdir(), 'cal-export-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let strings = 0;
let workbooks = 0;
afterAll(() => console.info(`export fuzzing: ${strings} strings in ${workbooks} workbooks per run`));

/** Text a hostile or careless user could type: formulas, DDE, links, XML, controls, any Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0", '=[1]Sheet1!A1', '<f>1+1</f>', ']]><x/>', 'file:///etc/passwd', 'https://evil.example', '\\\\srv\\share'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);

async function cellTexts(path: string): Promise<Set<string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts = new Set<string>();
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A formula or hyperlink cell would read back as an object, not as the string itself.
        if (typeof cell.value === 'string') texts.add(cell.value);
        expect(cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Hyperlink, `${ws.name}!${cell.address}`).toBe(false);
      }),
    ),
  );
  return texts;
}

/** The package must hold no formula, link, external reference or macro part at all. */
async function expectInertPackage(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files);
  expect(names.filter((n) => /externalLink|vbaProject|activeX|oleObject|embeddings|connections|queryTable/i.test(n))).toEqual([]);
  for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = (await zip.file(name)!.async('string'));
    expect(xml, name).not.toMatch(/<f[\s>/]/);
    expect(xml, name).not.toMatch(/<hyperlinks?[\s>]/);
    expect(xml, name).not.toMatch(/TargetMode="External"/);
    expect(xml, name).not.toMatch(/externalLink|vbaProject|ddeLink|oleLink/i);
  }
}

describe('hostile text in the audit workbook', () => {
  it('any string typed into the register comes back as exactly that text (cleaned of controls), never a formula, link or macro', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 4, maxLength: 12 }), fc.constantFrom('en' as const, 'pl' as const), async (texts, lang) => {
        const doc = sampleRegister(texts.length);
        doc.people = doc.people.map((p, i) => ({ ...p, givenName: texts[i]!, surname: texts[(i + 1) % texts.length]!, department: texts[(i + 2) % texts.length]! }));
        doc.assignments = doc.assignments.map((a, i) => ({ ...a, notes: texts[(i + 3) % texts.length]! }));
        doc.purchases = doc.purchases.map((p, i) => ({ ...p, vendor: texts[i % texts.length]!, document: texts[(i + 1) % texts.length]! }));
        const path = join(dir, `fuzz-${workbooks++}.xlsx`);
        await exportWorkbook(doc, sampleOptions({ lang }), path);
        strings += texts.length;
        const found = await cellTexts(path);
        for (const text of texts) {
          const expected = cleanCellText(text);
          if (expected.trim() === '') continue;
          expect(found.has(expected), `${JSON.stringify(text)} → ${JSON.stringify(expected)} is not a text cell`).toBe(true);
        }
        await expectInertPackage(path);
        rmSync(path);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
