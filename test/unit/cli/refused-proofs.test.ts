import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const PRODUCT = 'Exchange Server 2019 Standard User CAL';

// Found in review: a refused `purchase add --proof` or `purchase proof` said nothing was written, but left its copy in proofs/.
describe('a refused command with proof files', () => {
  it('leaves proofs/ as it was: a lot the schema refuses, and a voided lot', async () => {
    const dir = join(tempDir(), 'rejestr');
    const file = join(tempDir(), 'faktura 1.pdf');
    writeFileSync(file, '%PDF-1.4 faktura');
    await cli('init', dir, '--org', 'Firma');
    const huge = await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '9007199254740991', '--date', '2024-01-01', '--document', 'BIG', '--proof', file);
    expect(huge.code).toBe(2);
    expect(readdirSync(join(dir, 'proofs'))).toEqual([]);

    await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '2', '--date', '2024-01-01', '--document', 'FV/1');
    await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy', '--yes');
    const voided = await cli('purchase', 'proof', dir, 'FV/1', '--proof', file);
    expect(voided.code).toBe(2);
    expect(readdirSync(join(dir, 'proofs'))).toEqual([]);

    // Accepted, the copy is kept and recorded.
    expect((await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '2', '--date', '2024-01-01', '--document', 'FV/2', '--proof', file)).code).toBe(0);
    expect(readdirSync(join(dir, 'proofs'))).toHaveLength(1);
    expect((await cli('verify', dir)).code).toBe(0);
  });
});
