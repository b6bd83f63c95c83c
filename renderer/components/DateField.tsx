import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Field, type FieldProps } from '@fluentui/react-components';
import { DayOfWeek, type CalendarStrings, type DateFormatting } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localeOf, type UiLanguage } from '../../shared/i18n';
import { toUiLanguage } from '../i18n/format';
import { formatDate } from '../../shared/export/labels';
import { useDateTextStore } from './dateTextStore';
import { FIRST_YEAR, LAST_YEAR } from '../../shared/licensing/dates';
import { isCompleteDateText, isoToLocalDate, localDateToIso, parseDateText, readDateText, type DateTextProblem } from './dateText';

type FieldPart = Pick<FieldProps, 'label' | 'hint' | 'required' | 'validationMessage' | 'validationState' | 'className'>;

export interface DateFieldProps extends FieldPart {
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  /** Called with `YYYY-MM-DD` when a date is picked or typed and confirmed (Enter, Tab), '' when the text is cleared. */
  onChange: (isoDate: string) => void;
  testId?: string;
}


const FIRST_DAY = new Date(FIRST_YEAR, 0, 1);
const LAST_DAY = new Date(LAST_YEAR, 11, 31);
/** Month and day names from Intl, the calendar's labels from the UI catalog. */
function calendarStrings(language: UiLanguage, t: TFunction): CalendarStrings {
  const locale = localeOf[language];
  const names = (count: number, options: Intl.DateTimeFormatOptions, at: (i: number) => Date) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return Array.from({ length: count }, (_, i) => format.format(at(i)));
  };
  const month = (i: number) => new Date(Date.UTC(2025, i, 1));
  // 2025-01-05 was a Sunday: the picker's day arrays start on Sunday.
  const day = (i: number) => new Date(Date.UTC(2025, 0, 5 + i));
  return {
    months: names(12, { month: 'long' }, month),
    shortMonths: names(12, { month: 'short' }, month),
    days: names(7, { weekday: 'long' }, day),
    shortDays: names(7, { weekday: 'narrow' }, day),
    goToToday: t('dateField.goToToday'),
    prevMonthAriaLabel: t('dateField.prevMonth'),
    nextMonthAriaLabel: t('dateField.nextMonth'),
    prevYearAriaLabel: t('dateField.prevYear'),
    nextYearAriaLabel: t('dateField.nextYear'),
    prevYearRangeAriaLabel: t('dateField.prevYears'),
    nextYearRangeAriaLabel: t('dateField.nextYears'),
    closeButtonAriaLabel: t('common.close'),
    weekNumberFormatString: t('dateField.weekNumber'),
    selectedDateFormatString: t('dateField.selectedDate'),
    todayDateFormatString: t('dateField.today'),
    monthPickerHeaderAriaLabel: t('dateField.changeYear'),
    yearPickerHeaderAriaLabel: t('dateField.changeMonth'),
    dayMarkedAriaLabel: t('dateField.marked'),
  };
}

/** Headers and spoken dates of the calendar in the UI language ("1 marca 2025", "marzec 2025"). */
function calendarFormatting(language: UiLanguage): DateFormatting {
  const locale = localeOf[language];
  const long = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' });
  return {
    formatDay: (date) => String(date.getDate()),
    // The month picker's buttons show the short names; they are named by the same words, so what is
    // seen is what is spoken (WCAG 2.5.3: axe refused a button showing "sty" named "styczeń").
    formatMonth: (date, strings) => strings.shortMonths[date.getMonth()] ?? '',
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => long.format(date),
    formatMonthYear: (date) => monthYear.format(date),
  };
}

/**
 * A labelled date field that shows and reads dates the way the rest of the UI writes them
 * (formatDate, dateText.ts), with a calendar from the icon or ↓. Like the native date input it replaces, a
 * date typed in full (31.01.2026, 2026-01-31) is taken at once, other forms (1.3.2026) on Enter or
 * Tab, and Enter then submits the dialog's form. Text that is not a date is not taken: the field
 * says how to write one (and on leaving it, shows the date it kept).
 */
export function DateField({ value, onChange, testId, validationMessage, validationState, ...field }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = toUiLanguage(i18n.resolvedLanguage ?? i18n.language);
  const strings = useMemo(() => calendarStrings(language, t), [language, t]);
  const formatting = useMemo(() => calendarFormatting(language), [language]);
  // Stable: the picker re-formats its text whenever this function changes, which would wipe what is being typed.
  const showDate = useCallback((d?: Date | null) => (d ? formatDate(language, localDateToIso(d)) : ''), [language]);
  // What was typed that is no date, and why: the message names it (the picker shows the date it kept).
  const [typedWrong, setWrong] = useState<{ text: string; problem: DateTextProblem } | null>(null);
  const typed = useRef('');
  // Whether the text changed since it was refused: until it does, the field shows the date it kept, which nobody typed.
  const editedSinceRefused = useRef(true);
  const setTypedWrong = (wrong: { text: string; problem: DateTextProblem } | null) => {
    if (wrong) editedSinceRefused.current = false;
    setWrong(wrong);
  };
  // Said to the screen around: while the text is wrong, what uses this date waits (dateTextStore.ts).
  const fieldId = useId();
  const mark = useDateTextStore((state) => state.mark);
  useEffect(() => mark(fieldId, typedWrong !== null), [mark, fieldId, typedWrong]);
  useEffect(() => () => mark(fieldId, false), [mark, fieldId]);
  const wrongText = (text: string) => {
    const read = readDateText(text, language);
    return 'problem' in read ? { text: text.trim(), problem: read.problem } : null;
  };
  // One Date per value, for the same reason.
  const date = useMemo(() => isoToLocalDate(value), [value]);
  const take = (iso: string) => {
    setTypedWrong(null);
    if (iso !== value) onChange(iso);
  };
  // Enter in the text takes what was typed and then does what Enter does in the dialog or form
  // around the field (LeaveDialog confirms; a <form> submits). The picker's own Enter would open the
  // calendar and stop the key there, so the key is stopped before it (capture phase), the date is
  // rendered at once (flushSync) and Enter is passed on from the field's wrapper, past the picker.
  // Not preventing the default lets a form submit as it would from any text field.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.target;
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement)) return;
    event.stopPropagation();
    // Refused and not typed again: Enter keeps the refusal, never confirms the kept date in its place (a leaving recorded as today).
    if (typedWrong && !editedSinceRefused.current) {
      event.preventDefault();
      return;
    }
    const text = input.value;
    const iso = text.trim() === '' ? '' : parseDateText(text, language);
    if (iso === null) {
      event.preventDefault();
      setTypedWrong(wrongText(text));
      return;
    }
    flushSync(() => take(iso));
    input.parentElement?.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  };
  const own = typedWrong ? t(`dateField.${typedWrong.problem}`, { text: typedWrong.text, example: formatDate(language, '2025-03-01'), first: FIRST_YEAR, last: LAST_YEAR }) : undefined;
  return (
    <Field
      {...field}
      data-date-field={fieldId}
      validationMessage={own ?? validationMessage}
      validationState={own ? 'error' : validationState}
    >
      <DatePicker
        value={date}
        allowTextInput
        // The calendar offers the years a typed date may have (`isPlausibleDate`).
        minDate={FIRST_DAY}
        maxDate={LAST_DAY}
        openOnClick={false}
        disableAutoFocus
        firstDayOfWeek={language === 'pl' ? DayOfWeek.Monday : DayOfWeek.Sunday}
        strings={strings}
        dateTimeFormatter={formatting}
        formatDate={showDate}
        parseDateFromString={(text) => {
          const iso = parseDateText(text, language);
          return iso ? isoToLocalDate(iso) : null;
        }}
        onSelectDate={(d) => take(d ? localDateToIso(d) : '')}
        onValidationResult={(result) => setTypedWrong(result.error === 'invalid-input' ? (wrongText(typed.current) ?? { text: typed.current.trim(), problem: 'invalid' }) : null)}
        onChange={(_event, data) => {
          typed.current = data.value;
          editedSinceRefused.current = true;
          const iso = isCompleteDateText(data.value) ? parseDateText(data.value, language) : null;
          if (iso) take(iso);
        }}
        onKeyDownCapture={onEnter}
        placeholder={t('dateField.placeholder')}
        popupSurface={{ 'aria-label': t('dateField.calendar') }}
        data-testid={testId}
      />
    </Field>
  );
}
