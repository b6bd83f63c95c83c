/** Findings about servers: activation, verification and support. */
import type { Activation } from '../domain/model';
import { endOfExtendedSupport, serverVersionOn } from './catalog';
import type { ComplianceContext } from './compliance';
import { daysBetween } from './dates';
import { makeFinding } from './findings';
import type { Finding } from './types';

/**
 * Days of a trial left on `asOf` (negative once it has ended), or null when the server is no trial:
 * the days were counted at the export or entry, and what remains on the report's date is what matters.
 */
export function trialDaysLeftOn(activation: Activation, asOf: string): number | null {
  return activation.state === 'trial' ? activation.daysLeft - Math.max(0, daysBetween(activation.asOf, asOf)) : null;
}

export function serverFindings(context: ComplianceContext): Finding[] {
  const { asOf } = context;
  const findings: Finding[] = [];
  for (const server of context.servers) {
    const base = { subject: server.name, subjectKind: 'server' as const, subjectId: server.id };
    const params = { server: server.name };
    const activation = server.activation;
    const daysLeft = trialDaysLeftOn(activation, asOf);
    const trialOver = activation.state === 'trial-expired' || (daysLeft !== null && daysLeft < 0);
    if (trialOver && server.partialProductKey === '') {
      findings.push(makeFinding({ ...base, rule: 'server-trial-expired', params, fix: 'activate-server' }));
    } else if (trialOver) {
      findings.push(makeFinding({ ...base, rule: 'server-trial', variant: 'keyEntered', params: { ...params, key: server.partialProductKey }, fix: 'verify-server' }));
    } else if (daysLeft !== null) {
      findings.push(makeFinding({ ...base, rule: 'server-trial', params: { ...params, daysLeft }, fix: 'activate-server' }));
    }
    if (server.verifiedAt === null) findings.push(makeFinding({ ...base, rule: 'server-not-verified', params, fix: 'verify-server' }));
    const version = serverVersionOn(server, asOf);
    const endDate = endOfExtendedSupport(version);
    if (endDate !== null && asOf > endDate) {
      findings.push(makeFinding({ ...base, rule: 'server-out-of-support', params: { ...params, version, endDate }, fix: 'none' }));
    }
  }
  return findings;
}
