import { describe, expect, it } from 'vitest';
import { SE_AS_OF, aMailbox, aPerson, aPurchase, aServer, aSnapshot, anAdUser, anAssignment, buildRegister, compliantParts } from './builders';
import { check, findingsOf, positionOf, subjectsOf } from './helpers';

describe('who needs a CAL', () => {
  it('a register where every mailbox user holds a CAL of the server version has no findings', () => {
    const report = check(buildRegister(compliantParts(3)));
    expect(report.findings).toEqual([]);
    expect(report.inventory).toEqual({ mailboxes: 3, needCal: 3, exempt: 0, disabledWithMailbox: 0, enterpriseFeatureUsers: 0 });
  });

  it('a user mailbox whose person holds no CAL is reported', () => {
    const parts = compliantParts(2);
    const report = check(buildRegister({ ...parts, assignments: parts.assignments.slice(0, 1) }));
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['user00001@example.com']);
    expect(findingsOf(report, 'mailbox-without-cal')[0]).toMatchObject({ severity: 'error', subjectKind: 'person', subjectId: 'user00001', fix: 'assign-cal' });
  });

  it.each(['UserMailbox', 'LinkedMailbox', 'RemoteUserMailbox'])('a %s needs a Standard CAL', (recipientType) => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('anna', { recipientType })])] }));
    expect(report.inventory.needCal).toBe(1);
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['anna@example.com']);
  });

  it.each([
    ['RoomMailbox', 'resource'],
    ['EquipmentMailbox', 'resource'],
    ['DiscoveryMailbox', 'system'],
    ['ArbitrationMailbox', 'system'],
    ['AuditLogMailbox', 'system'],
    ['PublicFolderMailbox', 'system'],
    ['MailUser', 'no-mailbox'],
    ['SharedMailbox', 'shared'],
  ])('a %s needs no CAL and is listed for the record', (recipientType, variant) => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('box', { recipientType })])] }));
    expect(report.inventory).toMatchObject({ mailboxes: 1, needCal: 0, exempt: 1 });
    expect(findingsOf(report, 'mailbox-without-cal')).toEqual([]);
    expect(findingsOf(report, 'no-mailbox-needs-cal')).toMatchObject([{ severity: 'info', subject: 'box@example.com', messageKey: `finding.no-mailbox-needs-cal.${variant}` }]);
  });

  it('a room mailbox needs no CAL', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('sala.konferencyjna', { recipientType: 'RoomMailbox' })])] }));
    expect(report.position).toEqual([]);
    expect(subjectsOf(report, 'no-mailbox-needs-cal')).toEqual(['sala.konferencyjna@example.com']);
  });

  it('a shared mailbox needs a CAL only when the register is set to count shared mailboxes', () => {
    const inventory = [aSnapshot([aMailbox('biuro', { recipientType: 'SharedMailbox' })])];
    expect(check(buildRegister({ inventory })).inventory.needCal).toBe(0);
    const counted = check(buildRegister({ inventory, countSharedMailboxes: true }));
    expect(counted.inventory.needCal).toBe(1);
    expect(findingsOf(counted, 'mailbox-without-cal')).toMatchObject([{ subject: 'biuro@example.com', subjectKind: 'mailbox', messageKey: 'finding.mailbox-without-cal.unmatched' }]);
  });

  it("Exchange's HealthMailbox and SM_ accounts need no CAL", () => {
    const report = check(
      buildRegister({
        inventory: [aSnapshot([aMailbox('HealthMailbox0a1b2c'), aMailbox('SM_4f5e6d7c8b9a', { recipientType: 'UserMailbox' })])],
      }),
    );
    expect(report.inventory.needCal).toBe(0);
    expect(findingsOf(report, 'no-mailbox-needs-cal').map((f) => f.messageKey)).toEqual([
      'finding.no-mailbox-needs-cal.system-account',
      'finding.no-mailbox-needs-cal.system-account',
    ]);
  });

  // Found in review: every real export called the Discovery Search Mailbox "an Exchange system account (HealthMailbox or SM_)".
  it('the Discovery Search Mailbox, whose account is SM_…, is named by its type', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('SM_d0c4e1f2a3b4', { recipientType: 'DiscoveryMailbox', displayName: 'Discovery Search Mailbox' })])] }));
    expect(report.inventory.needCal).toBe(0);
    expect(findingsOf(report, 'no-mailbox-needs-cal').map((f) => f.messageKey)).toEqual(['finding.no-mailbox-needs-cal.system']);
  });

  it('a disabled account with a user mailbox still needs a CAL and is reported as a saving', () => {
    const report = check(
      buildRegister({
        purchases: [aPurchase('lot', '2019-standard-user', 1)],
        people: [aPerson('anna')],
        assignments: [anAssignment('a1', 'anna', 'lot')],
        inventory: [aSnapshot([aMailbox('anna')], { users: [anAdUser('anna', { enabled: false })] })],
      }),
    );
    expect(report.inventory).toMatchObject({ needCal: 1, disabledWithMailbox: 1 });
    expect(positionOf(report, '2019-standard-user')).toMatchObject({ required: 1, shortfall: 0 });
    expect(findingsOf(report, 'disabled-account-with-mailbox')).toMatchObject([
      { severity: 'warning', subject: 'anna@example.com', subjectId: 'anna', fix: 'convert-or-remove-mailbox' },
    ]);
    expect(subjectsOf(report, 'assigned-to-disabled-account')).toEqual(['anna@example.com']);
  });

  // Found in review: in a resource forest a LinkedMailbox's own account is always disabled; its owner signs in from the trusted forest.
  it('a LinkedMailbox with its disabled account needs a CAL and is neither a saving nor a disabled holder', () => {
    const report = check(
      buildRegister({
        purchases: [aPurchase('lot', '2019-standard-user', 2)],
        people: [aPerson('tomasz'), aPerson('ewa', { directory: { accountEnabled: false, mailboxType: 'LinkedMailbox' } })],
        assignments: [anAssignment('a1', 'tomasz', 'lot'), anAssignment('a2', 'ewa', 'lot')],
        inventory: [aSnapshot([aMailbox('tomasz', { recipientType: 'LinkedMailbox' }), aMailbox('ewa', { recipientType: 'LinkedMailbox' }), aMailbox('konto', { recipientType: 'LinkedMailbox' })], { users: [anAdUser('tomasz', { enabled: false }), anAdUser('ewa', { enabled: false }), anAdUser('konto', { enabled: false })] })],
      }),
    );
    expect(report.inventory).toMatchObject({ needCal: 3, disabledWithMailbox: 0 });
    expect(findingsOf(report, 'disabled-account-with-mailbox')).toEqual([]);
    expect(findingsOf(report, 'assigned-to-disabled-account')).toEqual([]);
    // The one no one holds a CAL for still needs one.
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['konto@example.com']);
  });

  it('a disabled shared mailbox account is not a saving', () => {
    const report = check(
      buildRegister({ inventory: [aSnapshot([aMailbox('biuro', { recipientType: 'SharedMailbox' })], { users: [anAdUser('biuro', { enabled: false })] })] }),
    );
    expect(findingsOf(report, 'disabled-account-with-mailbox')).toEqual([]);
  });

  it('the same person counts once however many mailboxes name them', () => {
    const report = check(
      buildRegister({
        people: [aPerson('anna', { email: 'Anna.Nowak@Example.com', login: 'anowak' })],
        inventory: [
          aSnapshot([
            aMailbox('anowak', { email: 'anna.nowak@example.com', upn: '' }),
            aMailbox('x', { email: '', upn: 'ANNA.NOWAK@EXAMPLE.COM', login: '' }),
            aMailbox('PRZYKLAD\\ANowak', { email: '', upn: '' }),
          ]),
        ],
      }),
    );
    expect(report.inventory.needCal).toBe(1);
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['Anna.Nowak@Example.com']);
  });

  it('two people who share a display name are two people', () => {
    const report = check(
      buildRegister({
        people: [aPerson('jan1', { givenName: 'Jan', surname: 'Kowalski' }), aPerson('jan2', { givenName: 'Jan', surname: 'Kowalski' })],
        inventory: [aSnapshot([aMailbox('jan1', { displayName: 'Jan Kowalski' }), aMailbox('jan2', { displayName: 'Jan Kowalski' })])],
      }),
    );
    expect(report.inventory.needCal).toBe(2);
  });

  it('a mailbox is never matched to a person on display name alone', () => {
    const report = check(
      buildRegister({
        people: [aPerson('anna', { givenName: 'Anna', surname: 'Nowak' })],
        inventory: [aSnapshot([aMailbox('other', { displayName: 'Anna Nowak' })])],
      }),
    );
    expect(findingsOf(report, 'mailbox-without-cal')).toMatchObject([{ subject: 'other@example.com', subjectId: null, subjectKind: 'mailbox' }]);
  });

  it('an external person is not counted as needing a Standard CAL', () => {
    const report = check(buildRegister({ people: [aPerson('ext', { external: true })], inventory: [aSnapshot([aMailbox('ext')])] }));
    expect(report.inventory.needCal).toBe(0);
    expect(findingsOf(report, 'no-mailbox-needs-cal').map((f) => f.messageKey)).toEqual(['finding.no-mailbox-needs-cal.external']);
  });

  it('an external person using Enterprise features needs both CALs', () => {
    const report = check(
      buildRegister({ people: [aPerson('ext', { external: true })], inventory: [aSnapshot([aMailbox('ext', { litigationHold: true })])] }),
    );
    expect(report.inventory).toMatchObject({ needCal: 1, enterpriseFeatureUsers: 1 });
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['ext@example.com']);
    expect(subjectsOf(report, 'enterprise-feature-without-enterprise-cal')).toEqual(['ext@example.com']);
  });

  it('only the latest inventory snapshot counts', () => {
    const report = check(
      buildRegister({ inventory: [aSnapshot([aMailbox('old1'), aMailbox('old2')], { id: 's1' }), aSnapshot([aMailbox('new1')], { id: 's2' })] }),
    );
    expect(report.inventory).toMatchObject({ mailboxes: 1, needCal: 1 });
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['new1@example.com']);
  });

  it('without any inventory every active, non-external person counts as an Exchange user', () => {
    const report = check(
      buildRegister({
        people: [aPerson('anna'), aPerson('left', { leftOn: '2024-01-31' }), aPerson('ext', { external: true })],
        inventory: [],
      }),
    );
    expect(report.inventory.needCal).toBe(1);
    expect(findingsOf(report, 'mailbox-without-cal')).toMatchObject([{ subject: 'anna@example.com', messageKey: 'finding.mailbox-without-cal.noInventory' }]);
  });

  it('an unknown recipient type is counted as a user mailbox, as an auditor would', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('anna', { recipientType: '' })])] }));
    expect(report.inventory.needCal).toBe(1);
  });

  it('accounts and groups a Get-User or Get-Recipient export lists beside mailboxes need no CAL', () => {
    const types = ['User', 'DisabledUser', 'MailUniversalDistributionGroup', 'MailUniversalSecurityGroup', 'DynamicDistributionGroup', 'RoomList', 'GroupMailbox', 'PublicFolder'];
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('anna'), ...types.map((recipientType, i) => aMailbox(`other${i}`, { recipientType }))])] }));
    expect(report.inventory.needCal).toBe(1);
    expect(findingsOf(report, 'mailbox-without-cal').map((f) => f.subject)).toEqual(['anna@example.com']);
  });
});

describe('Enterprise CAL features', () => {
  it('an on-premises archive needs an Enterprise CAL', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('anna', { archive: true })])] }));
    expect(findingsOf(report, 'enterprise-feature-without-enterprise-cal')).toMatchObject([{ severity: 'error', params: { features: 'archive' } }]);
    expect(positionOf(report, '2019-enterprise-user')).toMatchObject({ required: 1, shortfall: 1 });
  });

  it('the archive and holds of a RemoteUserMailbox are in Exchange Online: it needs a Standard CAL, no Enterprise CAL for them', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('ewa', { recipientType: 'RemoteUserMailbox', archive: true, litigationHold: true })])] }));
    expect(report.inventory.needCal).toBe(1);
    expect(findingsOf(report, 'enterprise-feature-without-enterprise-cal')).toEqual([]);
    // No Enterprise line in the position at all: nobody needs one.
    expect(positionOf(report, '2019-enterprise-user')?.required ?? 0).toBe(0);
  });

  it('a litigation or in-place hold needs an Enterprise CAL', () => {
    const report = check(buildRegister({ inventory: [aSnapshot([aMailbox('a', { litigationHold: true }), aMailbox('b', { inPlaceHold: true })])] }));
    expect(subjectsOf(report, 'enterprise-feature-without-enterprise-cal')).toEqual(['a@example.com', 'b@example.com']);
  });

  // Found in review (12-07): any Enterprise CAL was taken as enough, so with no server recorded a person using DLP on a
  // 2016 Enterprise CAL, in a register whose Standard CALs are 2019, had no finding of their own.
  it('an Enterprise CAL that does not reach the target version is not enough, and the finding names the version held', () => {
    const register = (entProduct: string, servers: ReturnType<typeof aServer>[] = [], coverage?: { kind: 'software-assurance'; until: string }) =>
      buildRegister({
        servers,
        purchases: [aPurchase('std', '2019-standard-user', 1), aPurchase('ent', entProduct, 1, coverage ? { coverage } : {})],
        people: [aPerson('anna', { manualEnterpriseFeatures: ['dlp'] })],
        assignments: [anAssignment('a1', 'anna', 'std'), anAssignment('a2', 'anna', 'ent')],
      });
    const older = findingsOf(check(register('2016-enterprise-user')), 'enterprise-feature-without-enterprise-cal');
    expect(older).toMatchObject([{ messageKey: 'finding.enterprise-feature-without-enterprise-cal.older', fix: 'upgrade-cal', params: { features: 'dlp', heldVersion: '2016', version: '2019' } }]);
    expect(older[0]?.message).toContain('counts as Exchange Server 2016, which does not cover Exchange Server 2019');
    // With the server recorded, cal-version-too-old says the same of the CAL itself.
    const withServer = check(register('2016-enterprise-user', [aServer()]));
    expect(findingsOf(withServer, 'enterprise-feature-without-enterprise-cal')).toMatchObject([{ messageKey: 'finding.enterprise-feature-without-enterprise-cal.older' }]);
    expect(subjectsOf(withServer, 'cal-version-too-old')).toEqual(['anna@example.com']);
    expect(findingsOf(check(register('2019-enterprise-user')), 'enterprise-feature-without-enterprise-cal')).toEqual([]);
    const se = [aServer({ product: 'Exchange Server SE', build: '' })];
    const lapsed = findingsOf(check(register('se-enterprise-user', se, { kind: 'software-assurance', until: '2025-03-01' }), SE_AS_OF), 'enterprise-feature-without-enterprise-cal');
    expect(lapsed).toMatchObject([{ messageKey: 'finding.enterprise-feature-without-enterprise-cal.noCoverage', fix: 'renew-coverage', params: { heldVersion: 'SE' } }]);
  });

  it('features the admin recorded by hand need an Enterprise CAL', () => {
    const report = check(
      buildRegister({ people: [aPerson('anna', { manualEnterpriseFeatures: ['journaling', 'dlp'] })], inventory: [aSnapshot([aMailbox('anna')])] }),
    );
    expect(findingsOf(report, 'enterprise-feature-without-enterprise-cal')[0]?.params.features).toBe('dlp, journaling');
  });

  // Found in review of 12-06: Unified Messaging recorded by hand on a register of 2019 servers asked for an Enterprise CAL,
  // though UM is gone from Exchange 2019 (DOMAIN.md).
  it('Unified Messaging recorded by hand needs an Enterprise CAL only where an Exchange 2016 server is in use, or no server is recorded', () => {
    const parts = { people: [aPerson('anna', { manualEnterpriseFeatures: ['unified-messaging'] })], inventory: [aSnapshot([aMailbox('anna')])] };
    const features = (servers: ReturnType<typeof aServer>[]) => findingsOf(check(buildRegister({ ...parts, servers })), 'enterprise-feature-without-enterprise-cal').map((f) => f.params.features);
    expect(features([aServer()])).toEqual([]);
    expect(features([aServer({ product: 'Exchange Server SE', build: '' })])).toEqual([]);
    expect(features([aServer({ id: 'ex2016', name: 'EX2016', product: 'Exchange Server 2016', build: '' }), aServer()])).toEqual(['unified-messaging']);
    expect(features([])).toEqual(['unified-messaging']);
    // A 2016 server retired before the date no longer runs UM.
    expect(features([aServer({ id: 'ex2016', name: 'EX2016', product: 'Exchange Server 2016', build: '', retiredOn: '2024-01-01' }), aServer()])).toEqual([]);
    expect(positionOf(check(buildRegister({ ...parts, servers: [aServer()] })), '2019-enterprise-user')?.required ?? 0).toBe(0);
  });

  it('a person with an Enterprise CAL on top of a Standard CAL may use Enterprise features', () => {
    const report = check(
      buildRegister({
        purchases: [aPurchase('std', '2019-standard-user', 1), aPurchase('ent', '2019-enterprise-user', 1)],
        people: [aPerson('anna')],
        assignments: [anAssignment('a1', 'anna', 'std'), anAssignment('a2', 'anna', 'ent')],
        inventory: [aSnapshot([aMailbox('anna', { archive: true, litigationHold: true })])],
      }),
    );
    expect(report.findings).toEqual([]);
    expect(report.inventory.enterpriseFeatureUsers).toBe(1);
  });
});
