import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { loadStampKey, STAMP_FILE, writeStamp } from '../../../electron/services/register/validation-stamp';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';
import { org, registerPath, tempDir, testDeps } from './helpers';

const key = new Uint8Array(randomBytes(32));

/** A register created and changed by the app with a stamp key, then closed (which stamps it). */
function savedByTheApp() {
  const dir = tempDir();
  const deps = testDeps({ stampKey: key });
  const register = createRegister(dir, org(), deps);
  register.updateOrganization({ ...org(), taxId: '525-000-10-09' });
  register.close();
  return { dir, deps };
}

/** Stamps register.json as it is on disk, as a close does after writing exactly these bytes (or someone holding the key could). */
function stampAsItIs(dir: string, stampKey: Uint8Array): void {
  const digest = createHash('sha256').update(readFileSync(registerPath(dir))).digest();
  writeStamp(dir, registerPath(dir), stampKey, CURRENT_SCHEMA_VERSION, { digest, places: [] });
}

const corruptCopies = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('register.corrupt-'));

describe('validation stamp', () => {
  it('closing a register the app wrote leaves a stamp; closing one it only read leaves none', () => {
    const { dir, deps } = savedByTheApp();
    expect(existsSync(join(dir, STAMP_FILE))).toBe(true);

    const other = tempDir();
    createRegister(other, org(), testDeps()).close();
    const reopened = openRegister(other, deps);
    reopened.close();
    expect(existsSync(join(other, STAMP_FILE))).toBe(false);
  });

  it('a stamped register opens to the same document as a full schema check gives', () => {
    const { dir, deps } = savedByTheApp();
    const stamped = openRegister(dir, deps);
    const document = stamped.document;
    stamped.close();
    const checked = openRegister(dir, { ...deps, stampKey: undefined });
    expect(document).toEqual(checked.document);
    checked.close();
  });

  it('bytes stamped with the installation key are taken as they are, without the schema pass', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    // A key the schema does not know: the schema pass would strip it, so seeing it proves the pass was skipped.
    writeFileSync(registerPath(dir), JSON.stringify({ ...doc, organization: { ...doc.organization, extra: 'kept' } }));
    stampAsItIs(dir, key);
    const trusted = openRegister(dir, deps);
    expect(trusted.document.organization).toHaveProperty('extra', 'kept');
    trusted.close();
    const checked = openRegister(dir, { ...deps, stampKey: undefined });
    expect(checked.document.organization).not.toHaveProperty('extra');
    checked.close();
  });

  it('a file changed after its stamp gets the full check: a wrong shape is still moved aside', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    doc.people = [{ id: '' }];
    writeFileSync(registerPath(dir), JSON.stringify(doc));
    expect(() => openRegister(dir, deps)).toThrow(/does not have the shape of a register/);
    expect(corruptCopies(dir)).toHaveLength(1);
  });

  it('a stamp made with another key is not trusted, so a forged stamp cannot carry a bad file past the check', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    doc.assignments = [{ id: 'a1' }];
    writeFileSync(registerPath(dir), JSON.stringify(doc));
    // The attacker stamps the edited bytes with a key of their own.
    stampAsItIs(dir, new Uint8Array(randomBytes(32)));
    expect(() => openRegister(dir, deps)).toThrow(/does not have the shape of a register/);
    expect(corruptCopies(dir)).toHaveLength(1);
  });

  it('without a key the stamp is ignored and every open checks the schema', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    doc.servers = [{ name: 42 }];
    const text = JSON.stringify(doc);
    writeFileSync(registerPath(dir), text);
    expect(() => openRegister(dir, { ...deps, stampKey: undefined })).toThrow(/does not have the shape/);
  });

  it('a stamped open takes the audit trail as this installation left it, without re-hashing it', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    // Stamped with the installation key, a trail edit shows no notice: the trail was not re-hashed.
    doc.audit[0].subject = 'edited';
    writeFileSync(registerPath(dir), JSON.stringify(doc));
    stampAsItIs(dir, key);
    const trusted = openRegister(dir, deps);
    expect(trusted.notices.map((n) => n.code)).not.toContain('audit-chain-broken');
    trusted.close();
    // Without the stamp the same bytes are re-hashed and the break is reported.
    const checked = openRegister(dir, { ...deps, stampKey: undefined });
    expect(checked.notices.find((n) => n.code === 'audit-chain-broken')?.detail.brokenAt).toBe('1');
    checked.close();
  });

  it('a register opened with a broken audit trail is not stamped at close, so every later open still reports the break', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    doc.audit[0].subject = 'edited by hand';
    writeFileSync(registerPath(dir), JSON.stringify(doc));
    const broken = openRegister(dir, deps);
    expect(broken.notices.map((n) => n.code)).toContain('audit-chain-broken');
    broken.updateOrganization({ ...org(), contact: 'after the edit' });
    broken.close();
    expect(existsSync(join(dir, STAMP_FILE))).toBe(true); // the stamp of the earlier session, for other bytes
    const again = openRegister(dir, deps);
    expect(again.notices.find((n) => n.code === 'audit-chain-broken')?.detail.brokenAt).toBe('1');
    expect(again.document.organization.contact).toBe('after the edit');
    again.close();
  });

  it('a register from a newer version is refused even when a stamp is present', () => {
    const { dir, deps } = savedByTheApp();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    writeFileSync(registerPath(dir), JSON.stringify({ ...doc, schemaVersion: 99 }));
    expect(() => openRegister(dir, deps)).toThrow(/newer CAL Register/);
  });

  it('a data folder that cannot be written gives no key (full checks) instead of stopping the app', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(loadStampKey(join(file, 'appdata'))).toBeUndefined();
  });

  it('the key is made once per installation, 32 bytes, readable by its owner only', () => {
    const appData = tempDir();
    const first = loadStampKey(appData);
    expect(first).toHaveLength(32);
    expect(loadStampKey(appData)).toEqual(first);
    if (process.platform !== 'win32') expect(statSync(join(appData, 'register-stamp.key')).mode & 0o077).toBe(0);
  });
});
