import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../../electron/cli/messages';
import { cli } from './helpers';

/**
 * What stands in a help line for a value the user gives: each alternative of a `<…>` (`<email|login|id>`), and an
 * option's value written in capitals (`FILE`, `SHEET|FILE`, `YYYY-MM-DD`, a letter) or quoted words (`"Name"`).
 * Typed values (`retail|oem`, `en|pl`) and examples (`EX01`, `2024-03-01`, `"FV/2024/03/17"`) are no placeholders.
 */
function placeholders(text: string): string[] {
  const found: string[] = [];
  for (const [, inner] of text.matchAll(/<([^>]+)>/g)) found.push(...inner!.split('|'));
  for (const [, value] of text.matchAll(/--[a-z-]+ ("[^"]*"|[^\s\]<]+)/g)) {
    if (/^"[\p{L} ]+"$/u.test(value!)) found.push(value!.slice(1, -1));
    else if (/^[A-Z][A-Z-]*(\.[a-z]+)?(\|[A-Z][A-Z-]*)*$/.test(value!)) found.push(...value!.replace(/\.[a-z]+$/, '').split('|'));
  }
  return found;
}

const messages = (language: 'en' | 'pl'): string[] => Object.values(cliMessages[language]);

/** Written the same in Polish, each for its reason. */
const sameInPolish = new Map([
  ['login', 'Polish says login'],
  ['NIP', 'the Polish tax id'],
  ['XXXXX', 'five characters of the key'],
  ['N', 'a number'],
  ['A', 'adres'],
  ['D', 'dział, dokument'],
  ['E', 'e-mail'],
  ['F', 'funkcja'],
  ['L', 'login'],
  ['P', 'produkt'],
  ['T', 'tekst'],
  ['SHA-256', 'the name of the hash, the same in Polish'],
  ['Łukasz', 'an example name, Polish already'],
  ['Żółkiewski', 'an example name, Polish already'],
]);

describe('CLI placeholders in Polish', () => {
  it('the Polish help of person edit, assign, release, server verify, purchase edit and restore has no English placeholder', async () => {
    const help = async (...command: string[]) => (await cli('help', ...command, '--lang', 'pl')).stdout;
    expect(await help('person', 'edit')).toMatch(/^cal-register person edit <folder> <e-mail\|login\|identyfikator> \[--given I\] \[--surname N\]/);
    expect(await help('assign')).toContain('--person <e-mail|login|identyfikator> --purchase <numer dokumentu|identyfikator> [--date RRRR-MM-DD]');
    expect(await help('release')).toContain('[--purchase <numer dokumentu|identyfikator>]');
    expect(await help('server', 'verify')).toContain('<nazwa|identyfikator> --by "Imię i nazwisko"');
    expect(await help('purchase', 'edit')).toContain('[--document D] [--vendor D]');
    expect(await help('restore')).toContain('--backup <identyfikator>');
    for (const command of [['person', 'edit'], ['assign'], ['release'], ['server', 'verify'], ['purchase', 'add'], ['purchase', 'edit'], ['restore'], ['import'], ['export']]) {
      const text = await help(...command);
      expect(text, command.join(' ')).not.toMatch(/<dir>|\bid>|<id\b|<email|<document|<name|<file>|\bFILE\b|\bSHEET\b|YYYY|\[--vendor V\]|"Name"|"Why"/);
    }
  });

  it('no placeholder of the Polish messages is left from the English ones unless Polish writes it the same', () => {
    const english = new Set(messages('en').flatMap(placeholders));
    const polish = [...new Set(messages('pl').flatMap(placeholders))];
    expect(polish.filter((placeholder) => english.has(placeholder) && !sameInPolish.has(placeholder))).toEqual([]);
    // The reader finds them: the Polish catalog has its own.
    expect(polish).toEqual(expect.arrayContaining(['folder', 'e-mail', 'identyfikator', 'numer dokumentu', 'PLIK', 'ARKUSZ', 'RRRR-MM-DD', 'Nazwa', 'Powód']));
  });

  it('a missing person, lot or server names what to give in Polish', async () => {
    const pl = async (...argv: string[]) => (await cli(...argv, '--lang', 'pl')).stderr;
    expect(await pl('person', 'leave', 'rejestr', '--on', '2026-01-31')).toBe('cal-register person leave: <e-mail|login|identyfikator> jest wymagane\n');
    expect(await pl('purchase', 'void', 'rejestr', '--reason', 'Błąd', '--yes')).toBe('cal-register purchase void: <numer dokumentu|identyfikator> jest wymagane\n');
    expect(await pl('server', 'verify', 'rejestr', '--by', 'Jan')).toBe('cal-register server verify: <nazwa|identyfikator> jest wymagane\n');
    expect(await cli('person', 'leave', 'rejestr', '--on', '2026-01-31')).toMatchObject({ code: 2, stderr: 'cal-register person leave: <email|login|id> is required\n' });
  });
});
