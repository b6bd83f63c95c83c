import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import fc from 'fast-check';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '../../../renderer/components/DateField';
import { parseDateText, readDateText } from '../../../renderer/components/dateText';
import { formatDate } from '../../../shared/export/labels';
import { createI18n } from '../../../renderer/i18n/createI18n';
import type { UiLanguage } from '../../../shared/i18n';

/** A controlled date field in a form, as the dialogs hold one, reporting every change and every submit with the date it saw. */
function renderField(language: UiLanguage, initial: string) {
  const changes = vi.fn<(value: string) => void>();
  const submits = vi.fn<(value: string) => void>();
  function Holder() {
    const [value, setValue] = useState(initial);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submits(value);
        }}
      >
        <DateField
          label="Date"
          value={value}
          onChange={(next) => {
            changes(next);
            setValue(next);
          }}
          testId="date"
        />
      </form>
    );
  }
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <FluentProvider theme={webLightTheme}>
        <Holder />
        <button type="button">next</button>
      </FluentProvider>
    </I18nextProvider>,
  );
  return { user, changes, submits, input: screen.getByTestId<HTMLInputElement>('date') };
}

describe('date text', () => {
  it('any calendar day of a year from 1990 to 2099 reads back from the text the field shows, in either language; another year is a typo', () => {
    const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom<UiLanguage>('en', 'pl'), (iso, language) => {
        const year = Number(iso.slice(0, 4));
        if (year >= 1990 && year <= 2099) expect(parseDateText(formatDate(language, iso))).toBe(iso);
        else expect(readDateText(formatDate(language, iso), language)).toEqual({ problem: 'yearOutOfRange' });
      }),
    );
    expect(readDateText('01.03.0224')).toEqual({ problem: 'yearOutOfRange' });
    expect(readDateText('31.12.2099')).toEqual({ iso: '2099-12-31' });
    expect(readDateText('01.01.1990')).toEqual({ iso: '1990-01-01' });
  });

  it('reads day-first dates as Polish documents write them, and ISO dates, and refuses impossible days', () => {
    expect(formatDate('pl', '2025-03-01')).toBe('01.03.2025');
    expect(formatDate('en', '2025-03-01')).toBe('2025-03-01');
    expect(parseDateText(' 1.3.2025 ')).toBe('2025-03-01');
    expect(parseDateText('01/03/2025')).toBe('2025-03-01');
    expect(parseDateText('2025-3-1')).toBe('2025-03-01');
    expect(parseDateText('29.02.2024')).toBe('2024-02-29');
    for (const wrong of ['29.02.2025', '31.04.2025', '2025-13-01', '03/01/25', 'jutro', '']) expect(parseDateText(wrong)).toBeNull();
    // English: slashes only when they cannot be month first.
    expect(parseDateText('12/01/2026', 'en')).toBeNull();
    expect(parseDateText('13/01/2026', 'en')).toBe('2026-01-13');
    expect(parseDateText('01.12.2026', 'en')).toBe('2026-12-01');
  });
});

describe('DateField', () => {
  it('shows the date as the Polish UI writes dates, whatever the browser locale, and takes a typed date on Tab', async () => {
    const { user, changes, input } = renderField('pl', '2025-03-01');
    expect(input.value).toBe('01.03.2025');
    expect(input.placeholder).toBe('dd.mm.rrrr');

    await user.clear(input);
    await user.type(input, '7.4.2025');
    await user.tab();

    expect(changes).toHaveBeenLastCalledWith('2025-04-07');
    expect(input.value).toBe('07.04.2025');
  });

  it('English shows ISO dates, which cannot be misread as month-first or day-first', async () => {
    const { user, changes, input } = renderField('en', '2025-03-01');
    expect(input.value).toBe('2025-03-01');
    await user.clear(input);
    await user.type(input, '2025-11-20');
    await user.tab();
    expect(changes).toHaveBeenLastCalledWith('2025-11-20');
  });

  it('text that is not a date keeps the date the field had and says how to write one; a day the calendar lacks is named', async () => {
    const { user, changes, input } = renderField('pl', '2025-03-01');
    await user.clear(input);
    await user.type(input, 'jutro');
    await user.tab();

    // The picker may report the date it keeps; it never reports another one.
    expect(changes.mock.calls.every(([value]) => value === '2025-03-01')).toBe(true);
    expect(input.value).toBe('01.03.2025');
    expect(screen.getByText('Wpisz datę jako dd.mm.rrrr, na przykład 01.03.2025, albo wybierz ją z kalendarza (↓).')).toBeTruthy();

    await user.clear(input);
    await user.type(input, '31.02.2025');
    await user.tab();
    expect(input.value).toBe('01.03.2025');
    expect(screen.getByText('W kalendarzu nie ma dnia 31.02.2025. Wpisz istniejący dzień albo wybierz go z kalendarza (↓).')).toBeTruthy();

    // A year no one means (0225 for 2025) is named as a typo, and the date the field had is kept.
    await user.clear(input);
    await user.type(input, '01.03.0225');
    await user.tab();
    expect(input.value).toBe('01.03.2025');
    expect(screen.getByText('Rok w dacie 01.03.0225 wygląda na literówkę: wpisz rok od 1990 do 2099.')).toBeTruthy();

    await user.clear(input);
    await user.type(input, '02.03.2025');
    await user.tab();
    expect(changes).toHaveBeenLastCalledWith('2025-03-02');
    expect(screen.queryByText(/Wpisz datę jako|W kalendarzu nie ma/)).toBeNull();
  });

  it('in English a slashed date that could be month first is not guessed', async () => {
    const { user, changes, input } = renderField('en', '2025-03-01');
    await user.clear(input);
    await user.type(input, '12/01/2026');
    await user.tab();
    expect(changes.mock.calls.every(([value]) => value === '2025-03-01')).toBe(true);
    expect(screen.getByText('12/01/2026 could be day first or month first: type it as yyyy-mm-dd, for example 2025-03-01.')).toBeTruthy();
    await user.clear(input);
    await user.type(input, '13/01/2026');
    await user.tab();
    expect(changes).toHaveBeenLastCalledWith('2026-01-13');
  });

  it('a date typed in full is taken at once, as a native date input takes it', async () => {
    const { user, changes, input } = renderField('pl', '2025-03-01');
    await user.clear(input);
    await user.type(input, '31.01.202');
    expect(changes).not.toHaveBeenCalled();
    await user.type(input, '6');
    expect(changes).toHaveBeenLastCalledWith('2026-01-31');
  });

  it('Enter takes the typed date and then submits the form with it; Enter on text that is not a date submits nothing', async () => {
    const { user, submits, input } = renderField('pl', '2025-03-01');
    await user.clear(input);
    await user.type(input, '7.4.2025{Enter}');
    expect(submits).toHaveBeenCalledExactlyOnceWith('2025-04-07');
    expect(input.value).toBe('07.04.2025');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.clear(input);
    await user.type(input, '7.14.2025{Enter}');
    expect(submits).toHaveBeenCalledTimes(1);
    expect(input.value).toBe('7.14.2025');
    expect(screen.getByText(/W kalendarzu nie ma dnia 7\.14\.2025/)).toBeTruthy();
  });

  it('clearing the text clears the date', async () => {
    const { user, changes, input } = renderField('en', '2025-03-01');
    await user.clear(input);
    await user.tab();
    expect(changes).toHaveBeenLastCalledWith('');
  });

  it('↓ opens a calendar in the UI language, starting on Monday in Polish, and a picked day is taken (keyboard moves within it: test/e2e/date-field.e2e.ts)', async () => {
    const { user, changes, input } = renderField('pl', '2025-03-12');
    input.focus();
    await user.keyboard('{ArrowDown}');

    const calendar = await screen.findByRole('dialog', { name: 'Kalendarz' });
    expect(calendar.textContent).toContain('marzec 2025');
    const headers = [...calendar.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers.slice(0, 2)).toEqual(['P', 'W']);
    expect(document.activeElement?.querySelector('button')?.getAttribute('aria-label')).toBe('12, marzec, 2025');

    await user.click(screen.getByRole('button', { name: '20, marzec, 2025' }));
    expect(changes).toHaveBeenLastCalledWith('2025-03-20');
    expect(input.value).toBe('20.03.2025');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the calendar offers no day outside 1990–2099, the years a typed date may have (left untested on 12-06)', async () => {
    for (const [initial, inside, outside, away] of [
      ['2099-12-30', '31, December, 2099', '1, January, 2100', /^Next month/],
      ['1990-01-02', '1, January, 1990', '31, December, 1989', /^Previous month/],
    ] as const) {
      const { user, changes, input } = renderField('en', initial);
      input.focus();
      await user.keyboard('{ArrowDown}');
      const calendar = await screen.findByRole('dialog', { name: 'Calendar' });
      // `hidden: true`: in jsdom, tabster may keep the popup aria-hidden until focus has moved in, which a loaded machine delays.
      const day = (name: string) => within(calendar).getByRole<HTMLButtonElement>('button', { name, hidden: true });
      expect(day(inside).disabled).toBe(false);
      expect(day(outside).disabled).toBe(true);
      expect(within(calendar).getByRole('button', { name: away, hidden: true }).getAttribute('aria-disabled')).toBe('true');
      // A disabled day takes no click (pointer-events: none); the last day inside the range is taken.
      expect(changes).not.toHaveBeenCalled();
      await user.click(day(inside));
      expect(changes).toHaveBeenLastCalledWith(initial.startsWith('2099') ? '2099-12-31' : '1990-01-01');
      cleanup();
    }
  });
});
