import type { HelpContent } from './types';

/** "How CAL licensing works" in English, built from the facts in DOMAIN.md. */
export const helpEn: HelpContent = {
  'cal-and-server': {
    id: 'cal-and-server',
    title: 'Server license and Client Access License',
    summary: 'Exchange needs two kinds of license: one for each server and one for each user or device that reaches it.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Every Exchange server needs a server license, in the Standard or the Enterprise edition. The editions differ in scale: a Standard server mounts up to 5 databases, an Enterprise server up to 100.',
      },
      {
        kind: 'paragraph',
        text: 'Every user or device that accesses the server needs a Client Access License (CAL). The CAL edition does not depend on the server edition: a Standard CAL may access an Enterprise-edition server.',
      },
      {
        kind: 'paragraph',
        text: 'A CAL is a right that you assign and document. The register records who holds each CAL, from which purchase, since when, and where the proof of purchase is.',
      },
    ],
  },
  'no-key': {
    id: 'no-key',
    title: 'A CAL has no key',
    summary: 'A CAL is never activated; only the server is, with its product key.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'There is nowhere to enter a "CAL key". If you are looking for one, the server license and the access license are being confused. The server is activated separately with its product key, and then the Exchange services are restarted:',
      },
      { kind: 'command', text: 'Set-ExchangeServer -Identity <Server> -ProductKey <Key>' },
      { kind: 'paragraph', text: 'To check the edition, the build and whether the server still runs as a trial:' },
      { kind: 'command', text: 'Get-ExchangeServer | Format-List Name,Edition,AdminDisplayVersion,IsExchangeTrialEdition,RemainingTrialPeriod' },
      {
        kind: 'paragraph',
        text: 'Creating a mailbox is technical configuration; it does not mean a CAL is held. Exchange keeps working when there are more mailboxes than CALs, but the environment is then not compliant.',
      },
    ],
  },
  'user-vs-device': {
    id: 'user-vs-device',
    title: 'User CAL or Device CAL',
    summary: 'A User CAL follows a person; a Device CAL stays with a device.',
    blocks: [
      {
        kind: 'list',
        items: [
          'A User CAL covers one named person on any number of devices: office PC, laptop and phone; Outlook, Outlook on the web and mobile access are all covered by the same CAL.',
          'A User CAL cannot be shared by several people, even on one computer.',
          'A Device CAL covers one device used by any number of people, for example a shared reception PC.',
          'An organization may mix User and Device CALs; the register records which one each purchase is.',
          'A person needs one CAL of each edition and version: a User CAL and a Device CAL of the same version given to one person license them twice, so assigning the second is refused and the check reports it.',
        ],
      },
    ],
  },
  'standard-vs-enterprise': {
    id: 'standard-vs-enterprise',
    title: 'Standard CAL and Enterprise CAL',
    summary: 'The Enterprise CAL is an add-on: a user with one also needs a Standard CAL.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'The Standard CAL covers mail, calendar, contacts and tasks, Outlook on the web, ActiveSync mobile access with basic policies, anti-malware and anti-spam, per-database journaling, default retention policies and in-place eDiscovery search.',
      },
      { kind: 'paragraph', text: 'A mailbox that uses any of these features needs an Enterprise CAL in addition to its Standard CAL:' },
      {
        kind: 'list',
        items: [
          'an on-premises archive mailbox (a cloud archive is licensed in Exchange Online);',
          'in-place or litigation hold;',
          'data loss prevention and information rights protection;',
          'custom retention policies;',
          'journaling per user or per distribution list;',
          'Unified Messaging (Exchange 2016 only).',
        ],
      },
      {
        kind: 'paragraph',
        text: 'The import reads archives and holds from Get-Mailbox; the other features are recorded by hand on a person when you know they apply.',
      },
    ],
  },
  versions: {
    id: 'versions',
    title: 'Versions and Exchange Server SE',
    summary: 'A CAL reaches servers of its own version or earlier.',
    blocks: [
      {
        kind: 'list',
        items: [
          'A 2019 CAL covers 2016 and 2019 servers; a 2016 CAL does not cover a 2019 server.',
          'The register takes the newest Exchange server it lists as the version every CAL must reach. This is the conservative reading, and each finding says so.',
          'Exchange Server Subscription Edition (SE) succeeds 2019 (build 15.2.2562 and later). It may be used only with subscription licenses or licenses with active Software Assurance, and so may every CAL that reaches an SE server.',
          'SE was released in July 2025. The register keeps no date a server started running SE, so as of a date before 1 July 2025 a server recorded as SE is judged as the Exchange 2019 it was then; with no server recorded and no purchase owned on that date, CALs are judged against Exchange 2019.',
          'A purchase therefore records its coverage: perpetual, perpetual with Software Assurance until a date, or subscription until a date. While the coverage is active the CAL counts as the newest version: SE from its release, Exchange 2019 before 1 July 2025; after its end date it counts as the version bought.',
          'Exchange 2016 and 2019 left extended support on 14 October 2025. Their licenses stay valid; the register flags such servers for information.',
        ],
      },
    ],
  },
  'who-needs-a-cal': {
    id: 'who-needs-a-cal',
    title: 'Who needs a CAL and who does not',
    summary: 'People with user mailboxes need CALs; shared, resource and system mailboxes do not.',
    blocks: [
      {
        kind: 'table',
        head: ['Mailbox or recipient', 'CAL for the mailbox itself'],
        rows: [
          ['User mailbox, linked mailbox, remote user mailbox with on-premises access', 'Yes: a Standard CAL for the person'],
          ['Shared mailbox', 'No: the people who open it need their own CAL'],
          ['Room and equipment mailboxes', 'No'],
          ['Discovery, arbitration, audit log, system, monitoring and public folder mailboxes', 'No (system mailboxes)'],
          ['Mail users and mail contacts (no mailbox on the server)', 'No'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'The register counts as an auditor would: every user or linked mailbox needs a Standard CAL even when its Active Directory account is disabled, because the server still serves it. Convert such a mailbox to a shared one or remove it, then release its CAL.',
      },
      {
        kind: 'paragraph',
        text: "Exchange's own CAL report also counts shared mailboxes, so it may show more than the register; the Findings screen explains the difference. A setting counts shared mailboxes as needing a CAL when you prefer that rule.",
      },
      {
        kind: 'paragraph',
        text: 'External users (people who are neither employees nor on-site contractors) are licensed with the server; mark them as external with a note. Enterprise features still need both CALs for them.',
      },
    ],
  },
  reassignment: {
    id: 'reassignment',
    title: 'Releasing and reassigning a CAL',
    summary: 'A CAL may move to another person, but not sooner than 90 days after its last reassignment, with three exceptions.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Before a CAL is used it is assigned to a user or a device. It may be reassigned to someone else no sooner than 90 days after its last reassignment, unless:',
      },
      {
        kind: 'list',
        items: [
          "the user's employment or contract ended;",
          'a device failed permanently or was lost (Device CALs);',
          'it is a temporary cover for an absent user or an out-of-service device.',
        ],
      },
      {
        kind: 'paragraph',
        text: "The former user's access must end. The register keeps the start, end and reason of every assignment, never deletes history, and warns when a seat goes to another person within 90 days for any other reason.",
      },
    ],
  },
  proof: {
    id: 'proof',
    title: 'Proof of license',
    summary: 'Keep the documents that show what was bought, for as long as the software is used.',
    blocks: [
      {
        kind: 'list',
        items: [
          'the invoice or receipt from the reseller;',
          'the license certificate or the license confirmation e-mail;',
          'volume licensing or CSP records: agreement number and license confirmation;',
          'for retail and OEM licenses, the certificate or packaging.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Attach these files to each purchase. The register stores them in its proofs folder under their SHA-256 and checks the hash on every verification, so a missing or altered file is reported.',
      },
    ],
  },
  'other-licenses': {
    id: 'other-licenses',
    title: 'Licenses outside this register',
    summary: 'An Exchange CAL is not the only license a user needs.',
    blocks: [
      {
        kind: 'list',
        items: [
          'Each user or device that reaches the Exchange server also needs a Windows Server CAL.',
          'The Exchange CAL does not license Outlook itself; Outlook is licensed with Office.',
        ],
      },
    ],
  },
};
