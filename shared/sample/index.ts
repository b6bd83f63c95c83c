/** The sample register (Help ▸ Open sample register) as a plan of dated inputs; electron/services/sample applies it. */
import { sampleAssignments, sampleOrganization, samplePeople, samplePurchases, sampleServers, sampleDomain } from './company';
import { adUsersCsv, calUsageCsv, mailboxesCsv, proofFileText } from './exports';

export * from './company';
export { adUsersCsv, calUsageCsv, mailboxesCsv, minimalPdf, proofFileText } from './exports';

/** `YYYY-MM-DD` shifted by whole days (calendar arithmetic in UTC, no time zone drift). */
export function shiftDay(isoDay: string, days: number): string {
  const at = new Date(`${isoDay}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export const sampleEmail = (login: string): string => `${login}@${sampleDomain}`;

/** Everything the sample is made of, dated relative to `today`. */
export function samplePlan(today: string) {
  const day = (offset: number) => shiftDay(today, offset);
  return {
    organization: sampleOrganization,
    servers: sampleServers,
    purchases: samplePurchases.map((p) => ({
      key: p.key,
      input: {
        productId: p.productId,
        quantity: p.quantity,
        date: day(p.dayOffset),
        vendor: p.vendor,
        document: p.document,
        program: p.program,
        coverage: p.coverage.kind === 'perpetual' ? { kind: 'perpetual' as const } : { kind: p.coverage.kind, until: day(p.coverage.untilOffset) },
        notes: p.notes,
      },
      proofs: p.proofs.map((proof) => ({ fileName: proof.fileName, text: proofFileText(proof, day(p.dayOffset)) })),
    })),
    people: samplePeople.map((p) => ({
      login: p.login,
      input: {
        givenName: p.givenName,
        surname: p.surname,
        email: sampleEmail(p.login),
        login: p.login.slice(0, 20),
        department: p.department,
        external: p.external !== undefined,
        externalNote: p.external ?? '',
        notes: p.notes ?? '',
      },
    })),
    assignments: sampleAssignments.map((a) => ({
      login: a.login,
      purchase: a.purchase,
      assignedOn: day(a.dayOffset),
      release: a.release ? { releasedOn: day(a.release.dayOffset), reason: a.release.reason, notes: a.release.notes } : null,
    })),
    exports: [
      { fileName: 'mailboxes.csv', text: mailboxesCsv(day(-700)) },
      { fileName: 'adusers.csv', text: adUsersCsv(day(-2)) },
      { fileName: 'cal-usage.csv', text: calUsageCsv() },
    ],
  };
}

export type SamplePlan = ReturnType<typeof samplePlan>;
