import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../electron/services/import/csv';

/** A value as Export-Csv quotes it: doubled quotes inside, line breaks kept. */
const quoted = (value: string): string => `"${value.replaceAll('"', '""')}"`;
const value = fc.oneof(
  fc.constantFrom('Łukasz Żółkiewski', 'x,y', 'x;y', 'a "b" c', '=1+2', 'line one\nline two', 'three\r\nlines\r\nhere'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
);

describe('CSV rows keep the line they start on', () => {
  it('each row is read with its values and the line it starts on, after any values holding line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 40 }), fc.constantFrom('\r\n', '\n'), fc.boolean(), (records, eol, typeLine) => {
        const header = typeLine ? [`#TYPE Selected.Mailbox`, '"Name","Mail"'] : ['"Name","Mail"'];
        const text = [...header, ...records.map((r) => r.map(quoted).join(','))].join(eol) + eol;
        let line = header.length + 1;
        const expected = records.map((cells) => {
          const at = line;
          line += 1 + cells.join('').split('\n').length - 1;
          return { line: at, cells };
        });
        const read = readCsvText(text, 1000);
        expect(read.ok && read.sheet.headerLine).toBe(header.length);
        expect(read.ok && read.sheet.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('names the line a quote is left open on, counting the line breaks inside earlier values', () => {
    const text = ['"Name","Mail"', '"Ala","a@x.pl"', '"Multi\nline\nvalue","b@x.pl"', '"Ewa","e@x.pl', '"Jan","j@x.pl"'].join('\r\n');
    expect(readCsvText(text, 1000)).toEqual({ ok: false, key: 'importFile.error.badQuotes', params: { line: 6 } });
  });

  it('refuses a file with more rows than the limit without reading all of it', () => {
    const text = ['"Name"', ...Array.from({ length: 200 }, (_, i) => `"P${i}"`)].join('\r\n');
    expect(readCsvText(text, 100)).toEqual({ ok: false, key: 'importFile.error.tooManyRows', params: { rows: '> 100', limit: 100 } });
    expect(readCsvText(text, 180)).toEqual({ ok: false, key: 'importFile.error.tooManyRows', params: { rows: 200, limit: 180 } });
  });
});
