import type { MessageCatalog } from '../i18n/catalog';

/**
 * English texts of the licensing engine (i18next syntax). Mount under the `licensing` key
 * of the UI catalog; findings carry `messageKey` relative to this object.
 */
export const licensingEn = {
  finding: {
    'mailbox-without-cal': {
      default: '{{subject}} has a mailbox that needs a Standard CAL for Exchange Server {{version}}, but holds no active Standard CAL.',
      older:
        '{{subject}} holds only a Standard CAL that counts as Exchange Server {{heldVersion}}; the newest server runs Exchange Server {{version}}, so the mailbox is not covered.',
      olderNoServer:
        '{{subject}} holds only a Standard CAL that counts as Exchange Server {{heldVersion}}. No Exchange server is recorded, so every CAL is judged against the newest version the register owns CALs for, Exchange Server {{version}}, which this one does not cover: record the server to have the CALs judged against its version.',
      left: '{{subject}} left on {{leftOn}}, but the latest inventory still shows their mailbox ({{recipientType}}), which needs a Standard CAL while it exists: convert it to a shared mailbox or remove it.',
      noCoverage:
        '{{subject}} holds a Standard CAL for Exchange Server {{heldVersion}}, but no Software Assurance or subscription active on the report date; a CAL reaches an Exchange Server SE server only with one, so the mailbox is not covered.',
      unmatched:
        'Mailbox {{subject}} ({{recipientType}}) needs a Standard CAL for Exchange Server {{version}} but matches no person in the register by e-mail, UPN or login.',
      noInventory:
        '{{subject}} is an active person in the register but holds no Standard CAL for Exchange Server {{version}}. No inventory has been imported, so every active person is counted as an Exchange user.',
    },
    'cal-shortfall': {
      default: '{{product}}: {{required}} required, {{purchased}} purchased — {{shortfall}} short.',
      coverage:
        '{{product}}: {{required}} required and {{purchased}} purchased, but only {{reaching}} with the Software Assurance or subscription an Exchange Server SE server needs — {{shortfall}} short.',
    },
    'over-assigned': {
      default: 'Purchase {{purchase}} ({{product}}) has more active assignments than seats — seats: {{quantity}}, active assignments: {{active}}.',
      voided: 'Purchase {{purchase}} ({{product}}) was voided but still has active assignments: {{active}}.',
    },
    'cal-version-too-old': {
      default:
        '{{person}} holds {{product}}, which counts as Exchange Server {{calVersion}}. The newest server, {{server}}, runs Exchange Server {{serverVersion}}, and a CAL does not cover a newer server (the register takes the newest server as the version every CAL must reach).',
      coverageEnded:
        '{{person}} holds {{product}}; its Software Assurance or subscription ended on {{until}}, so it counts as Exchange Server {{calVersion}} again. The newest server, {{server}}, runs Exchange Server {{serverVersion}}, which it does not cover.',
      seCoverageEnded:
        '{{person}} holds {{product}}; its Software Assurance or subscription ended on {{until}}. The newest server, {{server}}, runs Exchange Server SE, which a CAL reaches only while its Software Assurance or subscription is active.',
      seNoCoverage:
        '{{person}} holds {{product}}, recorded without Software Assurance or a subscription. The newest server, {{server}}, runs Exchange Server SE, which a CAL reaches only with active Software Assurance or a subscription (record the lot\'s coverage if it has one).',
    },
    'enterprise-feature-without-enterprise-cal': {
      default: '{{subject}} uses Enterprise features ({{features}}) but holds no active Enterprise CAL.',
      older:
        '{{subject}} uses Enterprise features ({{features}}), but the only Enterprise CAL they hold counts as Exchange Server {{heldVersion}}, which does not cover Exchange Server {{version}}.',
      noCoverage:
        '{{subject}} uses Enterprise features ({{features}}) and holds an Enterprise CAL for Exchange Server {{heldVersion}}, but no Software Assurance or subscription active on the report date; a CAL reaches an Exchange Server SE server only with one.',
    },
    'enterprise-without-standard': {
      default: '{{person}} holds {{product}} without an active Standard CAL; an Enterprise CAL is only an add-on to a Standard CAL.',
    },
    'proof-missing-or-altered': {
      missing: 'Proof file {{file}} of purchase {{purchase}} is missing from the register folder.',
      altered: 'Proof file {{file}} of purchase {{purchase}} has changed: its SHA-256 no longer matches the one recorded.',
      unreadable:
        'Proof file {{file}} of purchase {{purchase}} is in the register folder but could not be read (its permissions or a disk error), so it cannot be checked against the SHA-256 recorded.',
    },
    'coverage-expired': {
      'software-assurance':
        'Purchase {{purchase}} ({{product}}): Software Assurance ended on {{until}}. An Exchange Server SE server is in the register, and SE may be reached only with CALs under active Software Assurance or subscription.',
      subscription:
        'Purchase {{purchase}} ({{product}}): the subscription ended on {{until}}. An Exchange Server SE server is in the register, and SE may be reached only with CALs under active Software Assurance or subscription.',
      perpetual:
        'Purchase {{purchase}} ({{product}}) is recorded as perpetual, without Software Assurance or subscription. SE CALs are licensed only with active Software Assurance or as a subscription: record its coverage and end date.',
    },
    'server-trial-expired': {
      default: 'Server {{server}}: the trial has ended and no product key has been entered.',
    },
    'assigned-to-disabled-account': {
      disabled: '{{person}} holds {{product}} but the account is disabled.',
      left: '{{person}} holds {{product}} but left on {{leftOn}}.',
    },
    'duplicate-assignment': {
      default: '{{person}} holds {{count}} active CALs of {{product}}.',
      userAndDevice:
        '{{person}} holds {{count}} active Exchange Server {{version}} {{tier}} CALs, User and Device CALs together ({{products}}). One is enough: a User CAL covers its holder on every device.',
    },
    'purchase-without-proof': {
      default: 'Purchase {{purchase}} ({{product}}, seats: {{quantity}}) has no proof-of-purchase file.',
    },
    'purchase-without-document': {
      default: 'The purchase of {{quantity}} × {{product}} on {{date}} has no invoice or order number.',
    },
    'server-trial': {
      default: 'Server {{server}} runs as a trial: days left: {{daysLeft}}.',
      keyEntered:
        'Server {{server}}: the trial period is over and a product key ending {{key}} is recorded; check that the server is activated.',
    },
    'server-not-verified': {
      default: 'Server {{server}}: the activation has never been verified.',
    },
    'early-reassignment': {
      default:
        'A seat of purchase {{purchase}} passed from {{previous}} (assigned {{previousStart}}) to {{person}} on {{assignedOn}} (days in between: {{days}}). Reassignment within 90 days is allowed only when the previous user left, for absence cover or, for a Device CAL, after the device failed for good.',
    },
    'disabled-account-with-mailbox': {
      default:
        '{{subject}} has a user mailbox but its account is disabled. The mailbox still needs a CAL: convert it to a shared mailbox or remove it, then release the CAL.',
    },
    'assigned-without-mailbox': {
      default: '{{person}} holds an active CAL but has no mailbox in the latest inventory ({{snapshot}}).',
    },
    'assigned-before-purchase': {
      default:
        'Purchase {{purchase}} ({{quantity}} × {{product}}) is dated {{date}}, but CALs from it were assigned before that date (CALs: {{count}}; the earliest on {{earliest}}). A CAL cannot be held before it is bought.',
    },
    'purchase-after-as-of': {
      default: 'Purchase {{purchase}} ({{quantity}} × {{product}}) is dated {{date}}, after the date of this report: it is not counted as purchased yet.',
    },
    'server-out-of-support': {
      default: 'Server {{server}} (Exchange Server {{version}}) left extended support on {{endDate}}; its licenses stay valid.',
    },
    'exchange-count-differs': {
      standard:
        'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}. Exchange also counts shared mailboxes (in the latest inventory: {{shared}}).',
      'standard-shared-counted': 'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}, shared mailboxes of the latest inventory included ({{shared}}), as Exchange counts them.',
      'standard-no-shared': 'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}.',
      'standard-external':
        'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}. Exchange also counts shared mailboxes (in the latest inventory: {{shared}}) and the mailboxes of external users, which the register does not count as needing a Standard CAL ({{external}}).',
      'standard-shared-counted-external':
        'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}, shared mailboxes of the latest inventory included ({{shared}}), as Exchange counts them. Exchange also counts the mailboxes of external users, which the register does not count as needing a Standard CAL ({{external}}).',
      'standard-no-shared-external':
        'Users of {{license}} reported by Exchange: {{exchange}}; mailboxes needing a Standard CAL in the register: {{register}}. Exchange also counts the mailboxes of external users, which the register does not count as needing a Standard CAL ({{external}}).',
      enterprise: 'Users of {{license}} reported by Exchange: {{exchange}}; users of Enterprise features in the register: {{register}}.',
    },
    'no-mailbox-needs-cal': {
      shared: '{{subject}} is a shared mailbox: it needs no CAL of its own; the people who open it need theirs.',
      resource: '{{subject}} is a room or equipment mailbox ({{recipientType}}): no CAL needed.',
      system: '{{subject}} is a system mailbox ({{recipientType}}): no CAL needed.',
      'no-mailbox': '{{subject}} ({{recipientType}}) has no mailbox on the server: no CAL needed.',
      'system-account': '{{subject}} is an Exchange system account (HealthMailbox or SM_): no CAL needed.',
      external: '{{subject}} belongs to an external user, who is licensed with the server: no Standard CAL needed.',
    },
  },
  fix: {
    'assign-cal': 'Assign a CAL of the required version.',
    'release-cal': 'Release the CAL (and reassign it if needed).',
    'add-purchase': 'Buy and record the missing CALs.',
    'attach-proof': 'Attach the invoice, certificate or license e-mail.',
    'verify-server': 'Check the activation in Exchange and record the verification.',
    'activate-server': 'Enter the product key: Set-ExchangeServer -Identity <Server> -ProductKey <Key>, then restart the Exchange services.',
    'add-document': 'Enter the invoice or order number.',
    'upgrade-cal': 'Buy CALs of the newest server version (or with Software Assurance) and reassign.',
    'renew-coverage': 'Renew the Software Assurance or subscription.',
    'review-reassignment': 'Check the reason for the reassignment and record it.',
    'correct-dates': 'Correct the purchase date, or the dates the CALs were assigned on.',
    'convert-or-remove-mailbox': 'Convert the mailbox to a shared mailbox or remove it, then release its CAL.',
    'import-inventory': 'Import a current mailbox export.',
    'add-server': 'Record each Exchange server with its version, so every CAL can be checked against the newest one.',
    none: 'No action needed.',
  },
  assignment: {
    'person-not-found': 'The person {{personId}} is not in the register.',
    'purchase-not-found': 'The purchase {{purchaseId}} is not in the register.',
    'unknown-product': 'Purchase {{purchase}} names a product that is not in the catalog ({{productId}}).',
    'purchase-voided': 'Purchase {{purchase}} was voided; its CALs cannot be assigned.',
    'person-left': '{{person}} left on {{leftOn}}; a CAL cannot be assigned from {{assignedOn}}.',
    'released-when-left': '{{person}} left on {{leftOn}}: the CAL from {{assignedOn}} is recorded as released on the day they left, as leaving released their CALs.',
    'lot-full': 'Every seat of purchase {{purchase}} ({{product}}) is assigned (seats: {{quantity}}).',
    'duplicate-standard-cal': '{{person}} already holds an active Standard CAL for Exchange Server {{version}} ({{held}}).',
    'duplicate-enterprise-cal': '{{person}} already holds an active Enterprise CAL for Exchange Server {{version}} ({{held}}).',
    'duplicate-standard-cal-other-kind':
      '{{person}} already holds an active Standard CAL for Exchange Server {{version}} ({{held}}). One is enough, User or Device: a User CAL covers its holder on every device.',
    'duplicate-enterprise-cal-other-kind':
      '{{person}} already holds an active Enterprise CAL for Exchange Server {{version}} ({{held}}). One is enough, User or Device: a User CAL covers its holder on every device.',
    'enterprise-needs-standard': 'An Enterprise CAL is only an add-on: assign {{person}} a Standard CAL first.',
    'enterprise-needs-standard-released':
      'An Enterprise CAL is only an add-on and needs a Standard CAL for as long as it is held: the Standard CAL of {{person}} is released on {{releasedOn}} and no other is held from that day. Assign {{person}} a Standard CAL from {{releasedOn}} first.',
    'cal-older-than-server':
      '{{product}} counts as Exchange Server {{calVersion}}, but the newest server, {{server}}, runs Exchange Server {{serverVersion}}. A CAL covers servers of its own version or earlier.',
    'cal-older-than-server-coverage-ended':
      '{{product}}: its Software Assurance or subscription ended on {{until}}, so it counts as Exchange Server {{calVersion}}; the newest server, {{server}}, runs Exchange Server {{serverVersion}}. A CAL covers servers of its own version or earlier.',
    'cal-older-than-server-se-coverage-ended':
      '{{product}}: its Software Assurance or subscription ended on {{until}}. The newest server, {{server}}, runs Exchange Server SE, which a CAL reaches only while its Software Assurance or subscription is active.',
    'cal-older-than-server-se-no-coverage':
      '{{product}} is recorded without Software Assurance or a subscription. The newest server, {{server}}, runs Exchange Server SE, which a CAL reaches only with one (record the lot\'s coverage if it has one).',
    'early-reassignment':
      'This seat of purchase {{purchase}} was assigned to {{previous}} on {{previousStart}} (days between: {{days}}). Reassigning within 90 days is allowed only when the previous user left, for absence cover or, for a Device CAL, after the device failed for good.',
    'account-disabled': 'The account of {{person}} is disabled in the latest import.',
    'assigned-before-purchase': 'The assignment date {{assignedOn}} is before the purchase date {{date}}.',
    'assigned-after-today': 'The assignment starts on {{assignedOn}}, after today ({{today}}): the CAL takes its seat now, but the person is not covered by it until then. Check the date unless the start is planned.',
  },
} satisfies MessageCatalog;
