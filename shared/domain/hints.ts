/**
 * The schemas' own words for a value they refuse (zod custom messages), in English as zod reports
 * them, and in Polish by the same key for the CLI (which prints a refused value's issue). zod's
 * built-in messages are worded by its own locale instead, in the language of the CLI or of the
 * app's window (./zod-language.ts); a schema's own message outranks that, so a hint stays a key.
 */
export const schemaHints = {
  isoDate: 'expected YYYY-MM-DD',
  calendarDay: 'not a calendar day',
  plausibleYear: 'a year from 1990 to 2099',
  build: 'a build like 15.2.1544.4',
  productKeyTail: 'the last five characters of the key',
  personNamed: 'a name, e-mail or login is needed',
  coverageAfterPurchase: 'the coverage cannot end before the purchase date',
} as const;

export type SchemaHint = keyof typeof schemaHints;

export const schemaHintsPl: Record<SchemaHint, string> = {
  isoDate: 'oczekiwano daty RRRR-MM-DD',
  calendarDay: 'taki dzień nie istnieje w kalendarzu',
  plausibleYear: 'rok od 1990 do 2099',
  build: 'numer kompilacji w postaci 15.2.1544.4',
  productKeyTail: 'ostatnie pięć znaków klucza produktu',
  personNamed: 'potrzebne jest imię lub nazwisko, e-mail albo login',
  coverageAfterPurchase: 'okres licencji nie może kończyć się przed datą zakupu',
};

/** The key of `message` if it is one of the schemas' own hints (as zod reports it), else null. */
export function schemaHintKey(message: string): SchemaHint | null {
  return (Object.keys(schemaHints) as SchemaHint[]).find((key) => schemaHints[key] === message) ?? null;
}

/** The Polish words for `message` if it is one of the schemas' own hints, else null. */
export function schemaHintPl(message: string): string | null {
  const hint = schemaHintKey(message);
  return hint ? schemaHintsPl[hint] : null;
}
