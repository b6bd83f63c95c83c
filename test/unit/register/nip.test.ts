import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeWrongNip } from '../../../shared/domain/nip';

describe('Polish NIP check', () => {
  it('a NIP with the right check digit passes however it is written; a short one or a wrong check digit does not', () => {
    for (const ok of ['1234563218', '123-456-32-18', '123 456 32 18', 'PL1234563218', 'PL 123-456-32-18']) expect(looksLikeWrongNip(ok), ok).toBe(false);
    for (const wrong of ['123', '1234563217', '12345632189', 'PL123']) expect(looksLikeWrongNip(wrong), wrong).toBe(true);
  });

  it('an empty field or a tax number of another shape (letters: another country) is not judged', () => {
    for (const other of ['', '  ', 'DE123456789', 'ATU12345678', 'brak']) expect(looksLikeWrongNip(other), other).toBe(false);
  });

  it('exactly one check digit completes any nine digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (nine) => {
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((last) => !looksLikeWrongNip([...nine, last].join('')));
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
