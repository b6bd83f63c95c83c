/** E-mail addresses anywhere in a text: the part before @ and the domain's first label are masked. */
const emailPattern = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+)((?:\.[A-Za-z0-9-]+)+)/g;

/** `jan.kowalski@przyklad.pl` → `j***@p***.pl`: enough to tell addresses apart, not to read them. */
export function maskEmails(text: string): string {
  return text.replace(emailPattern, (_all, user: string, label: string, rest: string) => `${user[0]}***@${label[0]}***${rest.slice(rest.lastIndexOf('.'))}`);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Log and diagnostics text without personal data: e-mail addresses masked and the user's home
 * folder (which carries the OS user name) replaced by `~`, with either kind of slash.
 */
export function redactText(text: string, home: string | null): string {
  let out = maskEmails(text);
  if (home && home.length > 1) {
    const variants = new Set([home, home.replace(/\\/g, '/'), home.replace(/\//g, '\\')]);
    for (const variant of variants) out = out.replace(new RegExp(escapeRegExp(variant), 'gi'), '~');
  }
  return out;
}

/**
 * An error as one log entry: name, code and stack, redacted. The stack stays in the log (never
 * crosses IPC); messages can quote what the user typed, which the user may share with support.
 */
export function describeError(error: unknown, home: string | null): string {
  if (!(error instanceof Error)) return redactText(String(error), home);
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12);
  return redactText([head, ...frames].join('\n'), home);
}
