import { DomainError } from '../../shared/result';
import { initHelp, runInit } from './commands/init';
import { processIo, UsageError, type Io } from './context';

type Command = { help: string; run: (args: string[], io: Io) => Promise<number> | number };

/** Every command takes the register folder first; --json output goes to stdout, messages to stderr. */
const commands: Record<string, Command> = {
  init: { help: initHelp, run: runInit },
};

export function usage(): string {
  return [
    'cal-register — the Exchange Server CAL register, from the command line',
    '',
    'Usage:',
    ...Object.values(commands).map((c) => `  ${c.help}`),
    '',
    'Exit codes: 0 done; 1 done with error findings or a failed verification; 2 bad usage or bad input (nothing written).',
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`cal-register: unknown command "${name}". Run cal-register --help.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DomainError || isParseArgsError(error)) {
      io.err(`cal-register ${name}: ${(error as Error).message}`);
      return 2;
    }
    io.err(`cal-register ${name}: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
