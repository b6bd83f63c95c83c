import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerErrorText } from '../../../renderer/components/ledgerLabels';
import { createI18n } from '../../../renderer/i18n/createI18n';
import { createFormatters, errorText } from '../../../renderer/i18n/format';
import { schemaHints } from '../../../shared/domain/hints';
import { keyedError, serviceErrorsEn, serviceErrorsPl, serviceErrorText, type ServiceErrorKey } from '../../../shared/errors/messages';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const services = [...sourceFiles('electron/services'), ...sourceFiles('shared')].map((path) => ({ path: relative(root, join(root, path)).replaceAll('\\', '/'), text: readFileSync(join(root, path), 'utf8') }));

/**
 * The throws that may stay without a key, and why: the UI's `errors.<code>` text says the same, or
 * the UI never shows it, or a caller words it from other detail.
 */
const unkeyedAllowed: { path: string; start: string; why: string }[] = [
  { path: 'electron/services/app/session.ts', start: "'register-not-open', 'No register is open.'", why: 'errors.register-not-open says exactly this' },
  { path: 'electron/services/register/open-register.ts', start: "'register-not-open', 'The register is closed.'", why: 'a save after close; errors.register-not-open fits' },
  { path: 'electron/services/register/lock.ts', start: "'register-locked', `The register is open in another", why: 'the CLI and the problem screen word it from pid/host/since' },
  { path: 'electron/services/register/lock.ts', start: "'register-locked', 'The register lock could not be taken.'", why: 'errors.register-locked fits' },
  { path: 'electron/services/app/handlers/export.ts', start: 'error.code, error.message, { ...detail', why: 'rethrows a keyed error with the file name instead of its path' },
  { path: 'electron/services/ledger/ledger.ts', start: "'rule-violation', problems.map", why: 'worded from detail.problems (licensing keys)' },
];

describe('refusals are worded by key', () => {
  it('every DomainError a service throws carries a message key, but a cancelled dialog and the listed exceptions', () => {
    const unkeyed: string[] = [];
    for (const { path, text } of services) {
      for (const match of text.matchAll(/new DomainError\(([^\n]*)/g)) {
        const args = match[1]!;
        if (args.startsWith("'cancelled'")) continue;
        if (path === 'shared/errors/messages.ts' && args.startsWith('code, fill(')) continue;
        if (unkeyedAllowed.some((allowed) => allowed.path === path && args.startsWith(allowed.start))) continue;
        unkeyed.push(`${path}: ${args.slice(0, 80)}`);
      }
    }
    expect(unkeyed).toEqual([]);
  });

  it('every key a service throws with is in English and Polish, and is given every value its text names', () => {
    const problems: string[] = [];
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
    for (const { path, text } of services) {
      for (const match of text.matchAll(/keyedError\(\s*'[\w-]+',\s*'([\w-]+)'/g)) {
        const key = match[1]!;
        if (!(key in serviceErrorsEn) || !(key in serviceErrorsPl)) {
          problems.push(`${path}: ${key} is not in both catalogs`);
          continue;
        }
        const given = paramNames(text.slice(match.index + match[0].length));
        for (const name of new Set([...placeholders(serviceErrorsEn[key as ServiceErrorKey]), ...placeholders(serviceErrorsPl[key as ServiceErrorKey])])) {
          if (!given.includes(name)) problems.push(`${path}: ${key} is not given {{${name}}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the UI words an altered proof file in Polish from its key, not with the generic bad-file text', () => {
    const t = createI18n('pl').t;
    const error = keyedError('bad-file', 'proof-file-altered', { file: 'faktura.pdf' });
    const polish = 'Plik dowodu zakupu faktura.pdf zmieniono po dołączeniu (jego suma SHA-256 jest inna), dlatego go nie otwarto.';
    expect(errorText(t, error, createFormatters('pl'))).toBe(polish);
    expect(ledgerErrorText(t, error)).toBe(polish);
    expect(errorText(t, { code: 'bad-file', message: error.message })).toBe(t('errors.bad-file'));
  });
});

/** The property names of the object literal a call passes next (`, { dir, osCode: code(e) }`); none when it passes none. */
function paramNames(rest: string): string[] {
  const open = /^\s*,\s*\{/.exec(rest);
  if (!open) return [];
  const names: string[] = [];
  let depth = 0;
  let segment = '';
  for (const char of rest.slice(open[0].length)) {
    if (depth === 0 && (char === ',' || char === '}')) {
      const name = /^\s*(\w+)\s*(?::|$)/.exec(segment)?.[1];
      if (name) names.push(name);
      segment = '';
      if (char === '}') break;
      continue;
    }
    if ('({['.includes(char)) depth++;
    if (')}]'.includes(char)) depth--;
    segment += char;
  }
  return names;
}

describe('a refusal whose reason is a schema hint', () => {
  it('words the hint in Polish with the Polish sentence, and leaves other reasons as they are', () => {
    const hinted = keyedError('invalid-input', 'change-not-valid', { field: 'assignments.3.assignedOn', reason: schemaHints.isoDate });
    expect(serviceErrorText(hinted, 'pl')).toBe('Zmiany nie zapisano: assignments.3.assignedOn: oczekiwano daty RRRR-MM-DD.');
    expect(serviceErrorText(hinted, 'en')).toBe('The change was not saved: assignments.3.assignedOn: expected YYYY-MM-DD.');
    const other = keyedError('invalid-input', 'change-not-valid', { field: 'people.0.email', reason: 'Invalid email address' });
    expect(serviceErrorText(other, 'pl')).toBe('Zmiany nie zapisano: people.0.email: Invalid email address.');
    // The window words it the same way, from the catalogs.
    expect(errorText(createI18n('pl').t, hinted)).toBe('Zmiany nie zapisano: assignments.3.assignedOn: oczekiwano daty RRRR-MM-DD.');
    expect(ledgerErrorText(createI18n('pl').t, hinted)).toBe('Zmiany nie zapisano: assignments.3.assignedOn: oczekiwano daty RRRR-MM-DD.');
    expect(errorText(createI18n('en').t, hinted)).toBe('The change was not saved: assignments.3.assignedOn: expected YYYY-MM-DD.');
  });
});
