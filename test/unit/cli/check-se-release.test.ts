import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

describe('check --as-of a day before Exchange SE was released (2025-07-01)', () => {
  it('judges a server recorded as SE as the Exchange 2019 it ran then, and asks SE-reaching CALs only from the release on', async () => {
    const dir = join(tempDir(), 'rejestr');
    expect((await cli('init', dir, '--org', 'Firma')).code).toBe(0);
    expect((await cli('server', 'add', dir, '--name', 'EXSE', '--product', 'Exchange Server SE', '--edition', 'Standard', '--activated')).code).toBe(0);
    expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/1')).code).toBe(0);
    expect((await cli('person', 'add', dir, '--given', 'Anna', '--surname', 'Nowak', '--email', 'a.nowak@przyklad.pl')).code).toBe(0);
    expect((await cli('assign', dir, '--person', 'a.nowak@przyklad.pl', '--purchase', 'FV/1', '--date', '2024-03-02', '--yes')).code).toBe(0);

    const before = await cli('check', dir, '--as-of', '2025-06-30', '--json');
    expect(before.code).toBe(0);
    const report = JSON.parse(before.stdout) as { servers: { product: string }[]; findings: { rule: string }[] };
    // What it counted as, and what was recorded.
    expect(report.servers).toEqual([{ name: 'EXSE', product: 'Exchange Server 2019', recordedProduct: 'Exchange Server SE', activation: 'activated' }]);
    expect(report.findings.map((f) => f.rule)).not.toContain('cal-version-too-old');
    expect(report.findings.map((f) => f.rule)).not.toContain('cal-shortfall');

    const after = await cli('check', dir, '--as-of', '2025-07-01', '--json');
    expect(after.code).toBe(1);
    const judged = JSON.parse(after.stdout) as { servers: unknown[]; findings: { rule: string }[] };
    expect(judged.findings.map((f) => f.rule)).toContain('cal-version-too-old');
    expect(judged.servers).toEqual([{ name: 'EXSE', product: 'Exchange Server SE', activation: 'activated' }]);
  });
});
