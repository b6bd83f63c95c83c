import { afterEach, describe, expect, it } from 'vitest';
import { setCliLanguage, uiText } from '../../../electron/cli/messages';
import { createI18n } from '../../../renderer/i18n/createI18n';
import { importMessage } from '../../../shared/import';

// Found in review: "left out of 1 rows (lines 5)".
describe('a warning that counts rows says row or rows as the count needs', () => {
  afterEach(() => setCliLanguage('en'));
  const one = importMessage('importFile.warning.badEmails', { count: 1, lines: '5', examples: '"anna@"' });
  const two = importMessage('importFile.warning.shortened', { count: 2, lines: '2, 3' });
  const five = importMessage('importFile.warning.notJoined', { column: 'InPlaceHolds', count: 5, lines: '2, 3, 4, 5, 6' });
  const twentyTwo = importMessage('importFile.warning.notJoined', { column: 'InPlaceHolds', count: 22, lines: '2, 3, …' });

  it('in the English text the message carries', () => {
    expect(one.message).toMatch(/^Not an e-mail address, left out of 1 row \(line 5\): "anna@" — the person is read/);
    expect(two.message).toContain('shortened in 2 rows (lines 2, 3)');
    expect(five.message).toContain('in 5 rows (lines 2, 3, 4, 5, 6)');
  });

  it('on screen, in English and in Polish', () => {
    const shown = (language: 'en' | 'pl', m: typeof one) => createI18n(language).t(m.key, { ...m.params, defaultValue: m.message });
    expect(shown('en', one)).toBe(one.message);
    expect(shown('en', two)).toBe(two.message);
    expect(shown('pl', one)).toMatch(/^To nie jest adres e-mail, pominięto go w 1 wierszu \(wiersz 5\)/);
    expect(shown('pl', two)).toContain('skrócono w 2 wierszach (wiersze 2, 3)');
    expect(shown('pl', five)).toContain('w 5 wierszach (wiersze 2, 3, 4, 5, 6)');
    expect(shown('pl', twentyTwo)).toContain('w 22 wierszach');
  });

  it('from the command line, in Polish', () => {
    setCliLanguage('pl');
    expect(uiText(one.key, one.params, one.message)).toMatch(/pominięto go w 1 wierszu \(wiersz 5\)/);
    expect(uiText(five.key, five.params, five.message)).toContain('w 5 wierszach');
  });
});
