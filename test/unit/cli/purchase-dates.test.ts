import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const PRODUCT = 'Exchange Server 2019 Standard User CAL';

// Found in review: `purchase edit --date` could move a lot's date after its CALs' start, and nothing said so, then or later.
describe('a purchase dated after its CALs', () => {
  it('is kept when edited so, said by the edit, and reported by check until the dates agree', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1', '--proof', 'package.json');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02');
    const rules = async () => (JSON.parse((await cli('check', dir, '--json', '--as-of', '2024-06-01')).stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect((await rules()).map((f) => f.rule)).not.toContain('assigned-before-purchase');

    const edited = await cli('purchase', 'edit', dir, 'FV/1', '--date', '2024-04-01');
    expect(edited.code).toBe(0);
    expect(edited.stderr).toContain('warning: CALs of purchase FV/1 were assigned before its date 2024-04-01 (CALs: 1)');
    expect((await rules()).find((f) => f.rule === 'assigned-before-purchase')?.message).toContain('(CALs: 1; the earliest on 2024-03-02)');

    const back = await cli('purchase', 'edit', dir, 'FV/1', '--date', '2024-03-01', '--lang', 'pl');
    expect(back.stderr).not.toContain('ostrzeżenie');
    expect((await rules()).map((f) => f.rule)).not.toContain('assigned-before-purchase');
  });
});
