import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli, registerWithProof } from './helpers';

// Found in audit: a proof file replaced by a link to a file outside the register folder was written through when the
// proof was attached again, and the command said nothing new had happened.
describe.skipIf(process.platform === 'win32')('a symbolic link in proofs/', () => {
  it('attaching the proof again replaces the link, leaves the file it pointed to as it was, and says the stored copy was repaired', async () => {
    const { dir, proof, stored } = await registerWithProof();
    const outside = join(tempDir(), 'outside.txt');
    writeFileSync(outside, 'not the register’s file');
    rmSync(stored);
    symlinkSync(outside, stored);
    const again = await cli('purchase', 'proof', dir, 'FV/1', '--proof', proof);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('not the register’s file');
    expect(lstatSync(stored).isFile()).toBe(true);
    expect(readFileSync(stored).equals(readFileSync(proof))).toBe(true);
    expect(again.stderr).toBe(
      'Purchase FV/1 already had these proof files; nothing new was attached. Repaired in the register folder:\n' +
        'Proof faktura.pdf: the file in the register folder was not the one attached (changed, or a link to another file); it was replaced with the file given.\n',
    );
    expect((await cli('verify', dir)).code).toBe(0);
  });

  it('verify and check call a proof that is a link not intact, even to a file with the very bytes attached', async () => {
    const { dir, proof, stored } = await registerWithProof();
    const outside = join(tempDir(), 'copy.pdf');
    writeFileSync(outside, readFileSync(proof));
    rmSync(stored);
    symlinkSync(outside, stored);
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('Proof files: 0 of 1 intact.');
    const check = await cli('check', dir, '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).findings).toContainEqual(expect.objectContaining({ rule: 'proof-missing-or-altered', subject: 'faktura.pdf' }));
  });

  it('attaching a proof whose file is missing says it was stored again, in Polish too', async () => {
    const { dir, proof, stored } = await registerWithProof();
    rmSync(stored);
    const again = await cli('purchase', 'proof', dir, 'FV/1', '--proof', proof, '--lang', 'pl');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe(
      'Zakup FV/1 miał już te pliki dowodu zakupu; niczego nowego nie dołączono. Naprawiono w folderze rejestru:\n' +
        'Dowód zakupu faktura.pdf: jego pliku brakowało w folderze rejestru; zapisano go ponownie z podanego pliku.\n',
    );
    expect(readFileSync(stored).equals(readFileSync(proof))).toBe(true);
  });
});
