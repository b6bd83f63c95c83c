import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ComplianceView } from '../../../../shared/contracts/compliance';
import type { Finding } from '../../../../shared/licensing/types';
import { initialAssignData, useAssignStore } from '../../../../renderer/features/assign/store';
import { initialExportState, useExportStore } from '../../../../renderer/features/export/store';
import { initialComplianceState, useComplianceStore } from '../../../../renderer/features/findings/store';
import { initialImportState, useImportStore } from '../../../../renderer/features/import/store';
import type { Result } from '../../../../shared/result';
import { addFakes } from '../../fakeApi';

const finding = (over: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'subject' | 'fix'>): Finding => ({
  subjectKind: 'person',
  subjectId: null,
  message: `${over.rule} ${over.subject}`,
  params: { subject: over.subject },
  ...over,
});

export const findings: Finding[] = [
  finding({
    rule: 'cal-shortfall',
    severity: 'error',
    subject: 'Exchange Server 2019 Standard User CAL',
    subjectKind: 'product',
    fix: 'add-purchase',
    messageKey: 'finding.cal-shortfall.default',
    params: { product: 'Exchange Server 2019 Standard User CAL', required: 5, purchased: 3, shortfall: 2 },
  }),
  finding({
    rule: 'mailbox-without-cal',
    severity: 'error',
    subject: 'anowak@przyklad.pl',
    subjectKind: 'mailbox',
    fix: 'assign-cal',
    messageKey: 'finding.mailbox-without-cal.default',
    params: { subject: 'anowak@przyklad.pl', version: '2019' },
  }),
  finding({
    rule: 'purchase-without-proof',
    severity: 'warning',
    subject: 'FV/2024/03/17',
    subjectKind: 'purchase',
    fix: 'attach-proof',
    messageKey: 'finding.purchase-without-proof.default',
    params: { purchase: 'FV/2024/03/17', product: 'Exchange Server 2019 Standard User CAL', quantity: 3 },
  }),
  finding({
    rule: 'no-mailbox-needs-cal',
    severity: 'info',
    subject: 'biuro@przyklad.pl',
    subjectKind: 'mailbox',
    fix: 'none',
    messageKey: 'finding.no-mailbox-needs-cal.shared',
    params: { subject: 'biuro@przyklad.pl' },
  }),
];

export const complianceView: ComplianceView = {
  report: {
    asOf: '2026-11-25',
    servers: [{ name: 'EX01', product: 'Exchange Server 2019', activation: 'activated' }],
    inventory: { mailboxes: 10, needCal: 5, exempt: 5, disabledWithMailbox: 1, enterpriseFeatureUsers: 2 },
    position: [
      { product: 'Exchange Server 2019 Standard User CAL', productId: 'exchange-2019-standard-user-cal', purchased: 3, assigned: 2, required: 5, shortfall: 2, surplus: 0, notReaching: 0 },
      { product: 'Exchange Server 2019 Enterprise User CAL', productId: 'exchange-2019-enterprise-user-cal', purchased: 4, assigned: 1, required: 1, shortfall: 0, surplus: 3, notReaching: 0 },
    ],
    findings,
  },
  lastImport: { takenAt: new Date(Date.now() - 3 * 86400_000).toISOString(), sources: [{ fileName: 'mailboxes.csv', kind: 'mailboxes', rows: 10 }] },
  countSharedMailboxes: false,
};

/** A register just created: no server, no import, no purchase, nothing for the rules to find. */
export const newRegisterView: ComplianceView = {
  report: { ...complianceView.report, servers: [], inventory: { mailboxes: 0, needCal: 0, exempt: 0, disabledWithMailbox: 0, enterpriseFeatureUsers: 0 }, position: [], findings: [] },
  lastImport: null,
  countSharedMailboxes: false,
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** Answers complianceReport/complianceSettings on the installed fake bridge. */
export function fakeCompliance(view: ComplianceView = complianceView) {
  const complianceReport = vi.fn((_input: { asOf?: string }) => ok(view));
  const complianceSettings = vi.fn((input: { countSharedMailboxes: boolean }) => ok({ ...view, countSharedMailboxes: input.countSharedMailboxes }));
  addFakes({ complianceReport, complianceSettings });
  return { complianceReport, complianceSettings };
}

/** Fresh stores of this feature set, so one test's choices never leak into the next. */
export function resetFeatureStores(): void {
  useComplianceStore.setState({ ...initialComplianceState });
  useImportStore.setState({ ...initialImportState });
  useExportStore.setState({ ...initialExportState });
  useAssignStore.setState(initialAssignData());
}

/** A user-event instance without the pointer-events check (jsdom's getComputedStyle over Fluent's rules makes it the slowest part of a click). */
export const fastUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
