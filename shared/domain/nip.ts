/**
 * A Polish tax number (NIP): ten digits, the last a check digit (weights 6 5 7 2 3 4 5 6 7, sum
 * modulo 11), written with or without dashes, spaces or the PL prefix of an EU VAT number.
 */
const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * Whether `text` reads as a Polish NIP that cannot be one: only digits (with dashes, spaces or a PL
 * prefix), but not ten of them or with a wrong check digit. Text of another shape (a German
 * USt-IdNr, a number with letters) is no Polish NIP attempt and is not judged.
 */
export function looksLikeWrongNip(text: string): boolean {
  const value = text.trim().replace(/^PL\s*/i, '');
  if (value === '' || !/^[\d\s-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10) return true;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum % 11 !== Number(digits[9]);
}
