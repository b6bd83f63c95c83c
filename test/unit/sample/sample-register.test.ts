import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { checkAllProofs } from '../../../electron/services/ledger/proofs';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { openRegister } from '../../../electron/services/register/register-store';
import { SAMPLE_REGISTER_FOLDER } from '../../../electron/services/sample/sample-register';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { ComplianceReport } from '../../../shared/licensing/types';
import { samplePeople } from '../../../shared/sample';
import { tempDir, testDeps } from '../register/helpers';
import { cancelledDialogs as dialogs } from '../app/helpers';

const makeCore = (appDataDir: string) =>
  createAppCore({ freezeDocuments: true, appDataDir, storeFactory: confStoreFactory, dialogs, systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester', now: () => new Date('2026-11-25T10:00:00.000Z') });

async function openSample() {
  const data = tempDir();
  const core = makeCore(data);
  core.start();
  const opened = await core.invoke('sampleOpen', {});
  return { core, data, opened, dir: join(data, SAMPLE_REGISTER_FOLDER) };
}

describe('sample register', () => {
  it('Help ▸ Open sample register creates it in <appData>/registers/sample and opens it', async () => {
    const { core, opened, dir } = await openSample();
    expect(opened).toMatchObject({ ok: true, value: { state: 'open', path: dir, organization: { name: 'BudMax Wiśniewski sp. z o.o. (przykład)' } } });
    const status = opened.ok ? (opened.value as RegisterStatus) : null;
    if (status?.state !== 'open') throw new Error('not open');
    expect(status.notices.map((n) => n.code)).not.toContain('created');
    expect(status.counts).toMatchObject({ servers: 2, purchases: 4, people: samplePeople.length, proofs: 3 });
    expect(samplePeople.length).toBeGreaterThanOrEqual(25);
    expect(await core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'open', path: dir } });
    core.stop();
  });

  it('verifies: an intact audit chain and every proof file present with its SHA-256', async () => {
    const { core, dir } = await openSample();
    core.stop();
    const register = openRegister(dir, testDeps());
    expect(verifyAuditChain(register.document.audit)).toMatchObject({ ok: true });
    const statuses = [...(await checkAllProofs(register, { rehash: true })).values()];
    expect(statuses).toEqual(['ok', 'ok', 'ok']);
    expect(readFileSync(join(register.proofsDir, `${register.document.proofs.find((p) => p.extension === 'pdf')!.sha256}.pdf`), 'latin1')).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
    register.close();
  });

  it('keeps history: a release for a leaver, a reassignment and an early one', async () => {
    const { core } = await openSample();
    const doc = core.context.session.require().document;
    const released = doc.assignments.filter((a) => a.releasedOn !== null).map((a) => a.releaseReason);
    expect(released.sort()).toEqual(['left', 'role-change']);
    expect(doc.people.filter((p) => /[ąćęłńóśźż]/i.test(`${p.givenName}${p.surname}`)).length).toBeGreaterThan(10);
    expect(doc.inventory).toHaveLength(1);
    core.stop();
  });

  it('yields findings of every severity, among them the ones the sample is built to show', async () => {
    const { core } = await openSample();
    const result = await core.invoke('complianceReport', {});
    if (!result.ok) throw new Error(result.error.message);
    const report = (result.value as { report: ComplianceReport }).report;
    const rules = (severity: string) => new Set(report.findings.filter((f) => f.severity === severity).map((f) => f.rule));
    expect([...rules('error')]).toEqual(expect.arrayContaining(['mailbox-without-cal', 'cal-version-too-old', 'enterprise-feature-without-enterprise-cal']));
    expect([...rules('warning')]).toEqual(expect.arrayContaining(['early-reassignment', 'assigned-to-disabled-account', 'disabled-account-with-mailbox', 'purchase-without-proof', 'server-trial']));
    expect([...rules('info')]).toEqual(expect.arrayContaining(['server-out-of-support', 'exchange-count-differs', 'no-mailbox-needs-cal', 'assigned-without-mailbox']));
    core.stop();
  });

  it('opening it again re-creates it from scratch, even while it is the open register', async () => {
    const { core, dir } = await openSample();
    await core.invoke('organizationUpdate', { name: 'Zmieniona nazwa', taxId: '', address: '', contact: '' });
    const again = await core.invoke('sampleOpen', {});
    expect(again).toMatchObject({ ok: true, value: { state: 'open', path: dir, organization: { name: 'BudMax Wiśniewski sp. z o.o. (przykład)' } } });
    core.stop();
  });

  it('re-creates a sample whose register.json is gone but whose backups are left (they are the sample’s own)', async () => {
    const { core, data, dir } = await openSample();
    core.stop();
    rmSync(join(dir, 'register.json'));
    const second = makeCore(data);
    expect(second.start()).toMatchObject({ state: 'problem', code: 'register-missing', path: dir });
    expect(await second.invoke('sampleOpen', {})).toMatchObject({ ok: true, value: { state: 'open', path: dir } });
    expect(existsSync(join(dir, 'register.json'))).toBe(true);
    second.stop();
  });

  it('never overwrites a sample folder that holds someone else’s files', async () => {
    const { core, data, dir } = await openSample();
    core.stop();
    writeFileSync(join(dir, 'register.json.keep'), 'x');
    // A folder with files but no register.json is not ours to delete.
    rmSync(join(dir, 'register.json'));
    const second = makeCore(data);
    // The sample was the last register: what is left of it (its backups) is offered at start, not replaced.
    const before = second.start();
    expect(before).toMatchObject({ state: 'problem', code: 'register-missing', path: dir });
    expect(await second.invoke('sampleOpen', {})).toMatchObject({ ok: false, error: { code: 'conflict', detail: { messageKey: 'sample-folder-taken', dir } } });
    expect(existsSync(join(dir, 'register.json.keep'))).toBe(true);
    // The refusal leaves the user where they were.
    expect(await second.invoke('registerStatus', {})).toMatchObject({ ok: true, value: before });
    second.stop();
  });
});
