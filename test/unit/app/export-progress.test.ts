/**
 * The export runs in main for seconds on a large register; the renderer learns how far it is by calling
 * `exportProgress` meanwhile. Those calls must be answered while the rows are written, not only once they are.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportProgressView } from '../../../shared/contracts/export';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { generateDirectory } from '../../bench/generate';
import { AS_OF, generateRegister } from '../../bench/generate-register';
import { writeRegisterFolder } from '../../bench/steps';
import { tempDir } from '../register/helpers';

/** An app core over a generated register of `people`, saving the workbook to a temp file. */
function coreOver(people: number, withoutProofs = false) {
  const registerDir = join(tempDir(), 'register');
  const doc = generateRegister(generateDirectory(people));
  writeRegisterFolder(registerDir, withoutProofs ? { ...doc, proofs: [], purchases: doc.purchases.map((p) => ({ ...p, proofIds: [] })) } : doc);
  const savePath = join(tempDir(), 'audit.xlsx');
  return createAppCore({
    freezeDocuments: true,
    appDataDir: tempDir(),
    storeFactory: confStoreFactory,
    dialogs: {
      chooseRegisterFolder: async () => registerDir,
      chooseFiles: async () => [],
      chooseSavePath: async () => savePath,
      showInFolder: async () => undefined,
      openPath: async () => undefined,
    },
    systemLanguage: 'en',
    version: '0.0.0-test',
    actor: 'tester',
  });
}

/** Exports while asking for the progress as the renderer's timer does, only faster: a call, then the next once it has been answered. */
async function exportPolling(core: ReturnType<typeof createAppCore>) {
  const seen: ExportProgressView[] = [];
  let exporting = true;
  const poll = async () => {
    while (exporting) {
      const answer = await core.invoke('exportProgress', {});
      if (answer.ok) seen.push(answer.value as ExportProgressView);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const polling = poll();
  const exported = await core.invoke('exportWorkbook', { lang: 'en', asOf: AS_OF });
  exporting = false;
  await polling;
  return { exported, seen };
}

describe('export progress', () => {
  it('is answered while the sheets are written: the renderer sees the rows written go up before the export returns', async () => {
    const core = coreOver(1500);
    core.start();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'open' } });
    const { exported, seen } = await exportPolling(core);

    expect(exported).toMatchObject({ ok: true, value: { fileName: 'audit.xlsx' } });
    const rows = exported.ok ? (exported.value as { rows: number }).rows : 0;
    expect(rows).toBeGreaterThan(3000);
    const midway = seen.filter((p) => p.running && p.rowsWritten > 0 && p.rowsWritten < p.totalRows);
    // Reported every 500 rows of a sheet (the People and Assignments sheets have 1,500 and more), each report answered, never going back.
    expect(new Set(midway.map((p) => p.rowsWritten)).size).toBeGreaterThanOrEqual(4);
    expect(midway.every((p, i) => i === 0 || p.rowsWritten >= midway[i - 1]!.rowsWritten)).toBe(true);
    expect(midway.every((p) => p.totalRows === midway[0]!.totalRows && p.sheetIndex < p.sheetCount)).toBe(true);
    // Once returned, the export is over: the next call says nothing is running.
    expect(await core.invoke('exportProgress', {})).toMatchObject({ ok: true, value: { running: false } });
    core.stop();
  }, 60_000);

  it('is answered while the workbook is prepared too: the judgement, the checklist, the audit chain and each sheet’s rows are built in turns', async () => {
    // No proof files: reading them is the one part of the preparation that always gave main's event loop turns.
    const core = coreOver(1500, true);
    core.start();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'open' } });
    const { exported, seen } = await exportPolling(core);

    expect(exported).toMatchObject({ ok: true });
    const preparing = seen.filter((p) => p.running && p.totalRows === 0);
    // A turn after the judgement, the checklist and the chain, and after each of the seven sheets' rows.
    expect(preparing.length).toBeGreaterThanOrEqual(8);
    core.stop();
  }, 60_000);
});
