import { featureNames } from '../../../shared/licensing/feature-names';
import { describe, expect, it } from 'vitest';
import { flattenCatalog } from '../../../shared/i18n/catalog';
import { assignmentProblemCodes } from '../../../shared/licensing/assignment-rules';
import { formatLicensingMessage, interpolate, licensingEn, licensingPl } from '../../../shared/licensing/messages';
import { ruleIds } from '../../../shared/licensing/types';
import { aMailbox, aPerson, aPurchase, aServer, aSnapshot, anAssignment, buildRegister } from './builders';
import { check } from './helpers';

const en = flattenCatalog(licensingEn);
const pl = flattenCatalog(licensingPl);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w[\w-]*)\}\}/g)].map((m) => m[1]).sort();

describe('licensing messages', () => {
  it('English and Polish have the same keys and the same placeholders', () => {
    expect([...pl.keys()]).toEqual([...en.keys()]);
    for (const [key, text] of en) expect(placeholders(pl.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('every rule id has a finding message', () => {
    for (const rule of ruleIds) expect([...en.keys()].some((key) => key.startsWith(`finding.${rule}.`)), rule).toBe(true);
  });

  it('every suggested fix and every assignment problem has a text', () => {
    for (const fix of ['assign-cal', 'release-cal', 'add-purchase', 'attach-proof', 'verify-server', 'activate-server', 'add-document', 'upgrade-cal', 'renew-coverage', 'review-reassignment', 'convert-or-remove-mailbox', 'import-inventory', 'add-server', 'none']) {
      expect(en.has(`fix.${fix}`), fix).toBe(true);
    }
    for (const code of assignmentProblemCodes) expect(en.has(`assignment.${code}`), code).toBe(true);
  });

  it('placeholders are filled from params and unknown ones are left visible', () => {
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
    expect(formatLicensingMessage('fix.none', {}, licensingPl)).toBe('Nie trzeba nic robić.');
  });

  it('every finding of a busy register renders fully in English and Polish', () => {
    const doc = buildRegister({
      servers: [aServer({ verifiedAt: null, activation: { state: 'trial', daysLeft: 30, asOf: '2024-05-30' } })],
      purchases: [aPurchase('lot', '2016-standard-user', 1, { document: '', proofIds: [] }), aPurchase('ent', '2019-enterprise-user', 1)],
      people: [aPerson('anna', { leftOn: '2024-05-01' }), aPerson('bob')],
      assignments: [anAssignment('a1', 'anna', 'lot'), anAssignment('a2', 'bob', 'lot'), anAssignment('a3', 'bob', 'ent')],
      inventory: [aSnapshot([aMailbox('carl', { archive: true }), aMailbox('room', { recipientType: 'RoomMailbox' })], { exchangeCalCounts: { 'Exchange Server 2019 Standard CAL': 9 } })],
    });
    const report = check(doc, '2026-01-01');
    expect(new Set(report.findings.map((f) => f.rule)).size).toBeGreaterThan(10);
    for (const finding of report.findings) {
      const key = finding.messageKey ?? '';
      // The English text is the template with the parameters as they are, Enterprise features named in words.
      const english = typeof finding.params.features === 'string' ? { ...finding.params, features: featureNames(finding.params.features, 'en') } : finding.params;
      expect(finding.message).toBe(formatLicensingMessage(key, english));
      expect(finding.message, key).not.toMatch(/\{\{/);
      expect(formatLicensingMessage(key, finding.params, licensingPl), key).not.toMatch(/\{\{/);
    }
  });
});
