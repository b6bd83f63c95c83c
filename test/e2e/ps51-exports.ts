import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Windows PowerShell 5.1 `Export-Csv -Encoding Unicode`: UTF-16LE with BOM, a #TYPE line, every value quoted, CRLF. */
export function ps51Csv(type: string, headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const text = [`#TYPE ${type}`, headers.map(quote).join(','), ...rows.map((r) => r.map(quote).join(','))].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const mailboxHeaders = ['DisplayName', 'Alias', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds', 'WhenCreated', 'Database'];
const adHeaders = ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'LastLogonDate', 'whenCreated', 'Department', 'Title'];

/** One person of the sample organization: their mailbox type and whether the AD account is enabled. */
export interface SamplePerson {
  given: string;
  surname: string;
  login: string;
  type: 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox';
  enabled: boolean;
  department: string;
}

export const samplePeople: readonly SamplePerson[] = [
  { given: 'Łukasz', surname: 'Żółkiewski', login: 'lzolkiewski', type: 'UserMailbox', enabled: true, department: 'IT' },
  { given: 'Anna', surname: 'Nowak', login: 'anowak', type: 'UserMailbox', enabled: true, department: 'Księgowość' },
  { given: 'Jan', surname: 'Kowalski', login: 'jkowalski', type: 'UserMailbox', enabled: true, department: 'Zarząd' },
  { given: 'Biuro', surname: '', login: 'biuro', type: 'SharedMailbox', enabled: false, department: '' },
  { given: 'Sala', surname: 'Konferencyjna', login: 'sala1', type: 'RoomMailbox', enabled: false, department: '' },
];

export const emailOf = (login: string) => `${login}@przyklad.pl`;

/** Writes mailboxes.csv (Get-Mailbox) and adusers.csv (Get-ADUser) as Windows PowerShell 5.1 writes them; returns their paths. */
export async function writeSampleExports(dir: string, people: readonly SamplePerson[] = samplePeople): Promise<{ mailboxes: string; adUsers: string }> {
  const mailboxes = join(dir, 'mailboxes.csv');
  const adUsers = join(dir, 'adusers.csv');
  const mailboxRows = people.map((p) => [
    `${p.given} ${p.surname}`.trim(),
    p.login,
    emailOf(p.login),
    emailOf(p.login),
    p.login,
    p.type,
    'None',
    'None',
    'False',
    '',
    '04.11.2024 09:15:00',
    'DB01',
  ]);
  const adRows = people
    .filter((p) => p.type === 'UserMailbox')
    .map((p) => [p.given, p.surname, p.login, emailOf(p.login), emailOf(p.login), p.enabled ? 'True' : 'False', '20.11.2026 08:00:00', '01.02.2020 10:00:00', p.department, '']);
  await writeFile(mailboxes, ps51Csv('Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox', mailboxHeaders, mailboxRows));
  await writeFile(adUsers, ps51Csv('Selected.Microsoft.ActiveDirectory.Management.ADUser', adHeaders, adRows));
  return { mailboxes, adUsers };
}
