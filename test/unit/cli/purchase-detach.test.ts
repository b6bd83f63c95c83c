import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegisterFile, tempDir } from '../register/helpers';
import { cli, registerWithProof } from './helpers';

/** The register's folder as it stands: register.json's bytes and every file's name (lock, backups, proofs). */
const snapshot = (dir: string) => ({ bytes: readFileSync(join(dir, 'register.json'), 'utf8'), files: readdirSync(dir, { recursive: true }).map(String).sort() });

/** `registerWithProof`'s lot FV/1 and a second lot FV/2 given the same invoice, which is kept once. */
async function twoLotsSharingTheInvoice() {
  const { dir, proof, stored } = await registerWithProof();
  const added = await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-01-02', '--document', 'FV/2', '--proof', proof);
  expect(added.code, added.stderr).toBe(0);
  return { dir, stored, sha256: stored.slice(-68, -4) };
}

describe('purchase detach', () => {
  it('without --yes says what it would remove, in English and Polish, and writes nothing', async () => {
    const { dir } = await registerWithProof();
    const before = snapshot(dir);

    const asked = await cli('purchase', 'detach', dir, 'FV/1', 'faktura.pdf');
    expect(asked).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'cal-register purchase detach: this removes faktura.pdf from purchase FV/1: it will no longer be a proof of that lot (the file stays in the register folder, and attaching it again undoes it). Nothing was written; to remove it, run the same command again with --yes.\n',
    });
    const pl = await cli('purchase', 'detach', dir, 'FV/1', 'faktura.pdf', '--lang', 'pl');
    expect(pl.stderr).toBe(
      'cal-register purchase detach: to polecenie usuwa faktura.pdf z zakupu FV/1: plik nie będzie już dowodem tej partii (zostaje w folderze rejestru, a ponowne dołączenie go cofa tę zmianę). Nic nie zapisano; aby go usunąć, uruchom to samo polecenie ponownie z --yes.\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('with --yes takes the file off the lot, keeps it in proofs/, records proof.detach, and verify passes even once the kept file is gone', async () => {
    const { dir, stored } = await registerWithProof();
    const sha256 = stored.slice(-68, -4);

    const removed = await cli('purchase', 'detach', dir, 'FV/1', 'faktura.pdf', '--yes', '--json');

    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ document: 'FV/1', proofIds: [] });
    expect(removed.stderr).toBe(
      `Removed faktura.pdf from purchase FV/1; the file stays in the register folder (proofs/${sha256}.pdf), and attaching it again undoes this.\n` +
        'note: purchase FV/1 now has no proof of purchase; check reports purchase-without-proof until one is attached (cal-register purchase proof).\n',
    );
    expect(readdirSync(join(dir, 'proofs'))).toEqual([`${sha256}.pdf`]);
    const doc = readRegisterFile(join(dir, 'register.json'));
    expect(doc.audit.at(-1)).toMatchObject({ action: 'proof.detach', subject: 'FV/1', actor: expect.stringMatching(/\(cli\)$/), after: { proofIds: [], files: [{ name: 'faktura.pdf', sha256 }] } });

    const check = JSON.parse((await cli('check', dir, '--json')).stdout) as { findings: { rule: string; subject: string }[] };
    expect(check.findings.map((f) => [f.rule, f.subject])).toContainEqual(['purchase-without-proof', 'FV/1']);
    // The file kept proves nothing now: deleted by hand, it is no missing proof for verify or check.
    rmSync(stored);
    const verify = await cli('verify', dir);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stderr).toContain('Proof files: 0 of 0 intact.');
    const after = JSON.parse((await cli('check', dir, '--json')).stdout) as { findings: { rule: string }[] };
    expect(after.findings.some((f) => f.rule === 'proof-missing-or-altered')).toBe(false);
  });

  it('names the proof by its SHA-256 (from the 12 characters the app shows) or its id; a file that proves another lot stays its proof, in Polish too', async () => {
    const { dir, stored, sha256 } = await twoLotsSharingTheInvoice();

    const bySha = await cli('purchase', 'detach', dir, 'FV/1', sha256.slice(0, 12).toUpperCase(), '--yes', '--lang', 'pl');
    expect(bySha.code, bySha.stderr).toBe(0);
    expect(bySha.stderr).toBe(
      `Usunięto faktura.pdf z zakupu FV/1; plik pozostaje w folderze rejestru (proofs/${sha256}.pdf), a ponowne dołączenie go cofa tę zmianę.\nPozostaje dowodem zakupu FV/2.\n` +
        'uwaga: zakup FV/1 nie ma teraz dowodu zakupu; check zgłasza purchase-without-proof, dopóki żaden nie zostanie dołączony (cal-register purchase proof).\n',
    );
    const lots = JSON.parse((await cli('purchases', dir, '--json')).stdout) as { document: string; proofs: { id: string; status: string }[] }[];
    const second = lots.find((l) => l.document === 'FV/2')!;
    expect(second.proofs.map((p) => p.status)).toEqual(['ok']);
    expect((await cli('verify', dir)).code).toBe(0);

    expect((await cli('purchase', 'detach', dir, 'FV/2', second.proofs[0]!.id, '--yes')).code).toBe(0);
    expect(readdirSync(join(dir, 'proofs'))).toEqual([stored.split(/[\\/]/).at(-1)]);
  });

  it('refuses a proof the lot does not have (listing its proofs), a lot without proof, a name two proofs share, and a voided lot, writing nothing', async () => {
    const { dir, sha256 } = await twoLotsSharingTheInvoice();
    // Another file under the same name: two proofs of FV/1 called faktura.pdf.
    const other = join(tempDir(), 'faktura.pdf');
    writeFileSync(other, '%PDF-1.4 another invoice');
    expect((await cli('purchase', 'proof', dir, 'FV/1', '--proof', other)).code).toBe(0);
    expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-01-03', '--document', 'FV/3')).code).toBe(0);
    const before = snapshot(dir);

    const unknown = await cli('purchase', 'detach', dir, 'FV/2', 'umowa.pdf', '--yes');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      new RegExp(`^cal-register purchase detach: purchase FV/2 has no proof file named, or with the SHA-256 or id, "umowa\\.pdf"; nothing was written\\. Its proofs: faktura\\.pdf \\(SHA-256 ${sha256.slice(0, 12)}…, id [\\w-]+\\)\\n$`),
    );
    expect((await cli('purchase', 'detach', dir, 'FV/3', 'faktura.pdf', '--yes')).stderr).toBe('cal-register purchase detach: purchase FV/3 has no proof attached; nothing was written\n');
    const ambiguous = await cli('purchase', 'detach', dir, 'FV/1', 'faktura.pdf', '--yes', '--lang', 'pl');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^cal-register purchase detach: „faktura\.pdf” wskazuje kilka dowodów zakupu FV\/1 \(2\); wskaż jeden przez jego SHA-256 lub id: faktura\.pdf \(SHA-256 /);
    expect((await cli('purchase', 'detach', dir, 'FV/9', 'faktura.pdf', '--yes')).stderr).toBe('cal-register purchase detach: No purchase with document number or id "FV/9" is in the register.\n');
    expect(snapshot(dir)).toEqual(before);

    expect((await cli('purchase', 'void', dir, 'FV/2', '--reason', 'wpisany dwa razy', '--yes')).code).toBe(0);
    const voidedId = (JSON.parse((await cli('purchases', dir, '--json')).stdout) as { id: string; document: string }[]).find((l) => l.document === 'FV/2')!.id;
    const afterVoid = snapshot(dir);
    for (const yes of [[], ['--yes']]) {
      const voided = await cli('purchase', 'detach', dir, voidedId, 'faktura.pdf', ...yes, '--lang', 'pl');
      expect(voided).toMatchObject({
        code: 2,
        stderr:
          'cal-register purchase detach: Zakup FV/2 jest unieważniony (wpisany omyłkowo): zostaje taki, jaki był w chwili unieważnienia, razem z plikami dowodu zakupu, więc nie można z niego usunąć żadnego z nich; niczego nie zmieniono.\n',
      });
    }
    expect(snapshot(dir)).toEqual(afterVoid);
  });

  it('has its help, listed with the purchase commands, and refuses a missing or extra word', async () => {
    expect((await cli('help', 'purchase', 'detach')).stdout).toMatch(/^cal-register purchase detach <dir> <document\|id> <file name\|SHA-256\|id> --yes \[--json\]/);
    expect((await cli('purchase', 'detach', '--help', '--lang', 'pl')).stdout).toMatch(/^cal-register purchase detach <folder> <numer dokumentu\|identyfikator> <nazwa pliku\|SHA-256\|identyfikator> --yes/);
    expect((await cli('purchase', '--help')).stdout).toContain('cal-register purchase detach');
    const { dir } = await registerWithProof();
    expect(await cli('purchase', 'detach', dir, 'FV/1')).toMatchObject({ code: 2, stderr: 'cal-register purchase detach: <file name|SHA-256|id> is required\n' });
    expect(await cli('purchase', 'detach', dir, 'FV/1', 'faktura.pdf', 'inna.pdf', '--yes')).toMatchObject({ code: 2, stderr: expect.stringContaining('unexpected argument "inna.pdf"') });
  });
});
