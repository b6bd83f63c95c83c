import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../../electron/cli/index';
import { tempDir } from '../register/helpers';

/** Runs the CLI in-process and captures what it prints (English: the developer's LANG is not passed on). */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, {});
  return { code, stdout, stderr };
}

/** A register with lot FV/1 (Exchange 2019 Standard, 2 seats) and its proof faktura.pdf; `stored` is the proof's file in proofs/. */
export async function registerWithProof(): Promise<{ dir: string; proof: string; stored: string }> {
  const dir = join(tempDir(), 'rejestr');
  const proof = join(tempDir(), 'faktura.pdf');
  writeFileSync(proof, '%PDF-1.4 faktura FV/1');
  expect((await cli('init', dir, '--org', 'Firma')).code).toBe(0);
  expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-01-01', '--document', 'FV/1', '--proof', proof)).code).toBe(0);
  const stored = join(dir, 'proofs', readdirSync(join(dir, 'proofs'))[0]!);
  return { dir, proof, stored };
}
