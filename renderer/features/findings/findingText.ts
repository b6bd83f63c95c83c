import type { TFunction } from 'i18next';
import { localizedParams, type ParamFormatters } from '../../../shared/licensing/messages';
import type { Finding, Severity } from '../../../shared/licensing/types';
import type { StatusIntent } from '../../components/StatusText';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export const severityIntent: Record<Severity, StatusIntent> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * A finding's message in the UI language (the `licensing` catalog), with its dates and counts in
 * the UI locale; the engine's English text when it has no key.
 */
export function findingMessage(t: TFunction, finding: Finding, format: ParamFormatters): string {
  if (!finding.messageKey) return finding.message;
  return t(`licensing.${finding.messageKey}`, { ...localizedParams(finding.params, format), defaultValue: finding.message });
}

/** Open findings counted per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
