import { main } from '../../../electron/cli/index';

/** Runs the CLI in-process and captures what it prints (English: the developer's LANG is not passed on). */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, {});
  return { code, stdout, stderr };
}
