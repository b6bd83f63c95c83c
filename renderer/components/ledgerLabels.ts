import type { TFunction } from 'i18next';
import type { ProofAttachResult } from '../../shared/contracts/ledger';
import type { Activation, Coverage, Person } from '../../shared/domain/model';
import type { AppError } from '../../shared/result';
import { errorParams, serviceErrorKeys, withHintedReason, type Formatters } from '../i18n/format';
import { catalogProduct } from '../../shared/licensing/catalog';
import { trialDaysLeftOn } from '../../shared/licensing/compliance-servers';
import type { StatusIntent } from './StatusText';

/** Today as the user's calendar date `YYYY-MM-DD` (local time). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "Given Surname", else e-mail, else login. */
export function personDisplayName(person: Pick<Person, 'givenName' | 'surname' | 'email' | 'login'>): string {
  return `${person.givenName} ${person.surname}`.trim() || person.email || person.login;
}

/**
 * The activation as it stands on `today`: a trial's days were counted on the day they were read or
 * typed, so what is left is counted down from then (as the findings count it), and a trial past its
 * last day has ended.
 */
export function activationOn(activation: Activation, today: string = todayIso()): Activation {
  const left = trialDaysLeftOn(activation, today);
  if (left === null) return activation;
  return left < 0 ? { state: 'trial-expired' } : { state: 'trial', daysLeft: left, asOf: today };
}

/** The activation in words, as it stands today (`activationOn`). */
export function activationText(t: TFunction, activation: Activation, today?: string): string {
  const now = activationOn(activation, today);
  if (now.state === 'trial') return t('ledger.activation.trialDays', { count: now.daysLeft });
  return t(`ledger.activation.${now.state}`);
}

export function activationIntent(activation: Activation, today?: string): StatusIntent {
  const { state } = activationOn(activation, today);
  if (state === 'activated') return 'success';
  if (state === 'trial') return 'warning';
  if (state === 'trial-expired') return 'error';
  return 'unknown';
}

export function coverageText(t: TFunction, coverage: Coverage, format: Formatters): string {
  if (coverage.kind === 'perpetual') return t('ledger.coverage.perpetual');
  return t(`ledger.coverage.${coverage.kind}Until`, { date: format.date(coverage.until) });
}

/** A catalog product's name in the UI language ("… Standard User CAL" / "… Standard — CAL na użytkownika"). */
export function productLabel(t: TFunction, productId: string): string {
  const product = catalogProduct(productId);
  if (!product) return productId;
  return t('ledger.product', { version: product.version, tier: t(`ledger.tier.${product.tier}`), kind: t(`ledger.kind.${product.kind}`) });
}

/**
 * An error from a ledger channel: the screen's own text for a rule (`detail.code`), else the
 * message main named (`detail.messageKey`), else the code's; dates and numbers as the UI writes
 * them when `format` is given.
 */
export function ledgerErrorText(t: TFunction, error: AppError, format?: Formatters): string {
  const rule = typeof error.detail?.code === 'string' ? [`ledger.errors.${error.detail.code}`] : [];
  return t([...rule, ...serviceErrorKeys(error), `errors.${error.code}`], { ...withHintedReason(t, errorParams(error, format)), defaultValue: error.message });
}

/** What an attach put right in the register folder (a proof's stored file missing or not the one attached), a sentence per proof; '' when nothing. */
export function repairedProofsText(t: TFunction, repaired: ProofAttachResult['repaired']): string {
  const key = { missing: 'repairedMissing', altered: 'repairedAltered', unreadable: 'repairedUnreadable' } as const;
  return repaired.map(({ name, found }) => t(`purchases.proof.${key[found]}`, { name })).join(' ');
}
