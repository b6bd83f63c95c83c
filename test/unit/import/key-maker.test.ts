import fc from 'fast-check';
import { expect, it } from 'vitest';
import { KeyMaker } from '../../../shared/import/preview';

it('a preview key is its base the first time and "base#n" the n-th time, for each base on its own', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('dir:anna', 'dir:jan', 'update:p1', 'dir:anna#2', ''), { maxLength: 30 }), (bases) => {
      const keys = new KeyMaker();
      const seen = new Map<string, number>();
      for (const base of bases) {
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        expect(keys.make(base)).toBe(n === 1 ? base : `${base}#${n}`);
      }
    }),
  );
});
