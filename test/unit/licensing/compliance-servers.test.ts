import { describe, expect, it } from 'vitest';
import { SE_AS_OF, aServer, buildRegister } from './builders';
import { check, findingsOf } from './helpers';

const one = (server: Parameters<typeof aServer>[0], asOf?: string) => check(buildRegister({ servers: [aServer(server)] }), asOf);

describe('servers', () => {
  it('an activated, verified server has no findings', () => {
    expect(one({}).findings).toEqual([]);
  });

  it('a server running as a trial is reported with the days left on the as-of date', () => {
    const report = one({ activation: { state: 'trial', daysLeft: 100, asOf: '2024-05-22' } });
    expect(findingsOf(report, 'server-trial')).toMatchObject([{ severity: 'warning', subject: 'EX01', params: { daysLeft: 90 }, fix: 'activate-server' }]);
    expect(findingsOf(report, 'server-trial-expired')).toEqual([]);
  });

  it('a trial that ran out without a product key is an error', () => {
    expect(findingsOf(one({ activation: { state: 'trial-expired' } }), 'server-trial-expired')).toMatchObject([{ severity: 'error', fix: 'activate-server' }]);
    const counted = one({ activation: { state: 'trial', daysLeft: 10, asOf: '2024-05-01' } });
    expect(findingsOf(counted, 'server-trial-expired')).toHaveLength(1);
    expect(findingsOf(counted, 'server-trial')).toEqual([]);
  });

  it('the report’s list of servers shows a trial past its last day on the as-of date as ended, as its finding does', () => {
    const trial = { activation: { state: 'trial' as const, daysLeft: 10, asOf: '2024-05-01' } };
    expect(one(trial, '2024-05-11').servers).toMatchObject([{ name: 'EX01', activation: 'trial' }]);
    expect(one(trial, '2024-05-12').servers).toMatchObject([{ name: 'EX01', activation: 'trial-expired' }]);
    expect(findingsOf(one(trial, '2024-05-12'), 'server-trial-expired')).toHaveLength(1);
  });

  it('a trial that ran out after a product key was entered asks to verify the activation', () => {
    const report = one({ activation: { state: 'trial-expired' }, partialProductKey: 'X7K9Q' });
    expect(findingsOf(report, 'server-trial-expired')).toEqual([]);
    expect(findingsOf(report, 'server-trial')).toMatchObject([{ messageKey: 'finding.server-trial.keyEntered', params: { key: 'X7K9Q' }, fix: 'verify-server' }]);
  });

  it('a server whose activation was never verified is reported', () => {
    expect(findingsOf(one({ verifiedAt: null }), 'server-not-verified')).toMatchObject([{ severity: 'warning', subjectKind: 'server', subjectId: 'ex01' }]);
  });

  it('Exchange 2019 is past extended support after 14 October 2025, for information only', () => {
    expect(findingsOf(one({}, '2025-10-14'), 'server-out-of-support')).toEqual([]);
    expect(findingsOf(one({}, '2025-10-15'), 'server-out-of-support')).toMatchObject([{ severity: 'info', params: { endDate: '2025-10-14' }, fix: 'none' }]);
  });

  it('Exchange SE is not reported as out of support', () => {
    expect(findingsOf(one({ product: 'Exchange Server SE' }, '2026-11-25'), 'server-out-of-support')).toEqual([]);
  });

  it('the report lists servers in use by name with the product their build shows', () => {
    const report = check(
      buildRegister({
        servers: [aServer({ id: 'b', name: 'EX02', build: 'Version 15.2 (Build 2562.17)' }), aServer({ id: 'a', name: 'EX01', activation: { state: 'unknown' } })],
      }),
      SE_AS_OF,
    );
    expect(report.servers).toEqual([
      { name: 'EX01', product: 'Exchange Server 2019', activation: 'unknown' },
      { name: 'EX02', product: 'Exchange Server SE', activation: 'activated' },
    ]);
  });
});
