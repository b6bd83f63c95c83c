import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../../renderer/features/findings/fixes';
import { includedChangeCount } from '../../../../renderer/features/import/changes';
import { positionStatus } from '../../../../renderer/features/overview/CompliancePosition';
import { relativeAge } from '../../../../renderer/features/overview/ComplianceStatusCards';
import { preview } from '../import/importFake';
import { findings } from './complianceFake';

const now = new Date('2026-11-25T12:00:00Z');

describe('dashboard and import helpers', () => {
  it('the last import age is told in the largest unit that fits, in the UI language', () => {
    expect(relativeAge('2026-11-22T12:00:00Z', 'en-US', now)).toBe('3 days ago');
    expect(relativeAge('2026-11-22T12:00:00Z', 'pl-PL', now)).toBe('3 dni temu');
    expect(relativeAge('2026-11-24T12:00:00Z', 'en-US', now)).toBe('yesterday');
    expect(relativeAge('2026-11-25T09:00:00Z', 'en-US', now)).toBe('3 hours ago');
    expect(relativeAge('2026-11-25T11:59:30Z', 'pl-PL', now)).toBe('teraz');
  });

  it('a product with a shortfall reads as Shortfall even when another lot has spare seats', () => {
    const base = { product: 'p', productId: 'p', purchased: 0, assigned: 0, required: 0, notReaching: 0 };
    expect(positionStatus({ ...base, shortfall: 2, surplus: 0 })).toEqual({ intent: 'error', key: 'shortfall', count: 2 });
    expect(positionStatus({ ...base, shortfall: 0, surplus: 3 })).toEqual({ intent: 'info', key: 'surplus', count: 3 });
    expect(positionStatus({ ...base, shortfall: 0, surplus: 0 })).toEqual({ intent: 'success', key: 'covered', count: 0 });
  });

  it('a surplus says how much of it does not cover the server in use; a shortfall still comes first', () => {
    const base = { product: 'p', productId: 'p', purchased: 10, assigned: 0, shortfall: 0 };
    expect(positionStatus({ ...base, required: 0, surplus: 10, notReaching: 10 })).toEqual({ intent: 'info', key: 'surplusNotReaching', count: 10, notReaching: 10 });
    expect(positionStatus({ ...base, required: 4, surplus: 6, notReaching: 0 })).toEqual({ intent: 'info', key: 'surplus', count: 6 });
    expect(positionStatus({ ...base, required: 12, shortfall: 12, surplus: 2, notReaching: 2 })).toEqual({ intent: 'error', key: 'shortfall', count: 12 });
  });

  it('next actions group findings by fix, skip info findings, and ask for an import when none was made', () => {
    expect(nextActions(findings, { inventoryMissing: false, serverMissing: false }).map((a) => [a.fix, a.findings.length])).toEqual([
      ['add-purchase', 1],
      ['assign-cal', 1],
      ['attach-proof', 1],
    ]);
    expect(nextActions([], { inventoryMissing: true, serverMissing: false }).map((a) => a.fix)).toEqual(['import-inventory']);
    expect(nextActions([], { inventoryMissing: false, serverMissing: false })).toEqual([]);
  });

  it('a register with no server asks first for one to be added, before the import', () => {
    expect(nextActions([], { inventoryMissing: true, serverMissing: true }).map((a) => a.fix)).toEqual(['add-server', 'import-inventory']);
    expect(nextActions(findings, { inventoryMissing: false, serverMissing: true }).map((a) => a.fix)).toEqual(['add-purchase', 'assign-cal', 'add-server', 'attach-proof']);
  });

  it('the commit counts ticked changes and decided ambiguous matches, not unchanged people or skipped matches', () => {
    expect(includedChangeCount(preview, {}, {})).toBe(4);
    expect(includedChangeCount(preview, { 'new:anowak': true }, { 'amb:lzolkiewski': { action: 'new' } })).toBe(4);
    expect(includedChangeCount(preview, {}, { 'amb:lzolkiewski': { action: 'skip' } })).toBe(4);
  });
});
