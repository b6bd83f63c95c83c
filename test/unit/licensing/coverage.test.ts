import { describe, expect, it } from 'vitest';
import { coverageState, effectiveVersion } from '../../../shared/licensing/coverage';

const cal2019 = 'exchange-2019-standard-user-cal';

describe('effective version of a purchase', () => {
  it('a perpetual CAL counts as the version bought', () => {
    expect(effectiveVersion({ productId: cal2019, coverage: { kind: 'perpetual' } }, '2026-01-01')).toBe('2019');
  });

  it('a CAL with active Software Assurance counts as SE', () => {
    expect(effectiveVersion({ productId: cal2019, coverage: { kind: 'software-assurance', until: '2026-06-30' } }, '2026-01-01')).toBe('SE');
  });

  it('a CAL under an active subscription counts as SE up to and including its end date', () => {
    expect(effectiveVersion({ productId: cal2019, coverage: { kind: 'subscription', until: '2026-06-30' } }, '2026-06-30')).toBe('SE');
  });

  it('after Software Assurance ends the CAL counts as the version bought', () => {
    const purchase = { productId: cal2019, coverage: { kind: 'software-assurance' as const, until: '2025-12-31' } };
    expect(effectiveVersion(purchase, '2026-01-01')).toBe('2019');
    expect(coverageState(purchase.coverage, '2026-01-01')).toBe('ended');
  });

  // Found in review (12-07): a CAL under active Software Assurance counted as SE on any date, also before SE existed.
  it('a CAL under active Software Assurance or subscription counts as SE only from SE’s release (2025-07-01), as 2019 before it', () => {
    const sa = { kind: 'software-assurance' as const, until: '2027-06-30' };
    expect(effectiveVersion({ productId: cal2019, coverage: sa }, '2025-06-30')).toBe('2019');
    expect(effectiveVersion({ productId: cal2019, coverage: sa }, '2025-07-01')).toBe('SE');
    expect(effectiveVersion({ productId: 'exchange-2016-enterprise-device-cal', coverage: sa }, '2024-01-01')).toBe('2019');
    expect(effectiveVersion({ productId: 'exchange-2016-enterprise-device-cal', coverage: sa }, '2025-07-01')).toBe('SE');
    // Never older than the version bought: an SE CAL recorded with a date before the release stays SE.
    expect(effectiveVersion({ productId: 'exchange-se-standard-user-cal', coverage: { kind: 'subscription', until: '2027-06-30' } }, '2025-06-30')).toBe('SE');
  });

  it('an unknown product has no effective version', () => {
    expect(effectiveVersion({ productId: 'nope', coverage: { kind: 'perpetual' } }, '2026-01-01')).toBeNull();
  });
});
