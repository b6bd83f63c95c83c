import { z } from 'zod';
import { DomainError } from '../../shared/result';
import { serviceErrorText } from '../../shared/errors/messages';
import { formatLicensingMessage, licensingPl } from '../../shared/licensing/messages';
import { checkHelp, runCheck } from './commands/check';
import { backupsHelp, openProblemHint, restoreHelp, runBackups, runRestore } from './commands/backups';
import { exportHelp, runExport } from './commands/export';
import { importHelp, runImport } from './commands/import';
import { initHelp, runInit } from './commands/init';
import {
  assignHelp,
  personAddHelp,
  personLeaveHelp,
  purchaseAddHelp,
  releaseHelp,
  runAssign,
  runPersonAdd,
  runPersonLeave,
  runPurchaseAdd,
  runRelease,
  runServerAdd,
  serverAddHelp,
} from './commands/ledger';
import { runVerify, verifyHelp } from './commands/verify';
import { processIo, UsageError, type Io } from './context';
import { cliLanguage, cliLanguageFrom, msg, setCliLanguage } from './messages';

type Command = { help: string; run: (args: string[], io: Io) => Promise<number> | number };

/** Every command takes the register folder first; --json output goes to stdout, messages to stderr. */
const commands: Record<string, Command> = {
  init: { help: initHelp, run: runInit },
  'server add': { help: serverAddHelp, run: runServerAdd },
  'purchase add': { help: purchaseAddHelp, run: runPurchaseAdd },
  'person add': { help: personAddHelp, run: runPersonAdd },
  'person leave': { help: personLeaveHelp, run: runPersonLeave },
  assign: { help: assignHelp, run: runAssign },
  release: { help: releaseHelp, run: runRelease },
  import: { help: importHelp, run: runImport },
  check: { help: checkHelp, run: runCheck },
  export: { help: exportHelp, run: runExport },
  verify: { help: verifyHelp, run: runVerify },
  backups: { help: backupsHelp, run: runBackups },
  restore: { help: restoreHelp, run: runRestore },
};

/** Two-word commands ("server add") are looked up by their first two words. */
function resolveCommand(argv: string[]): { name: string; rest: string[] } | null {
  const two = argv.slice(0, 2).join(' ');
  if (commands[two]) return { name: two, rest: argv.slice(2) };
  if (argv[0] && commands[argv[0]]) return { name: argv[0], rest: argv.slice(1) };
  return null;
}

export function usage(): string {
  return [
    msg('title'),
    '',
    msg('usage'),
    ...Object.values(commands).map((c) => `  ${c.help}`),
    '',
    msg('exitCodes'),
    msg('languageNote'),
  ].join('\n');
}

export async function main(rawArgv: string[], io: Io = processIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  setCliLanguage(cliLanguageFrom(rawArgv, env));
  // --lang also chooses the workbook's language of `export`; other commands do not take it.
  const argv = rawArgv[0] === 'export' ? rawArgv : withoutLang(rawArgv);
  const first = argv[0];
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    (first ? io.out : io.err)(usage());
    return first ? 0 : 2;
  }
  const resolved = resolveCommand(argv);
  if (!resolved) {
    io.err(msg('unknownCommand', { command: argv.slice(0, 2).join(' ') }));
    return 2;
  }
  const { name, rest } = resolved;
  const command = commands[name]!;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A value the domain schema refuses (an empty person, a malformed build number): one line, exit 2, as for bad usage.
    if (error instanceof z.ZodError) {
      io.err(`cal-register ${name}: ${msg('invalidValues', { issues: error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') })}`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof DomainError || isParseArgsError(error)) {
      io.err(`cal-register ${name}: ${localizedMessage(error as Error)}`);
      const hint = openProblemHint(error, rest[0]);
      if (hint) io.err(hint);
      return 2;
    }
    io.err(`cal-register ${name}: ${msg('unexpectedFailure')}: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

function withoutLang(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Keyed errors are worded in Polish from their key: rule problems from the licensing catalog, the rest from shared/errors. */
function localizedMessage(error: Error): string {
  if (cliLanguage() !== 'pl' || !(error instanceof DomainError)) return error.message;
  if (typeof error.detail?.problems !== 'string') return serviceErrorText(error, 'pl');
  try {
    const problems = JSON.parse(error.detail.problems) as { key: string; params: Record<string, string | number> }[];
    return problems.map((p) => formatLicensingMessage(p.key, p.params, licensingPl)).join(' ');
  } catch {
    return error.message;
  }
}
