/**
 * Seeded synthetic directory of an organization with `size` people, and the PowerShell exports of
 * it (Get-Mailbox as Windows PowerShell 5.1 writes it, Get-ADUser). Same seed, same bytes.
 */

import { seededRandom } from './random.mjs';

export type Random = () => number;
export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

/** A UUID-shaped id from the seeded stream (the app uses randomUUID; same length on disk). */
export function idMaker(rnd: Random): () => string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

const givenF = ['Anna', 'Małgorzata', 'Zofia', 'Katarzyna', 'Agnieszka', 'Ewa', 'Joanna', 'Żaneta', 'Beata', 'Łucja', 'Dorota', 'Halina', 'Urszula', 'Iwona', 'Grażyna', 'Jadwiga'];
const givenM = ['Łukasz', 'Piotr', 'Krzysztof', 'Jan', 'Paweł', 'Michał', 'Tomasz', 'Marcin', 'Grzegorz', 'Józef', 'Zdzisław', 'Bartłomiej', 'Jędrzej', 'Mikołaj', 'Wojciech', 'Stanisław'];
const surnameRoots = ['Nowak', 'Wiśniew', 'Wójcik', 'Kowalczyk', 'Kamiń', 'Lewandow', 'Zieliń', 'Szymań', 'Woźniak', 'Dąbrow', 'Kozłow', 'Jankow', 'Mazur', 'Kwiatkow', 'Krawczyk', 'Piotrow', 'Grabow', 'Nowakow', 'Pawłow', 'Michalski', 'Żółkiew', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek', 'Jabłoń', 'Wróbel', 'Sikora', 'Gołębiow', 'Chmielew', 'Łęcki', 'Ślusarczyk'];
const departments = ['Księgowość', 'Kadry i płace', 'Sprzedaż, region północ', 'Sprzedaż, region południe', 'Logistyka', 'IT', 'Zarząd', 'Obsługa klienta', 'Marketing', 'Produkcja', 'Jakość', 'Zakupy'];
const titles = ['Specjalista', 'Starszy specjalista', 'Kierownik', 'Dyrektor', 'Asystent(ka)', 'Konsultant "senior"', 'Księgowa'];

const asciiMap: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
export const asciiFold = (s: string): string => s.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => asciiMap[c] ?? c).replace(/[^a-z0-9.]/g, '');

function surnameOf(root: string, female: boolean): string {
  if (/(ew|ń|ow)$/.test(root)) return root.endsWith('ń') ? `${root.slice(0, -1)}${female ? 'ska' : 'ski'}` : `${root}${female ? 'ska' : 'ski'}`;
  return root;
}

export type PersonMailboxType = 'UserMailbox' | 'LinkedMailbox' | 'RemoteUserMailbox';

/** One person of the synthetic organization, as Exchange and AD know them. */
export interface DirectoryPerson {
  givenName: string;
  surname: string;
  email: string;
  upn: string;
  login: string;
  department: string;
  title: string;
  enabled: boolean;
  /** null: an AD account without a mailbox (a contractor without mail). */
  mailbox: PersonMailboxType | null;
  /** `Local`, `HostedProvisioned` (cloud archive) or `None`. */
  archiveState: 'Local' | 'HostedProvisioned' | 'None';
  litigationHold: boolean;
  /** Joined hold GUIDs, '' for none, or the .NET type name of a badly exported list. */
  inPlaceHolds: string;
  whenCreated: Date;
  /** In the register (false: hired since the last import; the export brings them in). */
  inRegister: boolean;
  /** In today's exports (false: gone from the directory since the register was made). */
  inExport: boolean;
}

/** A mailbox that is not a person's: shared, resource and system mailboxes. */
export interface OtherMailbox {
  displayName: string;
  alias: string;
  email: string;
  upn: string;
  login: string;
  recipientType: string;
}

export interface Directory {
  size: number;
  people: DirectoryPerson[];
  others: OtherMailbox[];
  /** Accounts only in AD: HealthMailbox…, SM_… and service accounts. */
  serviceAccounts: Array<{ login: string; upn: string }>;
}

const DOMAIN = 'przyklad.pl';
const AD_DOMAIN = 'przyklad.local';

/**
 * A directory with `size` people in the register, 3% more hired since (only in the exports),
 * 2% gone (only in the register), shared/room/equipment/system mailboxes and service accounts.
 */
export function generateDirectory(size: number, seed = 20251125): Directory {
  const rnd = seededRandom(seed ^ size);
  const used = new Map<string, number>();
  const usedLogins = new Map<string, number>();
  const hires = Math.round(size * 0.03);
  const people: DirectoryPerson[] = [];
  for (let i = 0; i < size + hires; i += 1) {
    const female = rnd() < 0.5;
    const givenName = pick(rnd, female ? givenF : givenM);
    const surname = surnameOf(pick(rnd, surnameRoots), female);
    const base = `${asciiFold(givenName)}.${asciiFold(surname)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const local = n === 1 ? base : `${base}${n}`;
    const loginBase = `${asciiFold(givenName).slice(0, 1)}${asciiFold(surname)}`.slice(0, 14);
    const k = (usedLogins.get(loginBase) ?? 0) + 1;
    usedLogins.set(loginBase, k);
    const login = k === 1 ? loginBase : `${loginBase}${k}`;
    const r = rnd();
    const mailbox: PersonMailboxType | null = r < 0.94 ? 'UserMailbox' : r < 0.97 ? 'LinkedMailbox' : r < 0.98 ? 'RemoteUserMailbox' : null;
    const a = rnd();
    const h = rnd();
    people.push({
      givenName,
      surname,
      email: `${local}@${DOMAIN}`,
      upn: `${login}@${AD_DOMAIN}`,
      login,
      department: pick(rnd, departments),
      title: pick(rnd, titles),
      enabled: rnd() >= 0.05,
      mailbox,
      archiveState: mailbox === null ? 'None' : a < 0.08 ? 'Local' : a < 0.1 ? 'HostedProvisioned' : 'None',
      litigationHold: mailbox !== null && rnd() < 0.03,
      inPlaceHolds: h < 0.02 ? `UniH${Math.floor(rnd() * 1e12).toString(16)};UniH${Math.floor(rnd() * 1e12).toString(16)}` : h < 0.03 ? 'System.Collections.Generic.List`1[System.String]' : '',
      whenCreated: new Date(Date.UTC(2012, 0, 1) + Math.floor(rnd() * 4700) * 86_400_000 + Math.floor(rnd() * 86_400_000)),
      inRegister: i < size,
      inExport: i >= size || rnd() >= 0.02,
    });
  }
  const others: OtherMailbox[] = [];
  const addOther = (recipientType: string, alias: string, displayName: string): void => {
    others.push({ displayName, alias, email: `${alias}@${DOMAIN}`, upn: recipientType === 'SharedMailbox' ? '' : `${alias}@${AD_DOMAIN}`, login: alias.slice(0, 20), recipientType });
  };
  for (let i = 0; i < Math.max(2, Math.round(size * 0.04)); i += 1) addOther('SharedMailbox', `biuro${i + 1}`, `Biuro ${pick(rnd, departments)} ${i + 1}`);
  for (let i = 0; i < Math.max(1, Math.round(size * 0.01)); i += 1) addOther('RoomMailbox', `sala${i + 1}`, `Sala konferencyjna ${i + 1} (piętro ${i % 9})`);
  for (let i = 0; i < Math.max(1, Math.round(size * 0.005)); i += 1) addOther('EquipmentMailbox', `rzutnik${i + 1}`, `Rzutnik nr ${i + 1}`);
  addOther('DiscoveryMailbox', 'DiscoverySearchMailbox{D919BA05-46A6-415f-80AD-7E09334BB852}', 'Discovery Search Mailbox');
  for (let i = 0; i < 3; i += 1) addOther('ArbitrationMailbox', `SystemMailbox{${i}bf8b2ee-1c5d-4ca4-9c3a-2e1a7a1f6e0${i}}`, `Microsoft Exchange ${i}`);
  addOther('AuditLogMailbox', 'SystemMailbox{8cc370d3-822a-4ab8-a926-bb94bd0641a9}', 'Microsoft Exchange audit');
  addOther('PublicFolderMailbox', 'PFMailbox1', 'Foldery publiczne');
  const databases = Math.max(2, Math.ceil(size / 2000));
  const serviceAccounts: Directory['serviceAccounts'] = [];
  for (let i = 0; i < databases; i += 1) {
    const login = `HealthMailbox${Math.floor(rnd() * 0xfffffff).toString(16)}`;
    addOther('MonitoringMailbox', login, login);
    serviceAccounts.push({ login: `SM_${Math.floor(rnd() * 0xfffffff).toString(16)}`, upn: '' });
  }
  for (const name of ['svc_backup', 'svc_sql', 'svc_scan', 'krbtgt', 'Guest']) serviceAccounts.push({ login: name, upn: name === 'Guest' ? '' : `${name}@${AD_DOMAIN}` });
  return { size, people, others, serviceAccounts };
}

export const recipientTypeOf = (p: DirectoryPerson): string => p.mailbox ?? '';

/** A PowerShell Export-Csv line: every value quoted, inner quotes doubled. */
const psLine = (values: readonly string[]): string => values.map((v) => `"${v.replace(/"/g, '""')}"`).join(',');

/** `Export-Csv` without -UseCulture writes dates in the invariant culture. */
const invariantDate = (d: Date): string => {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};

const mailboxHeaders = ['DisplayName', 'Alias', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds', 'WhenCreated', 'Database'];
const adHeaders = ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'LastLogonDate', 'whenCreated', 'Department', 'Title'];

/** `Get-Mailbox … | Export-Csv mailboxes.csv -Encoding Unicode` in Windows PowerShell 5.1: UTF-16LE BOM, #TYPE, quoted, CRLF. */
export function mailboxExport(dir: Directory): Uint8Array {
  const lines = ['#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox', psLine(mailboxHeaders)];
  const db = (i: number): string => `DB${String((i % Math.max(2, Math.ceil(dir.size / 2000))) + 1).padStart(2, '0')}`;
  dir.people.forEach((p, i) => {
    if (!p.inExport || p.mailbox === null) return;
    const archiveStatus = p.archiveState === 'Local' ? 'Active' : 'None';
    lines.push(
      psLine([`${p.givenName} ${p.surname}`, p.login, p.email, p.upn, p.login, p.mailbox, archiveStatus, p.archiveState, p.litigationHold ? 'True' : 'False', p.inPlaceHolds, invariantDate(p.whenCreated), db(i)]),
    );
  });
  dir.others.forEach((o, i) => lines.push(psLine([o.displayName, o.alias, o.email, o.upn, o.login, o.recipientType, 'None', 'None', 'False', '', '01/15/2016 08:00:00', db(i)])));
  return new Uint8Array(Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf16le'));
}

/** `Get-ADUser -Filter * … | Export-Csv adusers.csv -Encoding UTF8` in Windows PowerShell 5.1: UTF-8 BOM, #TYPE, quoted, CRLF. */
export function adUserExport(dir: Directory): Uint8Array {
  const lines = ['#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser', psLine(adHeaders)];
  for (const p of dir.people) {
    if (!p.inExport) continue;
    const lastLogon = p.enabled ? invariantDate(new Date(p.whenCreated.getTime() + 400 * 86_400_000)) : '';
    lines.push(psLine([p.givenName, p.surname, p.login, p.upn, p.email, p.enabled ? 'True' : 'False', lastLogon, invariantDate(p.whenCreated), p.department, p.title]));
  }
  for (const o of dir.others) if (o.upn) lines.push(psLine(['', '', o.login, o.upn, o.email, 'False', '', '01/15/2016 08:00:00', '', '']));
  for (const s of dir.serviceAccounts) lines.push(psLine(['', '', s.login, s.upn, '', s.login === 'Guest' || s.login === 'krbtgt' ? 'False' : 'True', '', '01/15/2016 08:00:00', '', '']));
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]));
}
