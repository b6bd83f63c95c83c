/**
 * zod's own refusals ("Too big: expected string to have <=200 characters") in a person's language:
 * zod's locale for the language, and the refusals people meet most in plain words on top of it.
 * The CLI (electron/cli/index.ts) and the app's main process (electron/services/app) both set it.
 * The schemas' own hints (./hints.ts) are custom messages of their schemas and outrank this
 * config in zod 4, so they still arrive as their English key text and are worded where shown.
 */
import { z } from 'zod';
import { en as zodEn, pl as zodPl } from 'zod/locales';

export type ZodLanguage = 'en' | 'pl';

const en = {
  valueEmpty: 'must not be empty',
  valueEmail: 'not a valid e-mail address',
  valueAtLeast: 'must be at least {{limit}}',
  valueAtMost: 'must be at most {{limit}}',
  textAtMost: 'at most {{limit}} characters',
} as const;

export type PlainZodKey = keyof typeof en;

/** The plain words, by key, in each language. */
export const plainZodTexts: Record<ZodLanguage, Record<PlainZodKey, string>> = {
  en,
  pl: {
    valueEmpty: 'nie może być puste',
    valueEmail: 'nieprawidłowy adres e-mail',
    valueAtLeast: 'musi wynosić co najmniej {{limit}}',
    valueAtMost: 'może wynosić najwyżej {{limit}}',
    textAtMost: 'najwyżej {{limit}} znaków',
  },
};

/** What of a zod issue the plain words look at. */
export interface ZodIssueFacts {
  code?: string;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/**
 * zod's refusals people meet most, in plain words ("must not be empty" rather than "Too small:
 * expected string to have >=1 characters"; Polish without its locale's "Nieprawidłow(y/a/e)");
 * anything else is left to zod's locale (undefined).
 */
export function plainZodError(issue: ZodIssueFacts, language: ZodLanguage): string | undefined {
  const texts = plainZodTexts[language];
  const withLimit = (text: string) => text.replace('{{limit}}', String(issue.minimum ?? issue.maximum));
  if (issue.code === 'invalid_format' && issue.format === 'email') return texts.valueEmail;
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return texts.valueEmpty;
  if (issue.code === 'too_small' && issue.origin === 'number') return withLimit(texts.valueAtLeast);
  if (issue.code === 'too_big' && issue.origin === 'number') return withLimit(texts.valueAtMost);
  if (issue.code === 'too_big' && issue.origin === 'string') return withLimit(texts.textAtMost);
  return undefined;
}

/**
 * Words zod's own refusals in `language` from now on, for every schema of this process: zod's
 * configuration is global (`z.config`), so call this only where the process has one language
 * (a CLI run, the app's main process).
 */
export function setZodLanguage(language: ZodLanguage): void {
  z.config({ ...(language === 'pl' ? zodPl() : zodEn()), customError: (issue) => plainZodError(issue, language) });
}
