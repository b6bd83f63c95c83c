import type { Assignment, Person, Purchase, RegisterDocument, Server } from '../domain/model';
import type { ChecklistPoint } from '../contracts/ledger';
import { catalogProduct } from '../licensing/catalog';
import { trialDaysLeftOn } from '../licensing/compliance-servers';
import { analyseInventory } from '../licensing/inventory';
import { interpolate, localizedParams, type ParamFormatters } from '../licensing/messages';
import { isOwnedOn, lotReaches } from '../licensing/coverage';
import { newestServer, seatsHeldOn, serversInUse } from '../licensing/register-view';

type ProofStatus = 'ok' | 'missing' | 'altered' | 'unreadable';
type Params = Record<string, string | number>;

/** English reasons; the UI and the workbook translate `checklist.<reasonKey>`. */
export const checklistReasonsEn: Record<string, string> = {
  'server-activated': 'Server {{server}} is activated.',
  'server-none': 'No Exchange server is recorded in the register.',
  'server-trial': 'Server {{server}} runs as a trial (days left: {{days}}).',
  'server-trial-expired': 'The trial of server {{server}} has ended and no product key was entered.',
  'server-unknown': 'The activation of server {{server}} was never checked.',
  'account-ok': '{{person}} has an enabled domain account and a mailbox.',
  'account-all-ok': 'Every CAL holder has a confirmed enabled domain account and a mailbox ({{count}}).',
  'account-missing': 'CAL holders without a confirmed enabled account or mailbox: {{count}}.',
  'account-not-confirmed': 'The account and mailbox of {{person}} were not confirmed.',
  'within-cals': 'Users who need a CAL: {{users}}; Standard User CALs held that reach the newest server: {{cals}}.',
  'over-cals': 'Users who need a CAL: {{users}}, but Standard User CALs held that reach the newest server: only {{cals}}.',
  'users-not-imported':
    'Not verified: no mailbox export is imported, so only the people recorded in the register are known ({{users}}; Standard User CALs held that reach the newest server: {{cals}}). Import a Get-Mailbox export to check.',
  'documented': 'Active assignments that name a person, a date and a purchase document: {{count}}.',
  'undocumented': 'Active assignments without a purchase document number: {{count}}.',
  'proof-ok': 'Every purchase lot has an intact proof of purchase.',
  'proof-missing': 'Purchase lots without a proof file, or with a missing or altered one: {{count}}.',
  'no-assignments': 'No CAL is assigned on this date, so no assignment documents one.',
  'no-holders': 'No CAL is assigned on this date, so there is no holder whose account to confirm.',
  'no-purchases': 'No purchase is owned on this date (none is recorded, or every one is dated later or voided), so there is no proof of purchase.',
  'documented-one': 'The assignment names {{person}}, its date and purchase document {{document}}.',
  'undocumented-one': 'The purchase this CAL comes from has no invoice or order number.',
  'proof-ok-lot': 'The purchase this CAL comes from has an intact proof of purchase.',
  'proof-missing-lot': 'The purchase this CAL comes from has no proof file, or its file is missing or altered.',
};

export const checklistReasonsPl: Record<keyof typeof checklistReasonsEn, string> = {
  'server-activated': 'Serwer {{server}} jest aktywowany.',
  'server-none': 'W rejestrze nie ma żadnego serwera Exchange.',
  'server-trial': 'Serwer {{server}} działa w wersji próbnej (zostało dni: {{days}}).',
  'server-trial-expired': 'Wersja próbna serwera {{server}} wygasła, a klucz produktu nie został wprowadzony.',
  'server-unknown': 'Aktywacji serwera {{server}} nigdy nie sprawdzono.',
  'account-ok': '{{person}}: aktywne konto domenowe i skrzynka pocztowa.',
  'account-all-ok': 'Każdy posiadacz licencji CAL ma potwierdzone aktywne konto domenowe i skrzynkę pocztową ({{count}}).',
  'account-missing': 'Posiadacze CAL bez potwierdzonego aktywnego konta lub skrzynki: {{count}}.',
  'account-not-confirmed': 'Nie potwierdzono konta i skrzynki pocztowej: {{person}}.',
  'within-cals': 'Użytkownicy wymagający CAL: {{users}}; posiadane licencje Standard CAL na użytkownika obejmujące najnowszy serwer: {{cals}}.',
  'over-cals': 'Użytkownicy wymagający CAL: {{users}}, a posiadane licencje Standard CAL na użytkownika obejmujące najnowszy serwer: tylko {{cals}}.',
  'users-not-imported':
    'Nie sprawdzono: nie zaimportowano eksportu skrzynek pocztowych, więc znane są tylko osoby zapisane w rejestrze ({{users}}; posiadane licencje Standard CAL na użytkownika obejmujące najnowszy serwer: {{cals}}). Zaimportuj eksport Get-Mailbox, aby to sprawdzić.',
  'documented': 'Aktywne przypisania z osobą, datą i numerem dokumentu zakupu: {{count}}.',
  'undocumented': 'Aktywne przypisania bez numeru dokumentu zakupu: {{count}}.',
  'proof-ok': 'Każdy zakup ma nienaruszony dowód zakupu.',
  'proof-missing': 'Zakupy bez pliku dowodu zakupu albo z brakującym lub zmienionym plikiem: {{count}}.',
  'no-assignments': 'Na ten dzień nie przypisano żadnej licencji CAL, więc żadne przypisanie jej nie dokumentuje.',
  'no-holders': 'Na ten dzień nie przypisano żadnej licencji CAL, więc nie ma posiadacza, którego konto można potwierdzić.',
  'no-purchases': 'Na ten dzień nie ma żadnego posiadanego zakupu (żaden nie jest zapisany albo każdy ma późniejszą datę lub jest unieważniony), więc nie ma dowodu zakupu.',
  'documented-one': 'Przypisanie wskazuje osobę {{person}}, datę i dokument zakupu {{document}}.',
  'undocumented-one': 'Zakup, z którego pochodzi ta licencja CAL, nie ma numeru faktury ani zamówienia.',
  'proof-ok-lot': 'Zakup, z którego pochodzi ta licencja CAL, ma nienaruszony dowód zakupu.',
  'proof-missing-lot': 'Zakup, z którego pochodzi ta licencja CAL, nie ma pliku dowodu zakupu albo jego plik zaginął lub został zmieniony.',
};

/** The guide's verification points, as printed in the workbook and shown in the wizard. */
export const checklistPointNames: Record<'en' | 'pl', Record<ChecklistPoint['id'], string>> = {
  en: {
    'server-active': 'The server is active and working',
    'account-and-mailbox': 'The user has an active domain account and a mailbox',
    'users-within-cals': 'Exchange users do not outnumber the User CALs held',
    documented: 'The documentation says to whom each CAL is assigned',
    'proof-of-purchase': 'There is a proof of purchase (invoice, certificate, license e-mail)',
  },
  pl: {
    'server-active': 'Serwer jest aktywny i działa',
    'account-and-mailbox': 'Użytkownik ma aktywne konto domenowe i skrzynkę pocztową',
    'users-within-cals': 'Użytkowników Exchange nie jest więcej niż posiadanych CAL na użytkownika',
    documented: 'Dokumentacja wskazuje, komu przypisano każdą licencję CAL',
    'proof-of-purchase': 'Istnieje dowód zakupu (faktura, certyfikat, e-mail licencyjny)',
  },
};

/** A checklist point's reason in the given language, its counts and dates written by `format` as the UI writes them (localizedParams). */
export function checklistReason(point: ChecklistPoint, lang: 'en' | 'pl', format: ParamFormatters): string {
  const templates: Record<string, string> = lang === 'pl' ? checklistReasonsPl : checklistReasonsEn;
  return interpolate(templates[point.reasonKey] ?? point.reason, localizedParams(point.params, format));
}

const point = (id: ChecklistPoint['id'], passed: boolean, reasonKey: string, params: Params = {}): ChecklistPoint => ({
  id,
  passed,
  reason: interpolate(checklistReasonsEn[reasonKey] ?? reasonKey, params),
  reasonKey,
  params,
});

/** Whether the servers in use are activated; with `chosen` (the server the wizard verified), that server alone. */
function serverPoint(doc: RegisterDocument, asOf: string, chosen?: Server): ChecklistPoint {
  const newest = newestServer(serversInUse(doc.servers, asOf), asOf);
  if (!newest && !chosen) return point('server-active', false, 'server-none');
  const judged = chosen ? [chosen] : serversInUse(doc.servers, asOf);
  // The worst of the servers not activated is named: an ended trial, then the trial with the fewest days left, then one never checked.
  // As the findings count it: the days left on the report's date, not on the day they were read.
  const states = judged
    .filter((s) => s.activation.state !== 'activated')
    .map((server) => {
      const daysLeft = trialDaysLeftOn(server.activation, asOf);
      const ended = server.activation.state === 'trial-expired' || (daysLeft !== null && daysLeft < 0);
      return { server, daysLeft, rank: ended ? -1 : (daysLeft ?? Number.MAX_SAFE_INTEGER) };
    });
  const worst = states.reduce<(typeof states)[number] | null>((w, s) => (w === null || s.rank < w.rank ? s : w), null);
  if (!worst) return point('server-active', true, 'server-activated', { server: (chosen ?? newest!.server).name });
  const { server: bad, daysLeft, rank } = worst;
  if (rank < 0) return point('server-active', false, 'server-trial-expired', { server: bad.name });
  if (daysLeft !== null) return point('server-active', false, 'server-trial', { server: bad.name, days: daysLeft });
  return point('server-active', false, 'server-unknown', { server: bad.name });
}

/** A proof, and every proof file the lot names still as it was attached: a missing or altered one is not outweighed by another. */
const hasIntactProof = (purchase: Purchase, proofStatus: Map<string, ProofStatus>): boolean =>
  purchase.proofIds.length > 0 && purchase.proofIds.every((id) => (proofStatus.get(id) ?? 'ok') === 'ok');

function proofPoint(doc: RegisterDocument, asOf: string, proofStatus: Map<string, ProofStatus>): ChecklistPoint {
  // The lots owned on the date, as the Purchases sheet counts them: a lot bought later is not yet to be proved.
  const lots = doc.purchases.filter((p) => isOwnedOn(p, asOf));
  if (lots.length === 0) return point('proof-of-purchase', false, 'no-purchases');
  const lacking = lots.filter((p) => !hasIntactProof(p, proofStatus)).length;
  return lacking === 0 ? point('proof-of-purchase', true, 'proof-ok') : point('proof-of-purchase', false, 'proof-missing', { count: lacking });
}

function usersPoint(doc: RegisterDocument, asOf: string): ChecklistPoint {
  const analysis = analyseInventory(doc, asOf);
  const isStandardUserCal = (productId: string | undefined) => {
    const product = productId ? catalogProduct(productId) : null;
    return product?.tier === 'standard' && product.kind === 'user';
  };
  // Lots owned on the date whose CALs reach the newest server in use, as the compliance position counts
  // them: a lot bought later holds no CAL yet, and no CAL without active SA or subscription reaches an SE server.
  const newest = newestServer(serversInUse(doc.servers, asOf), asOf);
  const reaches = (p: Purchase): boolean => {
    const product = catalogProduct(p.productId);
    return !newest || (product !== null && lotReaches(product, p.coverage, asOf, newest.version));
  };
  const owned = (p: Purchase): boolean => isOwnedOn(p, asOf) && isStandardUserCal(p.productId) && reaches(p);
  const cals = doc.purchases.filter(owned).reduce((n, p) => n + p.quantity, 0);
  // The users the Summary's Required counts: a CAL holder without a mailbox, or an external user, is no Exchange user needing one.
  const users = analysis.summary.needCal;
  if (users > cals) return point('users-within-cals', false, 'over-cals', { users, cals });
  // Without a mailbox export the register's own people are all it knows: the point is not shown to pass.
  if (analysis.mailboxesSeenOn === null) return point('users-within-cals', false, 'users-not-imported', { users, cals });
  return point('users-within-cals', true, 'within-cals', { users, cals });
}

/**
 * Whether the holder's account is enabled and has a mailbox, by the newer of two words: the last
 * import's directory facts and the check the admin recorded with the assignment. A check made
 * in the wizard after the import is not overruled by it; an import after the check is newer.
 */
const holderConfirmed = (person: Person | undefined, a: Assignment): boolean => {
  const directory = person?.directory;
  const imported = directory && directory.accountEnabled !== null && directory.mailboxType !== null ? directory.accountEnabled && directory.mailboxType !== '' : null;
  const checked = a.verification ? a.verification.accountEnabled && a.verification.hasMailbox : null;
  if (imported === null || checked === null) return imported ?? checked ?? false;
  return a.verification!.checkedAt >= (directory?.seenAt ?? '') ? checked : imported;
};

/** The vendor guide's verification points for the whole register. */
export function registerChecklist(doc: RegisterDocument, asOf: string, proofStatus: Map<string, ProofStatus> = new Map()): ChecklistPoint[] {
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  // Seats held that day of lots owned that day, as the Summary's active assignments count them.
  const active = seatsHeldOn(doc.assignments, purchases, asOf);
  // Holders, not seats: someone with a Standard and an Enterprise CAL is one person to confirm.
  const holders = new Set(active.map((a) => a.personId)).size;
  // People by id: looking each holder up in the list took minutes at 50,000 people (a scan per CAL held).
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const unconfirmed = new Set(active.filter((a) => !holderConfirmed(people.get(a.personId), a)).map((a) => a.personId)).size;
  const undocumented = active.filter((a) => !purchases.get(a.purchaseId)?.document).length;
  return [
    serverPoint(doc, asOf),
    // With no CAL held there is nobody to confirm: not shown as met.
    holders === 0
      ? point('account-and-mailbox', false, 'no-holders')
      : unconfirmed === 0
        ? point('account-and-mailbox', true, 'account-all-ok', { count: holders })
        : point('account-and-mailbox', false, 'account-missing', { count: unconfirmed }),
    usersPoint(doc, asOf),
    active.length === 0
      ? point('documented', false, 'no-assignments')
      : undocumented === 0
        ? point('documented', true, 'documented', { count: active.length })
        : point('documented', false, 'undocumented', { count: undocumented }),
    proofPoint(doc, asOf, proofStatus),
  ];
}

/**
 * The same points for one assignment, shown at the end of the wizard: the server the wizard
 * verified (`serverId`; every server in use without it), this holder, this purchase. Only the
 * count of users against CALs is the whole register's, as the guide's point is.
 */
export function assignmentChecklist(
  doc: RegisterDocument,
  assignmentId: string,
  asOf: string,
  proofStatus: Map<string, ProofStatus> = new Map(),
  serverId?: string,
): ChecklistPoint[] {
  const assignment = doc.assignments.find((a) => a.id === assignmentId);
  if (!assignment) return [];
  const person = doc.people.find((p) => p.id === assignment.personId);
  const purchase = doc.purchases.find((p) => p.id === assignment.purchaseId);
  const who = person ? [person.givenName, person.surname].filter(Boolean).join(' ') || person.email || person.login : assignment.personId;
  const confirmed = holderConfirmed(person, assignment);
  const proven = purchase !== undefined && hasIntactProof(purchase, proofStatus);
  return [
    serverPoint(doc, asOf, doc.servers.find((s) => s.id === serverId)),
    point('account-and-mailbox', confirmed, confirmed ? 'account-ok' : 'account-not-confirmed', { person: who }),
    usersPoint(doc, asOf),
    purchase?.document ? point('documented', true, 'documented-one', { person: who, document: purchase.document }) : point('documented', false, 'undocumented-one'),
    point('proof-of-purchase', proven, proven ? 'proof-ok-lot' : 'proof-missing-lot'),
  ];
}
