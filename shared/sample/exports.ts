/**
 * The PowerShell exports and proof files of the sample register, generated as text: Get-Mailbox,
 * Get-ADUser and Get-ExchangeServerAccessLicense as PowerShell 7 writes them (UTF-8, no #TYPE).
 */
import { sampleDomain, sampleOtherMailboxes, samplePeople, type SampleProof } from './company';

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (header: string[], rows: string[][]): string => [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** A date as an en-US PowerShell writes it (`MM/dd/yyyy HH:mm:ss`). */
const psDate = (isoDay: string): string => {
  const [y, m, d] = isoDay.split('-');
  return `${m}/${d}/${y} 08:00:00`;
};

export function mailboxesCsv(createdOn: string): string {
  const header = ['DisplayName', 'Alias', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds', 'WhenCreated', 'Database'];
  const people = samplePeople
    .filter((p) => p.mailbox === 'user')
    .map((p) => {
      const address = `${p.login}@${sampleDomain}`;
      return [
        `${p.givenName} ${p.surname}`,
        p.login,
        address,
        address,
        p.login.slice(0, 20),
        'UserMailbox',
        p.archive ? 'Active' : 'None',
        p.archive ? 'Local' : 'None',
        p.litigationHold ? 'True' : 'False',
        '',
        psDate(createdOn),
        'DB01',
      ];
    });
  const others = sampleOtherMailboxes.map((m) => {
    const address = `${m.alias}@${sampleDomain}`;
    return [m.displayName, m.alias, address, address, m.alias.slice(0, 20), m.type, 'None', 'None', 'False', '', psDate(createdOn), 'DB01'];
  });
  return csv(header, [...people, ...others]);
}

export function adUsersCsv(lastLogon: string): string {
  const header = ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'LastLogonDate', 'whenCreated', 'Department', 'Title'];
  const rows = samplePeople.map((p) => {
    const address = `${p.login}@${sampleDomain}`;
    return [p.givenName, p.surname, p.login.slice(0, 20), address, p.mailbox === 'user' ? address : '', p.accountEnabled ? 'True' : 'False', psDate(lastLogon), psDate(lastLogon), p.department, p.title];
  });
  return csv(header, rows);
}

/** Exchange's own count: user and shared mailboxes as Standard CAL users (more than the register). */
export function calUsageCsv(): string {
  const users = samplePeople.filter((p) => p.mailbox === 'user').length;
  const shared = sampleOtherMailboxes.filter((m) => m.type === 'SharedMailbox').length;
  const enterprise = samplePeople.filter((p) => p.archive || p.litigationHold).length;
  return csv(
    ['LicenseName', 'ProductName', 'UnitLabel', 'TabulationMethod', 'Count'],
    [
      ['Exchange Server 2019 Standard CAL', 'Exchange Server 2019', 'CAL', 'Net', String(users + shared)],
      ['Exchange Server 2019 Enterprise CAL', 'Exchange Server 2019', 'CAL', 'Net', String(enterprise)],
    ],
  );
}

/** A one-page PDF with the given lines (Helvetica, ASCII only), offsets computed so readers accept it. */
export function minimalPdf(lines: readonly string[]): string {
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/[^\x20-\x7e]/g, '?');
  const escape = (s: string) => ascii(s).replace(/([\\()])/g, '\\$1');
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 22} Td (${escape(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/** The bytes of a proof file as text (the PDF is plain ASCII, the others UTF-8). */
export function proofFileText(proof: SampleProof, issuedOn: string): string {
  if (proof.kind === 'invoice-pdf') return minimalPdf([...proof.lines, `Data wystawienia: ${issuedOn}`]);
  if (proof.kind === 'license-email') {
    return [`From: zamowienia@partner.przyklad.pl`, `To: it@${sampleDomain}`, `Date: ${issuedOn}`, 'Content-Type: text/plain; charset=utf-8', '', ...proof.lines, ''].join('\r\n');
  }
  return [...proof.lines, `Data: ${issuedOn}`, ''].join('\n');
}
