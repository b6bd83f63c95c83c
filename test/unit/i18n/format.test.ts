import { describe, expect, it } from 'vitest';
import { createFormatters, toUiLanguage } from '../../../renderer/i18n/format';

describe('locale formatting', () => {
  it('a Polish date reads dd.MM.yyyy', () => {
    expect(createFormatters('pl').date('2024-03-05')).toBe('05.03.2024');
  });

  it('an English date names the month so it cannot be read as day/month', () => {
    expect(createFormatters('en').date('2024-03-05')).toBe('Mar 5, 2024');
  });

  it('a calendar date is not shifted by the time zone', () => {
    expect(createFormatters('pl').date('2024-01-01')).toBe('01.01.2024');
  });

  it('Polish numbers group thousands with a space from five digits on', () => {
    expect(createFormatters('pl').number(1284)).toBe('1284');
    expect(createFormatters('pl').number(12840).replace(/\s/g, ' ')).toBe('12 840');
  });

  it('an unreadable date is shown as given rather than failing', () => {
    expect(createFormatters('en').dateTime('not a date')).toBe('not a date');
  });

  it('an unknown language code falls back to English', () => {
    expect(toUiLanguage('de')).toBe('en');
    expect(toUiLanguage('pl')).toBe('pl');
  });
});
