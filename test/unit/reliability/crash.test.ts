import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAllProofs } from '../../../electron/services/ledger/proofs';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import pkg from '../../../package.json' with { type: 'json' };
import { seededRandom } from '../../bench/random.mjs';
import { org, tempDir, testDeps } from './helpers';

const KILLS = 200;
const root = resolve(import.meta.dirname, '../../..');
// Inside the repo's node_modules so the bundle finds conf, zod… like the built CLI does.
const outDir = join(root, 'node_modules', '.cache', `cal-crash-${process.pid}`);
const childScript = join(outDir, 'saver.mjs');

beforeAll(async () => {
  const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      ssr: true,
      minify: false,
      lib: { entry: join(root, 'test/fixtures/crash/saver.ts'), formats: ['es'], fileName: () => 'saver.mjs' },
      rollupOptions: {
        external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
        output: { entryFileNames: 'saver.mjs' },
        // Drops conf's import (the child does not use it): start-up time is most of each round.
        treeshake: { moduleSideEffects: 'no-external' },
      },
    },
  });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface Saved {
  kind: 'person' | 'assignment' | 'proof';
  key: string;
}

/** Starts the saver, kills it `delayMs` after it reports ready, and returns what it said it saved. */
function runAndKill(dir: string, scratch: string, delayMs: number): Promise<{ saved: Saved[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, dir, scratch], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!timer && stdout.includes('ready ')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', fail);
    // 'close' comes after the pipes are drained: every line written before the kill is read.
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      clearTimeout(timer);
      const saved = stdout
        .split('\n')
        .map((line) => /^saved \d+ (person|assignment|proof) (\S+)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ kind: m[1] as Saved['kind'], key: m[2]! }));
      done({ saved, signal, stderr });
    });
  });
}

describe('crash safety', () => {
  it(`a register saved in a loop and killed with SIGKILL ${KILLS} times at random moments always opens, verifies, and holds every save reported before the kill`, async () => {
    // Seeded, so a failing run can be replayed with CRASH_SEED.
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const dir = join(tempDir('calcrash-'), 'register');
    const scratch = tempDir('calcrash-src-');
    mkdirSync(dir);
    createRegister(dir, org(), testDeps()).close();

    const reported = { person: new Set<string>(), assignment: new Set<string>(), proof: new Set<string>() };
    let killed = 0;
    let saves = 0;
    const started = Date.now();
    for (let round = 1; round <= KILLS; round++) {
      const delay = 5 + Math.floor(random() * 56);
      const run = await runAndKill(dir, scratch, delay);
      expect(run.signal, `round ${round} (seed ${seed}): the child ended on its own: ${run.stderr}`).toBe('SIGKILL');
      killed++;
      for (const s of run.saved) reported[s.kind].add(s.key);
      saves += run.saved.length;

      const register = openRegister(dir, testDeps());
      try {
        const doc = register.document;
        const chain = verifyAuditChain(doc.audit);
        expect(chain.ok, `round ${round} (seed ${seed}): audit chain ${JSON.stringify(chain)}`).toBe(true);
        const people = new Set(doc.people.map((p) => p.id));
        const assignments = new Set(doc.assignments.map((a) => a.id));
        const proofs = new Set(doc.proofs.map((p) => p.sha256));
        for (const id of reported.person) expect(people.has(id), `round ${round} (seed ${seed}): person ${id} lost`).toBe(true);
        for (const id of reported.assignment) expect(assignments.has(id), `round ${round} (seed ${seed}): assignment ${id} lost`).toBe(true);
        for (const sha of reported.proof) expect(proofs.has(sha), `round ${round} (seed ${seed}): proof ${sha} lost`).toBe(true);
        const proofStatus = [...(await checkAllProofs(register, { rehash: true }, doc)).values()];
        expect(proofStatus.filter((s) => s !== 'ok'), `round ${round} (seed ${seed}): proof files`).toEqual([]);
      } finally {
        register.close();
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(`crash safety: ${killed} SIGKILLs survived, ${saves} saves reported and found (${reported.person.size} people, ${reported.assignment.size} assignments, ${reported.proof.size} proofs), seed ${seed}, ${seconds} s`);
    expect(killed).toBe(KILLS);
    // Every kind of save was reported (and then found) at least once across the run.
    expect(Math.min(reported.person.size, reported.assignment.size, reported.proof.size)).toBeGreaterThan(0);
  }, 400_000);
});
