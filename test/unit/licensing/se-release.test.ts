/**
 * Exchange SE was released in July 2025 (DOMAIN.md): before 2025-07-01 no organization can have run it.
 * The register keeps no in-service date for a server, so a server recorded as SE counts as 2019 before that day.
 */
import { describe, expect, it } from 'vitest';
import { assignmentChecklist, registerChecklist } from '../../../shared/ledger/checklist';
import { checkAssignment } from '../../../shared/licensing/assignment-rules';
import { newestVersionOn, serverVersionOn } from '../../../shared/licensing/catalog';
import { formatLicensingMessage, licensingPl } from '../../../shared/licensing/messages';
import { newestServer } from '../../../shared/licensing/register-view';
import { aMailbox, aPerson, aPurchase, aServer, aSnapshot, anAssignment, buildRegister, compliantParts } from './builders';
import { check, findingsOf, positionOf } from './helpers';

const se = aServer({ name: 'EXSE', product: 'Exchange Server SE', build: '15.2.2562.17' });
const BEFORE_SE = '2025-06-30';
const SE_RELEASE = '2025-07-01';

describe('a server recorded as SE before SE was released', () => {
  it('counts as Exchange 2019 up to 2025-06-30 and as SE from 2025-07-01, by its build or its recorded product', () => {
    const built = { product: 'Exchange Server 2019' as const, build: '15.2.2562.17' };
    expect(serverVersionOn(built, BEFORE_SE)).toBe('2019');
    expect(serverVersionOn(built, SE_RELEASE)).toBe('SE');
    expect(serverVersionOn({ product: 'Exchange Server SE', build: '' }, '2024-06-01')).toBe('2019');
    expect(serverVersionOn({ product: 'Exchange Server 2016', build: '' }, '2024-06-01')).toBe('2016');
    const { servers } = buildRegister({ servers: [aServer({ id: 'a', name: 'EX2016', product: 'Exchange Server 2016' }), se] });
    expect(newestServer(servers, BEFORE_SE)).toMatchObject({ server: { name: 'EXSE' }, version: '2019' });
    expect(newestServer(servers, SE_RELEASE)).toMatchObject({ server: { name: 'EXSE' }, version: 'SE' });
  });

  it('asks no Software Assurance or subscription of perpetual 2019 CALs as of a day before SE’s release', () => {
    const doc = buildRegister({ ...compliantParts(2), servers: [se] });
    const before = check(doc, BEFORE_SE);
    expect(before.findings).toEqual([]);
    expect(positionOf(before, '2019-standard-user')).toMatchObject({ purchased: 2, required: 2, shortfall: 0, notReaching: 0 });
    // The report lists the server as what it ran that day, as the findings name it, with what was recorded beside it.
    expect(before.servers).toEqual([{ name: 'EXSE', product: 'Exchange Server 2019', recordedProduct: 'Exchange Server SE', activation: 'activated' }]);
    expect(check(buildRegister({ ...compliantParts(2), servers: [{ ...se, build: '' }] }), '2025-03-01').servers).toEqual(before.servers);
    // From SE's release the same register needs SE-reaching CALs.
    const after = check(doc, SE_RELEASE);
    expect(findingsOf(after, 'cal-version-too-old')).toHaveLength(2);
    expect(positionOf(after, 'se-standard-user')).toMatchObject({ required: 2, shortfall: 2 });
    expect(after.servers).toEqual([{ name: 'EXSE', product: 'Exchange Server SE', activation: 'activated' }]);
  });

  it('reports no ended coverage and no SE lot recorded as perpetual before SE’s release: the coverage rule is an SE server’s', () => {
    const parts = compliantParts(1);
    const purchases = [aPurchase('lot1', '2019-standard-user', 1, { coverage: { kind: 'software-assurance', until: '2025-03-31' } }), aPurchase('selot', 'se-standard-user', 1)];
    expect(findingsOf(check(buildRegister({ ...parts, purchases, servers: [se] }), BEFORE_SE), 'coverage-expired')).toEqual([]);
    expect(findingsOf(check(buildRegister({ ...parts, purchases, servers: [se] }), SE_RELEASE), 'coverage-expired').map((f) => f.subjectId)).toEqual(['lot1', 'selot']);
  });

  it('is named as running Exchange Server 2019 in English and Polish when a CAL is older than it', () => {
    const doc = buildRegister({
      servers: [se],
      purchases: [aPurchase('old', '2016-standard-user', 1)],
      people: [aPerson('anna')],
      assignments: [anAssignment('a1', 'anna', 'old')],
      inventory: [aSnapshot([aMailbox('anna')])],
    });
    const [finding] = findingsOf(check(doc, BEFORE_SE), 'cal-version-too-old');
    expect(finding).toMatchObject({ messageKey: 'finding.cal-version-too-old.default', params: { calVersion: '2016', server: 'EXSE', serverVersion: '2019' } });
    expect(finding?.message).toContain('The newest server, EXSE, runs Exchange Server 2019');
    expect(formatLicensingMessage(finding?.messageKey ?? '', finding?.params ?? {}, licensingPl)).toContain('Najnowszy serwer, EXSE, działa na Exchange Server 2019');
    expect(findingsOf(check(doc, BEFORE_SE), 'mailbox-without-cal')[0]?.params).toMatchObject({ version: '2019', heldVersion: '2016' });
  });

  it('lets a perpetual 2019 CAL be assigned on a day before SE’s release, and refuses one planned to start after it', () => {
    const doc = buildRegister({ servers: [se], purchases: [aPurchase('lot', '2019-standard-user', 5)], people: [aPerson('anna')] });
    const request = (assignedOn: string) => ({ personId: 'anna', purchaseId: 'lot', assignedOn });
    expect(checkAssignment(doc, request('2025-06-01'), '2025-06-01')).toEqual({ blocking: [], warnings: [] });
    const planned = checkAssignment(doc, request('2025-07-15'), '2025-06-01');
    expect(planned.blocking).toMatchObject([{ code: 'cal-older-than-server', params: { server: 'EXSE', serverVersion: 'SE', calVersion: '2019' } }]);
  });

  it('counts perpetual 2019 CALs as reaching it in the checklist before SE’s release', () => {
    const doc = buildRegister({ ...compliantParts(2), servers: [se] });
    const usersPoint = (asOf: string) => registerChecklist(doc, asOf).find((p) => p.id === 'users-within-cals');
    expect(usersPoint(BEFORE_SE)).toMatchObject({ passed: true, reasonKey: 'within-cals', params: { users: 2, cals: 2 } });
    expect(usersPoint(SE_RELEASE)).toMatchObject({ passed: false, reasonKey: 'over-cals', params: { users: 2, cals: 0 } });
    expect(assignmentChecklist(doc, 'a-user00000', BEFORE_SE).find((p) => p.id === 'users-within-cals')?.passed).toBe(true);
  });
});

describe('the version a register with no server and no lot owned is judged against', () => {
  it('is the newest version available on the day: 2019 before SE’s release, SE from it', () => {
    expect(newestVersionOn('2018-01-01')).toBe('2019');
    expect(newestVersionOn(BEFORE_SE)).toBe('2019');
    expect(newestVersionOn(SE_RELEASE)).toBe('SE');
    const doc = buildRegister({ servers: [], people: [aPerson('anna')], inventory: [aSnapshot([aMailbox('anna')])] });
    const in2018 = check(doc, '2018-06-01');
    expect(findingsOf(in2018, 'mailbox-without-cal')[0]?.params).toMatchObject({ version: '2019' });
    expect(in2018.position.map((row) => [row.productId, row.required, row.shortfall])).toEqual([['exchange-2019-standard-user-cal', 1, 1]]);
    const later = check(doc, SE_RELEASE);
    expect(findingsOf(later, 'mailbox-without-cal')[0]?.params).toMatchObject({ version: 'SE' });
    expect(later.position.map((row) => [row.productId, row.required])).toEqual([['exchange-se-standard-user-cal', 1]]);
  });
});
