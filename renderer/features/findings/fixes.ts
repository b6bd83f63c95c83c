import type { Finding, SuggestedFix } from '../../../shared/licensing/types';
import { useNavigationStore, type ScreenId } from '../../app/navigationStore';
import { useAssignStore } from '../assign/store';
import { useRegisterStore } from '../register/store';

/** The screen where each suggested fix is made; null when there is nothing to do. */
export const fixScreen: Record<SuggestedFix, ScreenId | null> = {
  'assign-cal': 'assign',
  'release-cal': 'register',
  'add-purchase': 'purchases',
  'attach-proof': 'purchases',
  'verify-server': 'servers',
  'activate-server': 'servers',
  'add-document': 'purchases',
  'upgrade-cal': 'purchases',
  'renew-coverage': 'purchases',
  'review-reassignment': 'register',
  'correct-dates': 'purchases',
  'convert-or-remove-mailbox': 'register',
  'import-inventory': 'import',
  'add-server': 'servers',
  none: null,
};

/** Order of the "what to do next" actions: what breaks compliance first, housekeeping last. */
export const fixPriority: readonly SuggestedFix[] = [
  'add-purchase',
  'assign-cal',
  'add-server',
  'activate-server',
  'upgrade-cal',
  'renew-coverage',
  'attach-proof',
  'release-cal',
  'convert-or-remove-mailbox',
  'verify-server',
  'add-document',
  'review-reassignment',
  'correct-dates',
  'import-inventory',
];

/** Goes to where a finding's fix is made; the wizard starts fresh, and the Register filtered, with the person searched for. */
export function followFix(fix: SuggestedFix, finding?: Pick<Finding, 'subject' | 'subjectKind'> & Partial<Pick<Finding, 'subjectId'>>): void {
  const screen = fixScreen[fix];
  if (!screen) return;
  if (fix === 'assign-cal') {
    const wizard = useAssignStore.getState();
    wizard.reset();
    if (finding && (finding.subjectKind === 'person' || finding.subjectKind === 'mailbox')) wizard.setPersonSearch(finding.subject);
  }
  // The person a finding is about, found in a register of hundreds: their row, whatever the status filter was.
  // A mailbox that matches no person has no row: the Register is opened as it was.
  if (screen === 'register' && finding?.subjectId && (finding.subjectKind === 'person' || finding.subjectKind === 'mailbox' || finding.subjectKind === 'assignment')) {
    useRegisterStore.getState().setQuery({ search: finding.subject, status: 'all', productId: 'all' });
  }
  useNavigationStore.getState().go(screen);
}

export interface NextAction {
  fix: SuggestedFix;
  /** Findings that suggest this fix, most severe first. */
  findings: Finding[];
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Groups findings by their fix into the "what to do next" list (no action for `none` or info-only fixes);
 * with no inventory imported yet, importing one is an action of its own, and with no server recorded, adding one.
 */
export function nextActions(findings: readonly Finding[], options: { inventoryMissing: boolean; serverMissing: boolean }): NextAction[] {
  const byFix = new Map<SuggestedFix, Finding[]>();
  for (const finding of findings) {
    if (finding.fix === 'none' || finding.severity === 'info') continue;
    const list = byFix.get(finding.fix) ?? [];
    list.push(finding);
    byFix.set(finding.fix, list);
  }
  if (options.inventoryMissing && !byFix.has('import-inventory')) byFix.set('import-inventory', []);
  if (options.serverMissing) byFix.set('add-server', []);
  return fixPriority
    .filter((fix) => byFix.has(fix))
    .map((fix) => ({ fix, findings: [...(byFix.get(fix) ?? [])].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]) }));
}
