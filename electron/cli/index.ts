import { z } from 'zod';
import { version } from '../../package.json';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain/model';
import { setZodLanguage } from '../../shared/domain/zod-language';
import { DomainError } from '../../shared/result';
import { serviceErrorText } from '../../shared/errors/messages';
import { formatLicensingMessage, licensingPl, localizedParams } from '../../shared/licensing/messages';
import { RegisterOpenError } from '../services/register/register-store';
import { checkHelp, polishNames, runCheck } from './commands/check';
import { backupsHelp, openProblemHint, restoreHelp, runBackups, runRestore } from './commands/backups';
import { exportHelp, runExport } from './commands/export';
import { importHelp, runImport } from './commands/import';
import { initHelp, orgHelp, runInit, runOrg } from './commands/init';
import { peopleHelp, purchasesHelp, runPeople, runPurchases, runServers, serversHelp } from './commands/list';
import {
  assignHelp,
  personAddHelp,
  personEditHelp,
  personLeaveHelp,
  personReturnHelp,
  purchaseAddHelp,
  purchaseEditHelp,
  purchaseProofHelp,
  purchaseVoidHelp,
  releaseHelp,
  runAssign,
  runPersonAdd,
  runPersonEdit,
  runPersonLeave,
  runPersonReturn,
  runPurchaseAdd,
  runPurchaseEdit,
  runPurchaseProof,
  runPurchaseVoid,
  runRelease,
  runServerAdd,
  runServerVerify,
  serverAddHelp,
  serverVerifyHelp,
} from './commands/ledger';
import { purchaseDetachHelp, runPurchaseDetach } from './commands/detach';
import { runVerify, verifyHelp } from './commands/verify';
import { endQuietlyOnClosedPipe, HelpAsked, processIo, setTakeOverLock, UsageError, type Io } from './context';
import { cliLanguage, cliLanguageFrom, detailText, issueReason, msg, readFailureText, setCliLanguage, uiText } from './messages';

/**
 * `ownHelp`: the command finds `-h` / `--help` itself, once it has taken each option's value
 * (`assign … --notes -h` records the note "-h"), and throws `HelpAsked`; for the others any `-h` or
 * `--help` after the command's name asks for its help.
 */
type Command = { help: () => string; run: (args: string[], io: Io) => Promise<number> | number; ownHelp?: true };

/** Every command takes the register folder first; --json output goes to stdout, messages to stderr. */
const commands: Record<string, Command> = {
  init: { help: initHelp, run: runInit, ownHelp: true },
  org: { help: orgHelp, run: runOrg, ownHelp: true },
  'server add': { help: serverAddHelp, run: runServerAdd, ownHelp: true },
  'purchase add': { help: purchaseAddHelp, run: runPurchaseAdd, ownHelp: true },
  'person add': { help: personAddHelp, run: runPersonAdd, ownHelp: true },
  'person leave': { help: personLeaveHelp, run: runPersonLeave, ownHelp: true },
  'person return': { help: personReturnHelp, run: runPersonReturn, ownHelp: true },
  'person edit': { help: personEditHelp, run: runPersonEdit, ownHelp: true },
  'server verify': { help: serverVerifyHelp, run: runServerVerify, ownHelp: true },
  'purchase edit': { help: purchaseEditHelp, run: runPurchaseEdit, ownHelp: true },
  'purchase void': { help: purchaseVoidHelp, run: runPurchaseVoid, ownHelp: true },
  'purchase proof': { help: purchaseProofHelp, run: runPurchaseProof, ownHelp: true },
  'purchase detach': { help: purchaseDetachHelp, run: runPurchaseDetach, ownHelp: true },
  assign: { help: assignHelp, run: runAssign, ownHelp: true },
  release: { help: releaseHelp, run: runRelease, ownHelp: true },
  import: { help: importHelp, run: runImport, ownHelp: true },
  check: { help: checkHelp, run: runCheck, ownHelp: true },
  people: { help: peopleHelp, run: runPeople, ownHelp: true },
  purchases: { help: purchasesHelp, run: runPurchases, ownHelp: true },
  servers: { help: serversHelp, run: runServers, ownHelp: true },
  export: { help: exportHelp, run: runExport, ownHelp: true },
  verify: { help: verifyHelp, run: runVerify },
  backups: { help: backupsHelp, run: runBackups, ownHelp: true },
  restore: { help: restoreHelp, run: runRestore, ownHelp: true },
};

/** Two-word commands ("server add") are looked up by their first two words. */
function resolveCommand(argv: string[]): { name: string; rest: string[] } | null {
  // Own names only: `constructor` or `toString` is an unknown command, not Object.prototype's.
  const known = (name: string | undefined): name is string => name !== undefined && Object.hasOwn(commands, name);
  const two = argv.slice(0, 2).join(' ');
  if (known(two)) return { name: two, rest: argv.slice(2) };
  if (known(argv[0])) return { name: argv[0], rest: argv.slice(1) };
  return null;
}

/** The commands of a group (`person` → person add, leave, return, edit); none for a word that names no group. */
const groupOf = (word: string): string[] => Object.keys(commands).filter((name) => name.startsWith(`${word} `));

const groupHelp = (group: readonly string[]): string => [msg('usage'), ...group.map((name) => `  ${commands[name]!.help()}`)].join('\n');

/** `person frobnicate` names both words; `frobnicate <dir>` only the command, not the folder after it. */
const unknownCommand = (argv: readonly string[], group: readonly string[]): string => msg('unknownCommand', { command: argv.slice(0, group.length > 0 ? 2 : 1).join(' ') });

/**
 * `help check`, `help person add`: that command's help, as `check --help` gives it; `help person`: the group's commands;
 * `help help`: the usage. Any other word is an unknown command, refused as it is without `help` (exit 2).
 */
function helpOn(topic: string[], io: Io): number {
  const resolved = resolveCommand(topic);
  if (resolved) {
    io.out(commands[resolved.name]!.help());
    return 0;
  }
  const [word] = topic;
  if (word === 'help' || word === '--help' || word === '-h') {
    io.out(usage());
    return 0;
  }
  const group = groupOf(word!);
  if (group.length > 0 && (topic.length === 1 || topic[1] === '--help' || topic[1] === '-h')) {
    io.out(groupHelp(group));
    return 0;
  }
  io.err(unknownCommand(topic, group));
  return 2;
}

export function usage(): string {
  return [
    msg('title'),
    '',
    msg('usage'),
    ...Object.values(commands).map((c) => `  ${c.help()}`),
    '',
    msg('exitCodes'),
    msg('languageNote'),
    msg('takeOverNote'),
    msg('versionNote'),
  ].join('\n');
}

/** The option that gave a field, where a refusal names a field of the domain schema: --key-tail, not partialProductKey. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  givenName: '--given',
  surname: '--surname',
  email: '--email',
  login: '--login',
  department: '--department',
  notes: '--notes',
  partialProductKey: '--key-tail',
  build: '--build',
  name: '--name',
  document: '--document',
  vendor: '--vendor',
  taxId: '--tax-id',
  // init's organization name (`org` names it --name, its field's own name).
  org: '--org',
  address: '--address',
  contact: '--contact',
  voidReason: '--reason',
  verifiedBy: '--by',
  daysLeft: '--trial-days',
  quantity: '--quantity',
  until: '--until',
  date: '--date',
};

/** One refused value: where (the option that gave it, else the field's path) and why, in the CLI's language. */
function issueText(issue: z.core.$ZodIssue): string {
  const field = issue.path.at(-1);
  const option = typeof field === 'string' ? OPTION_OF_FIELD[field] : undefined;
  return `${option ?? (issue.path.join('.') || msg('wholeValue'))}: ${issueReason(issue.message)}`;
}

export async function main(rawArgv: string[], io: Io = processIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  if (io === processIo) {
    endQuietlyOnClosedPipe(process.stdout);
    endQuietlyOnClosedPipe(process.stderr);
  }
  // The system's locale only for the real environment: a caller (a test) that gives its own decides by that alone.
  setCliLanguage(cliLanguageFrom(rawArgv, env, env === process.env ? Intl.DateTimeFormat().resolvedOptions().locale : ''));
  // zod words its own refusals ("too small: expected…") in the CLI's language; the schemas' own hints are worded below.
  setZodLanguage(cliLanguage());
  // --lang also chooses the workbook's language of `export`; other commands do not take it.
  // --take-over-lock is taken by every command that opens a register, before its own options.
  setTakeOverLock(rawArgv.includes(TAKE_OVER_LOCK));
  const withoutTakeOver = rawArgv.filter((arg) => arg !== TAKE_OVER_LOCK);
  // `--lang` with no value, or one that is not en/pl (`check --lang --json`), is refused: never a guess that swallows the next option.
  if (!langValuesValid(rawArgv)) {
    io.err(msg('langChoice'));
    return 2;
  }
  const argv = withoutTakeOver[0] === 'export' ? withoutTakeOver : withoutLang(withoutTakeOver);
  const first = argv[0];
  if (first === 'help' && argv.length > 1) return helpOn(argv.slice(1), io);
  // What a "written by a newer CAL Register" refusal asks the user to compare: this version, and the schema it reads.
  if (argv.length === 1 && (first === '--version' || first === '-V')) {
    io.out(msg('version', { version, schema: String(CURRENT_SCHEMA_VERSION) }));
    return 0;
  }
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    (first ? io.out : io.err)(usage());
    return first ? 0 : 2;
  }
  const resolved = resolveCommand(argv);
  // `person --help`, or `person` alone: the commands of that group, as `--help` lists them.
  const group = resolved ? [] : groupOf(first);
  if (group.length > 0 && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
    const asked = argv.length > 1;
    (asked ? io.out : io.err)(groupHelp(group));
    return asked ? 0 : 2;
  }
  if (!resolved) {
    io.err(unknownCommand(argv, group));
    return 2;
  }
  const { name, rest } = resolved;
  const command = commands[name]!;
  if (!command.ownHelp && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(command.help());
    return 0;
  }
  // node's parser keeps the last of an option given twice without a word: `--given A --given B` would save B unsaid.
  const repeated = repeatedOption(rest);
  if (repeated) {
    io.err(`cal-register ${name}: ${msg('optionRepeated', { option: repeated })}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof HelpAsked) {
      io.out(command.help());
      return 0;
    }
    // A value the domain schema refuses (an empty person, a malformed build number): one line, exit 2, as for bad usage.
    if (error instanceof z.ZodError) {
      io.err(`cal-register ${name}: ${msg('invalidValues', { issues: error.issues.map(issueText).join('; ') })}`);
      return 2;
    }
    if (isParseArgsError(error)) {
      io.err(`cal-register ${name}: ${parseArgsText(error, name)}`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof DomainError) {
      io.err(`cal-register ${name}: ${error instanceof DomainError ? domainErrorText(error) : error.message}`);
      const hint = openProblemHint(error, rest[0]);
      if (hint) io.err(hint);
      // Held by another CAL Register: nothing is wrong with the command, so a script may wait and run it again.
      return error instanceof DomainError && error.code === 'register-locked' && error.detail?.messageKey !== 'register-read-only' ? 3 : 2;
    }
    // The stack is for a developer who asks for it (CAL_REGISTER_DEBUG=1), not for the person at the terminal.
    const detail = process.env.CAL_REGISTER_DEBUG ? ((error as Error).stack ?? String(error)) : error instanceof Error ? error.message : String(error);
    io.err(`cal-register ${name}: ${msg('unexpectedFailure')}: ${detail}`);
    return 2;
  }
}

const TAKE_OVER_LOCK = '--take-over-lock';

/** The options a command takes more than once: one proof file, Enterprise feature or skipped sheet each. */
const MANY_TIMES = new Set(['--proof', '--feature', '--skip']);

/** The first option given twice (`--as-of a --as-of b`, or `--as-of=a --as-of b`), or null. */
function repeatedOption(args: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const arg of args) {
    if (!arg.startsWith('--') || arg === '--') continue;
    const option = arg.split('=', 1)[0]!;
    if (MANY_TIMES.has(option)) continue;
    if (seen.has(option)) return option;
    seen.add(option);
  }
  return null;
}

function langValuesValid(argv: readonly string[]): boolean {
  return argv.every((arg, i) => {
    if (arg === '--lang') return argv[i + 1] === 'en' || argv[i + 1] === 'pl';
    if (arg.startsWith('--lang=')) return arg === '--lang=en' || arg === '--lang=pl';
    return true;
  });
}

function withoutLang(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

type ParseArgsError = Error & { code: string };

function isParseArgsError(error: unknown): error is ParseArgsError {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** node:util parseArgs words its refusals in English only; the option it names is kept, the sentence is ours. */
function parseArgsText(error: ParseArgsError, command: string): string {
  const option = /'(--?[^'\s]+)/.exec(error.message)?.[1];
  if (option && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg('unknownOption', { option, command });
  if (option && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg(error.message.includes('does not take') ? 'optionTakesNoValue' : 'optionNeedsValue', { option });
  return msg('badArguments', { command });
}

/**
 * A refusal in the CLI's language: keyed service errors and licensing problems from their keys, a
 * register that does not open in the words of the app's problem screen; other errors as they are.
 */
function domainErrorText(error: DomainError): string {
  const pl = cliLanguage() === 'pl';
  if (typeof error.detail?.problems === 'string') {
    const problems = pl ? licensingProblemsText(error.detail.problems) : null;
    // Warnings stop a change only until they are accepted: say how.
    return [problems ?? error.message, error.detail.code === 'confirmation-needed' ? msg('acceptWarnings') : ''].filter(Boolean).join(' ');
  }
  if (typeof error.detail?.messageKey === 'string') return serviceErrorText(error, cliLanguage());
  // Held at open or at restore, in either language: which process holds it, where and since when (this computer's
  // local time, as every time the CLI prints), under the app's labels; the service's English text has the UTC time.
  if (error.code === 'register-locked') {
    const lockDetails = error.detail ? detailText(error.detail) : '';
    return [uiText('problem.register-locked'), lockDetails ? `(${lockDetails})` : ''].filter(Boolean).join(' ');
  }
  if (!pl) return error.message;
  const movedTo = error instanceof RegisterOpenError && error.movedTo ? uiText('problem.movedTo', { path: error.movedTo }) : '';
  // The short sentence, then where it went if it was moved: the long one says "moved aside and kept", untrue for a reader that moves nothing.
  const problem = error instanceof RegisterOpenError ? uiText(error.problem === 'register-corrupt' ? 'errors.register-corrupt' : `problem.${error.problem}`) : null;
  // A damaged file: what the reader said (a JSON position, the first field that does not fit), for whoever repairs it.
  const reason = error instanceof RegisterOpenError && typeof error.detail?.reason === 'string' ? readFailureText(error.detail.reason) : '';
  if (problem !== null) {
    return [problem, movedTo, reason].filter(Boolean).join(' ');
  }
  return error.message;
}

/** Licensing problems (`detail.problems`, JSON of keys and values) in Polish; null when the detail cannot be read. */
function licensingProblemsText(json: string): string | null {
  try {
    const problems = JSON.parse(json) as { key: string; params: Record<string, string | number> }[];
    return problems.map((p) => formatLicensingMessage(p.key, localizedParams(p.params, polishNames), licensingPl)).join(' ');
  } catch {
    return null;
  }
}
