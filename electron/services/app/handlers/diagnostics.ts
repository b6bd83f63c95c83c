import { existsSync, readFileSync, statSync } from 'node:fs';
import { arch, homedir, release } from 'node:os';
import { basename } from 'node:path';
import type { FeatureHandlers } from '../../../../shared/contract';
import type { diagnosticsContract } from '../../../../shared/contracts/diagnostics';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/domain/model';
import { buildDiagnostics, type DiagnosticsInput } from '../../diagnostics/diagnostics';
import { listBackups } from '../../register/backups';
import type { AppContext } from '../context';

/** The end of the log is enough for 50 lines; a huge log is not read whole. */
const LOG_TAIL_BYTES = 64 * 1024;

function logTail(path: string | undefined): string {
  if (!path || !existsSync(path)) return '';
  const size = statSync(path).size;
  const text = readFileSync(path).subarray(Math.max(0, size - LOG_TAIL_BYTES)).toString('utf8');
  return size > LOG_TAIL_BYTES ? text.slice(text.indexOf('\n') + 1) : text;
}

function registerPart(ctx: AppContext): DiagnosticsInput['register'] {
  const status = ctx.session.status();
  if (status.state === 'open') {
    return { state: 'open', folderName: status.folderName, schemaVersion: status.schemaVersion, counts: status.counts, notices: status.notices.map((n) => n.code), backups: listBackups(status.path).length };
  }
  if (status.state === 'problem') return { state: 'problem', folderName: basename(status.path), code: status.code, backups: status.backups.length };
  return { state: 'none' };
}

export function diagnosticsHandlers(ctx: AppContext): FeatureHandlers<typeof diagnosticsContract> {
  return {
    diagnosticsCopy: () => {
      const runtime = Object.fromEntries(['electron', 'chrome', 'node'].flatMap((k) => (process.versions[k] ? [[k, process.versions[k]!]] : [])));
      let home: string | null = null;
      try {
        home = homedir();
      } catch {
        // no home folder (service accounts): nothing to redact
      }
      const text = buildDiagnostics({
        appVersion: ctx.options.version,
        platform: `${process.platform} ${arch()} ${release()}`,
        runtime,
        appSchemaVersion: CURRENT_SCHEMA_VERSION,
        register: registerPart(ctx),
        logText: logTail(ctx.options.logFile),
        home,
        generatedAt: ctx.registerDeps.now().toISOString(),
      });
      return { text };
    },
  };
}
