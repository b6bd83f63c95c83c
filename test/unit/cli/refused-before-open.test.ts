import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review: these commands were refused only after the register was opened, so a register of an older format was
// upgraded (with a migration backup and an audit event) by a command that said "nothing was written".
describe('a command refused for its own options', () => {
  it('leaves a register of an older format as it was: no upgrade, no backup', async () => {
    const dir = join(tempDir(), 'rejestr');
    cpSync('test/fixtures/registers/v1', dir, { recursive: true });
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    for (const args of [
      ['person', 'add', dir, '--email', 'bad'],
      ['server', 'add', dir, '--product', 'Exchange Server 2019'],
      ['assign', dir, '--person', 'nobody', '--purchase', 'x', '--date', '2024-02-30'],
    ]) {
      const refused = await cli(...args);
      expect(refused.code, args.join(' ')).toBe(2);
    }
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(readdirSync('test/fixtures/registers/v1').sort());
  });
});
