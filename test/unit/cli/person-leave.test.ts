import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readRegisterFile, tempDir } from '../register/helpers';
import { cli } from './helpers';

let dir: string;

beforeEach(async () => {
  dir = join(tempDir(), 'klient');
  expect((await cli('init', dir, '--org', 'Przykład Sp. z o.o.')).code).toBe(0);
  expect((await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--build', '15.2.1544.4', '--activated')).code).toBe(0);
  expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/2024/03/17')).code).toBe(0);
  expect((await cli('person', 'add', dir, '--given', 'Anna', '--surname', 'Nowak', '--email', 'a.nowak@przyklad.pl')).code).toBe(0);
  expect((await cli('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski', '--email', 'j.kowalski@przyklad.pl')).code).toBe(0);
  expect((await cli('assign', dir, '--person', 'a.nowak@przyklad.pl', '--purchase', 'FV/2024/03/17', '--date', '2024-03-02')).code).toBe(0);
});

const leftFindings = async () => {
  const check = await cli('check', dir, '--json', '--as-of', '2024-12-01');
  return (JSON.parse(check.stdout) as { findings: { rule: string; subject: string }[] }).findings.filter((f) => f.rule === 'assigned-to-disabled-account');
};

describe('cal-register person leave', () => {
  it('records the leaving date and releases their CAL with reason left, so the seat can go to someone else the next day', async () => {
    const leave = await cli('person', 'leave', dir, 'a.nowak@przyklad.pl', '--on', '2024-09-01');
    expect(leave.code, leave.stderr).toBe(0);
    expect(leave.stderr).toContain('Anna Nowak left on 2024-09-01; 1 CAL released (reason left)');
    const doc = readRegisterFile(join(dir, 'register.json')) as { people: { email: string; leftOn: string | null }[]; assignments: { releasedOn: string; releaseReason: string }[] };
    expect(doc.people.find((p) => p.email === 'a.nowak@przyklad.pl')?.leftOn).toBe('2024-09-01');
    expect(doc.assignments.map((a) => [a.releasedOn, a.releaseReason])).toEqual([['2024-09-01', 'left']]);
    expect(await leftFindings()).toEqual([]);
    const next = await cli('assign', dir, '--person', 'j.kowalski@przyklad.pl', '--purchase', 'FV/2024/03/17', '--date', '2024-09-02');
    expect(next.code, next.stderr).toBe(0);
  });

  // Found in review: "0 CALs released (reason left), their seats can be reassigned at once".
  it('for someone who held no CAL says so, in English and Polish', async () => {
    const leave = await cli('person', 'leave', dir, 'j.kowalski@przyklad.pl', '--on', '2024-09-01');
    expect(leave.code, leave.stderr).toBe(0);
    expect(leave.stderr.trim()).toBe('Jan Kowalski left on 2024-09-01; they held no CAL.');
    await cli('person', 'return', dir, 'j.kowalski@przyklad.pl');
    const pl = await cli('person', 'leave', dir, 'j.kowalski@przyklad.pl', '--on', '2024-09-01', '--keep-cals', '--lang', 'pl');
    expect(pl.stderr.trim()).toBe('Jan Kowalski: odejście 2024-09-01; osoba nie miała licencji CAL.');
  });

  it('with --keep-cals the CAL stays assigned and check reports it as held by someone who left', async () => {
    const leave = await cli('person', 'leave', dir, 'a.nowak@przyklad.pl', '--on', '2024-09-01', '--keep-cals', '--json');
    expect(leave.code, leave.stderr).toBe(0);
    expect(leave.stderr).toContain('1 CAL kept');
    // --json says what the sentence says (found in review: the kept CALs were left out).
    expect(JSON.parse(leave.stdout)).toMatchObject({ released: [], kept: 1 });
    expect((await leftFindings()).map((f) => f.subject)).toEqual(['a.nowak@przyklad.pl']);
  });

  it('with --keep-cals a CAL whose release is booked after the leaving date counts as kept, as the app dialog counts it', async () => {
    const booked = await cli('release', dir, '--person', 'a.nowak@przyklad.pl', '--date', '2024-12-31', '--reason', 'role-change');
    expect(booked.code, booked.stderr).toBe(0);
    const leave = await cli('person', 'leave', dir, 'a.nowak@przyklad.pl', '--on', '2024-09-01', '--keep-cals');
    expect(leave.code, leave.stderr).toBe(0);
    expect(leave.stderr).toContain('1 CAL kept');
  });

  it('a leaving date before their CAL started exits 2 in Polish and writes nothing', async () => {
    const before = readFileSync(join(dir, 'register.json'));
    const leave = await cli('person', 'leave', dir, 'a.nowak@przyklad.pl', '--on', '2024-01-31', '--lang', 'pl');
    expect(leave.code).toBe(2);
    expect(leave.stderr).toContain('nie mogła odejść 2024-01-31: ma licencję CAL przypisaną 2024-03-02');
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
  });

  it('without --on it exits 2 saying --on is required', async () => {
    const leave = await cli('person', 'leave', dir, 'a.nowak@przyklad.pl');
    expect([leave.code, leave.stderr.trim()]).toEqual([2, 'cal-register person leave: --on is required']);
  });
});
