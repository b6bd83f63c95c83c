import { basename, join } from 'node:path';
import type { FeatureHandlers } from '../../../../shared/contract';
import type { registerContract, RegisterStatus } from '../../../../shared/contracts/register';
import { setZodLanguage } from '../../../../shared/domain/zod-language';
import { keyedError } from '../../../../shared/errors/messages';
import { DomainError } from '../../../../shared/result';
import { createRegister, holdsRegister, openRegister, restoreBackup } from '../../register/register-store';
import { type OpenRegister } from '../../register/open-register';
import { readBackups } from '../../register/backups';
import { existsSync } from 'node:fs';
import type { AppContext } from '../context';

export const DEFAULT_REGISTER_FOLDER = join('registers', 'default');

const defaultOrganizationName = { en: 'My organization', pl: 'Moja organizacja' } as const;

/**
 * Remembers the register open now as the last and a recent one; settings that cannot be written are said in a notice, once,
 * as is a settings file found unreadable at start (on the first register that opens).
 */
function rememberOpen(ctx: AppContext): void {
  const register = ctx.session.current;
  if (!register) return;
  register.notices.push(...ctx.settings.takeNotices());
  const osCode = ctx.settings.rememberRegister(register.dir, register.document.organization.name, ctx.registerDeps.now());
  // A settings file kept in place, unreadable, is written over by nothing this session: its notice says so already.
  const said = register.notices.some((n) => n.code === 'settings-not-saved' || n.code === 'settings-unreadable');
  if (osCode && !said) register.notices.push({ code: 'settings-not-saved', detail: { osCode } });
}

/** Switches the session to the register `opening` gives for `dir` and, once it is open, remembers it among the recent ones. */
export function switchAndRemember(ctx: AppContext, dir: string, opening: () => OpenRegister): RegisterStatus {
  const status = ctx.session.switchTo(dir, opening);
  if (status.state !== 'open') return status;
  rememberOpen(ctx);
  return ctx.session.status();
}

/** Opens `dir` (creating a register there when asked) and remembers it among the recent ones. */
export function openInSession(ctx: AppContext, dir: string, create: boolean): RegisterStatus {
  return switchAndRemember(ctx, dir, () =>
    create
      ? createRegister(dir, { name: basename(dir) || defaultOrganizationName[ctx.language()], taxId: '', address: '', contact: '' }, ctx.registerDeps)
      : openRegister(dir, ctx.registerDeps),
  );
}

const defaultRegisterDir = (ctx: AppContext): string => join(ctx.options.appDataDir, DEFAULT_REGISTER_FOLDER);

/** The default register in the app data folder: opened, or created where there is none (nor what is left of one). */
function openDefaultRegister(ctx: AppContext): RegisterStatus {
  const dir = defaultRegisterDir(ctx);
  if (holdsRegister(dir)) return openInSession(ctx, dir, false);
  return switchAndRemember(ctx, dir, () => createRegister(dir, { name: defaultOrganizationName[ctx.language()], taxId: '', address: '', contact: '' }, ctx.registerDeps));
}

/**
 * At start there is no register to go back to: a refusal to open or create one (a full disk, a folder that cannot be
 * written, an upgrade that cannot be saved) is that register's problem on screen, never an app that shows no window.
 */
function startWith(ctx: AppContext, dir: string, opening: () => RegisterStatus): RegisterStatus {
  try {
    return opening();
  } catch (error) {
    return ctx.session.showProblem(dir, error);
  }
}

/** First start: the last register, else the default one in the app data folder (created if needed). */
export function openStartupRegister(ctx: AppContext): RegisterStatus {
  const last = ctx.settings.value.lastRegister;
  // A register, or what is left of one (its backups are offered): never a new empty register in its place.
  if (last && holdsRegister(last)) return startWith(ctx, last, () => openInSession(ctx, last, false));
  const dir = defaultRegisterDir(ctx);
  const status = startWith(ctx, dir, () => openDefaultRegister(ctx));
  // The register worked in last is not there (a USB stick not plugged in, a drive not connected, a folder moved): said, so
  // that no one records a client's CALs in the default register unawares. It stays in the recent list for when it is back.
  const open = ctx.session.current;
  if (!last || last === dir || !open) return status;
  open.notices.push({ code: 'last-register-missing', detail: { path: last } });
  return ctx.session.status();
}

export function registerHandlers(ctx: AppContext): FeatureHandlers<typeof registerContract> {
  const settingsView = () => ({ language: ctx.language(), recent: ctx.settings.recentView(), version: ctx.options.version });
  return {
    appSettings: () => settingsView(),
    setLanguage: ({ language }) => {
      // The window switches at once (sessionStore.ts), so main does too, for this session at least.
      const osCode = ctx.settings.remember({ language });
      // zod's own refusals follow the window's language (see createAppCore).
      setZodLanguage(ctx.language());
      if (osCode) throw keyedError('io-error', 'language-not-saved', { osCode });
      return settingsView();
    },
    registerStatus: () => ctx.session.status(),
    registerNew: async () => {
      const dir = await ctx.options.dialogs.chooseRegisterFolder('new');
      if (!dir) throw new DomainError('cancelled', 'No folder was chosen.');
      if (existsSync(join(dir, 'register.json'))) {
        throw keyedError('conflict', 'register-exists-use-open', { dir });
      }
      return openInSession(ctx, dir, true);
    },
    registerOpen: async () => {
      const dir = await ctx.options.dialogs.chooseRegisterFolder('open');
      if (!dir) throw new DomainError('cancelled', 'No folder was chosen.');
      if (!holdsRegister(dir)) throw keyedError('not-found', 'register-missing', { dir });
      return openInSession(ctx, dir, false);
    },
    registerOpenRecent: ({ id }) => {
      const dir = ctx.settings.recentPath(id);
      if (!dir) throw keyedError('not-found', 'recent-register-unknown');
      // Kept in the list (a stick not plugged in comes back); the refusal carries the entry, for the window to offer its removal.
      if (!holdsRegister(dir)) throw keyedError('not-found', 'register-gone', { dir }, { recentId: id });
      return openInSession(ctx, dir, false);
    },
    recentRemove: ({ id }) => {
      const dir = ctx.settings.recentPath(id);
      if (!dir) throw keyedError('not-found', 'recent-register-unknown');
      // Taken off for this session even when the settings cannot be written, as the window shows the list without it.
      const osCode = ctx.settings.forgetRecent(dir);
      if (osCode) throw keyedError('io-error', 'recent-removal-not-saved', { osCode });
      return settingsView();
    },
    // Only the folder main already tried: after a problem, nothing else is open, so there is nothing to retry otherwise;
    // a register open read-only is tried again for editing.
    registerRetry: () => {
      if (ctx.session.current?.readOnly) return ctx.session.openForEditing();
      const dir = ctx.session.current ? null : ctx.session.problemDir();
      if (!dir) return ctx.session.status();
      // The default register that could not be made at start (a full disk) is made now.
      return dir === defaultRegisterDir(ctx) ? openDefaultRegister(ctx) : openInSession(ctx, dir, false);
    },
    // Only a register main could not open for editing because of its lock or its folder: the user chose to read it.
    registerOpenReadOnly: () => {
      const dir = ctx.session.current ? null : ctx.session.readableDir();
      return dir ? switchAndRemember(ctx, dir, () => openRegister(dir, ctx.registerDeps, { readOnly: true })) : ctx.session.status();
    },
    // Only a register main found locked, or opened read-only because of its lock: the user confirmed in the window that its holder is gone.
    registerTakeOver: () => {
      if (ctx.session.current?.readOnly) return ctx.session.openForEditing(true);
      const dir = ctx.session.current ? null : ctx.session.lockedDir();
      return dir ? switchAndRemember(ctx, dir, () => openRegister(dir, ctx.registerDeps, { takeOverLock: true })) : ctx.session.status();
    },
    registerBackups: () => {
      const dir = ctx.session.current?.dir;
      // Asked to see them: a backups folder that cannot be listed is an io-error, never "no backups" (readBackups).
      return dir ? readBackups(dir) : [];
    },
    registerRestoreBackup: ({ backupId }) => {
      const dir = ctx.session.current?.dir ?? ctx.session.problemDir();
      if (!dir) throw keyedError('register-not-open', 'no-register-folder');
      return switchAndRemember(ctx, dir, () => restoreBackup(dir, backupId, ctx.registerDeps));
    },
    organizationUpdate: (organization) => {
      ctx.session.require().updateOrganization(organization);
      rememberOpen(ctx);
      return ctx.session.status();
    },
  };
}
