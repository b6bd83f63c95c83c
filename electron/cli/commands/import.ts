import { parseArgs } from 'node:util';
import { assumedDateAssignments, changeCounts, proposedChanges } from '../../../shared/import/counts';
import { parseMappingArg } from '../../../shared/import/detect';
import { factValueText, withLocalizedProduct } from '../../../shared/import/messages';
import { normalizeHeader } from '../../../shared/import/headers';
import { purchaseFields, registerFields, type ImportMessage, type ParsedFile } from '../../../shared/import/types';
import type { ImportPreview, PersonUpdate } from '../../../shared/import/preview-types';
import { columnLetter } from '../../../shared/export/cells';
import { commitImport, interpretFiles, loadImportFile, previewFiles, type LoadedFile } from '../../services/import/workbench';
import { ownArgs, registerDir, UsageError, withRegister, type Io } from '../context';
import { cliLanguage, msg, uiText } from '../messages';
import { polishNames } from './check';

export const importHelp = (): string => msg('helpImport');

/** A warning's params in the CLI's language: a catalog product as `check` names it (`withLocalizedProduct`). */
const warningParams = (params: ImportMessage['params']): ImportMessage['params'] => (cliLanguage() === 'pl' ? withLocalizedProduct(params, polishNames) : params);

/**
 * The files and sheets left after `--skip` (a sheet name, or a file name for the whole file,
 * case-insensitive); what was left out is named back. An unknown name is an error, not ignored.
 */
function leaveOut(files: LoadedFile[], skip: readonly string[]): { files: LoadedFile[]; left: string[] } {
  const given = new Map(skip.map((name) => [name.trim().toLowerCase(), name.trim()]));
  const wanted = new Set(given.keys());
  const left: string[] = [];
  const seen = new Set<string>();
  const kept = files.flatMap((file): LoadedFile[] => {
    if (wanted.has(file.fileName.toLowerCase())) {
      seen.add(file.fileName.toLowerCase());
      left.push(file.fileName);
      return [];
    }
    if (!file.read) return [file];
    const sheets = file.read.sheets.filter((sheet) => {
      const out = sheet.name !== '' && wanted.has(sheet.name.toLowerCase());
      if (out) {
        seen.add(sheet.name.toLowerCase());
        left.push(`${file.fileName} [${sheet.name}]`);
      }
      return !out;
    });
    return [{ ...file, read: { ...file.read, sheets } }];
  });
  const unknown = [...wanted].filter((name) => !seen.has(name)).map((name) => given.get(name) ?? name);
  if (unknown.length) throw new UsageError(msg('skipUnknown', { names: unknown.join(', ') }));
  if (kept.every((file) => file.read && file.read.sheets.length === 0)) throw new UsageError(msg('skipAll', { names: left.join(', ') }));
  return { files: kept, left };
}

/** Skipped rows named one by one per sheet, and people no longer in the directory; the rest are counted (all of them are in --json). */
const SKIPPED_LISTED = 20;

/** A person as a line names them: the name, then the e-mail or login that would tell them apart. */
const personText = (p: { givenName?: string; surname?: string; name?: string; email: string; login: string }): string => {
  const name = p.name ?? [p.givenName, p.surname].filter(Boolean).join(' ');
  const id = p.email || p.login;
  return id ? `${name} <${id}>` : name;
};

/** What an update changes, as the app's preview shows it: `E-mail: — → j.kowalski@przyklad.pl; Department: — → Sales`. */
const changesText = (update: PersonUpdate): string =>
  update.changes.map((c) => `${uiText(`importScreen.facts.${c.field}`, {}, c.field)}: ${factValueText(uiText, c.before)} → ${factValueText(uiText, c.after)}`).join('; ');

/**
 * The columns of a hand-kept sheet that hold values but no field reads ("Skrzynka", "Od kiedy"
 * left unmapped): the app's mapping form shows them; the CLI names them, or they would go unread
 * without a word.
 */
function unusedColumns(files: readonly LoadedFile[], sheet: ImportPreview['sheets'][number]): { header: string; letter: string }[] {
  if (!sheet.mapping) return [];
  const read = files.find((f) => f.fileName === sheet.fileName)?.read?.sheets.find((s) => s.name === sheet.sheetName);
  if (!read) return [];
  // Rows the import left out (a totals line, a repeated header) say nothing of the columns.
  const skipped = new Set(sheet.skipped.map((k) => k.line));
  const rows = read.rows.filter((row) => !skipped.has(row.line));
  const values = (index: number) => rows.map((row) => (row.cells[index] ?? '').trim()).filter((value) => value !== '');
  // A column of whole numbers only is the sheet's own row numbering ("Lp.", "#"), not data.
  const holdsData = (index: number) => values(index).some((value) => !/^\d+\.?$/.test(value));
  // A column with no header (under a merged or a two-row header) holding values is named by its letter: it too would go unread without a word.
  return sheet.mapping.columns.filter((c) => c.field === null && holdsData(c.index)).map((c) => ({ header: c.header.trim(), letter: columnLetter(c.index + 1) }));
}

/** New assignments the CLI's commit (nothing left out, no name-only match settled) would date as of the lot or the import. */
const assumedDates = (preview: ImportPreview) => assumedDateAssignments(preview, {});

/** For --json; the counts are of changes, as the text says (changeCounts). */
function previewSummary(preview: ImportPreview, files: readonly LoadedFile[]) {
  const counts = changeCounts(preview);
  const { newPeople, updatedPeople } = proposedChanges(preview);
  return {
    sheets: preview.sheets.map((s) => ({
      file: s.fileName,
      sheet: s.sheetName,
      kind: s.kind,
      status: s.status,
      rowsRead: s.rowsRead,
      rowsSkipped: s.rowsSkipped,
      skipped: s.skipped.map((k) => ({ line: k.line, reason: k.reason.message })),
      warnings: s.warnings.map((w) => w.message),
      missingColumns: s.missingColumns,
      unmatchedRequired: s.mapping?.unmatchedRequired ?? [],
      unusedColumns: unusedColumns(files, s).map((c) => c.header || `(${c.letter})`),
    })),
    assumedDates: assumedDates(preview).map((a) => ({ file: a.fileName, line: a.line, person: a.personLabel, assignedOn: a.assignedOn })),
    warnings: preview.warnings.map((w) => `${w.fileName}: ${w.message}`),
    newPeople: counts.newPeople,
    updatedPeople: counts.updated,
    missingPeople: counts.missing,
    missing: preview.missingPeople.map((m) => ({ personId: m.personId, name: m.name, email: m.email, login: m.login })),
    // Who is added, and for whom what changes (field, before, after), as the app's preview lists them.
    added: newPeople.map((p) => ({ givenName: p.givenName, surname: p.surname, email: p.email, login: p.login, department: p.department })),
    updated: updatedPeople.map((u) => ({ personId: u.personId, name: u.name, changes: u.changes })),
    ambiguous: counts.ambiguous,
    // Who each name-only match is between: the row or account read, and the register's people it may be (with their ids).
    ambiguousMatches: preview.ambiguous.map((a) => ({
      incoming: { givenName: a.incoming.givenName, surname: a.incoming.surname, email: a.incoming.email, login: a.incoming.login },
      candidates: a.candidates.map((c) => ({ personId: c.personId, name: c.name, email: c.email, login: c.login })),
    })),
    servers: counts.servers,
    purchases: counts.purchases,
    assignments: counts.assignments,
    releasedAssignments: counts.released,
    unresolved: preview.unresolved.map((u) => `${u.fileName}:${u.line}: ${u.reason.message}`),
    systemAccounts: preview.systemAccounts,
    mailboxTypes: preview.mailboxTypes,
  };
}

/** Why these files cannot be imported (a hand-kept sheet whose columns are not all matched, or no sheet recognized); null if they can. */
function refusal(parsed: readonly ParsedFile[]): UsageError | null {
  const sheets = parsed.flatMap((f) => f.sheets.map((sheet) => ({ fileName: f.fileName, sheet })));
  const unmapped = sheets.filter(({ sheet }) => sheet.status === 'needs-mapping');
  const where = (fileName: string, sheetName: string) => `${fileName}${sheetName ? ` [${sheetName}]` : ''}`;
  if (unmapped.length) {
    const list = unmapped.map(({ fileName, sheet }) => `${where(fileName, sheet.sheetName)}: ${sheet.mapping?.unmatchedRequired.join(', ')} (${msg('unmatchedHeaders', { headers: sheet.mapping?.columns.map((c) => c.header).join(', ') ?? '' })})`);
    // A price list or a dictionary sheet beside the register is left out by name rather than mapped.
    const skip = unmapped.map(({ fileName, sheet }) => `--skip "${sheet.sheetName || fileName}"`).join(' ');
    return new UsageError(`${msg('unmatchedColumns', { list: list.join('; ') })}${msg('unmatchedSkipHint', { skip })}`);
  }
  // Report sheets of an audit workbook alone hold nothing to import either.
  if (sheets.every(({ sheet }) => sheet.status === 'unknown' || sheet.status === 'set-aside')) {
    // What the sheets hold, and the fields --map can name: enough to map a hand-kept sheet without reading the code.
    const list = sheets.map(({ fileName, sheet }) => `${where(fileName, sheet.sheetName)} (${msg('unmatchedHeaders', { headers: sheet.headers.slice(0, 12).join(', ') })})`);
    return new UsageError(msg('noSheetRecognised', { files: list.join('; '), register: registerFields.join(', '), purchases: purchaseFields.join(', ') }));
  }
  return null;
}

export async function runImport(args: string[], io: Io): Promise<number> {
  const options = { commit: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, map: { type: 'string' }, skip: { type: 'string', multiple: true } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const dir = registerDir(positionals[0]);
  const paths = positionals.slice(1);
  if (paths.length === 0) throw new UsageError(msg('filesRequired'));
  const explicit = values.map === undefined ? null : parseMappingArg(values.map);
  // `--map Skrzynka` or `--map ""` maps nothing: refused, as an unknown field is, never a preview that ignored it.
  if (explicit?.malformed.length) throw new UsageError(msg('mapMalformed', { pairs: explicit.malformed.map((pair) => `"${pair}"`).join(', ') }));
  if (explicit && Object.keys(explicit.mapping).length === 0 && explicit.unknownFields.length === 0) throw new UsageError(msg('optionNeedsValue', { option: '--map' }));
  if (explicit?.unknownFields.length) throw new UsageError(msg('mapUnknown', { fields: explicit.unknownFields.join(', ') }));

  const loaded = await Promise.all(paths.map((p) => loadImportFile(p)));
  // Every file that cannot be read is named, one line each: fixing them one run at a time would be slow.
  const failed = loaded.flatMap((f) => (f.error ? [uiText(f.error.key, f.error.params, f.error.message)] : []));
  if (failed.length > 0) throw new UsageError(failed.join('\n'));
  const { files, left } = leaveOut(loaded, values.skip ?? []);
  // A --map header no sheet has is a typo, not a column to drop without a word.
  if (explicit) {
    const headers = new Set(files.flatMap((f) => f.read?.sheets.flatMap((s) => s.headers.map(normalizeHeader)) ?? []));
    const absent = Object.entries(explicit.mapping).filter(([header]) => !headers.has(normalizeHeader(header)));
    if (absent.length) throw new UsageError(absent.map(([header, field]) => uiText('importFile.warning.mappingHeaderMissing', { pair: `${header}=${field || 'ignore'}` })).join('; '));
  }
  const mappings = new Map(explicit ? files.map((f) => [f.fileName, explicit.mapping]) : []);

  // A commit refused for its files is refused from a read-only look first: the open for writing would upgrade an older register and back it up.
  if (values.commit) {
    const refused = await withRegister(dir, io, (register) => refusal(interpretFiles(register.document, files, mappings)), { readOnly: true });
    if (refused) throw refused;
  }

  // A preview only reads: no lock (it runs beside the app), no upgrade or backup written, as `check`.
  return withRegister(
    dir,
    io,
    (register) => {
      const { parsed, preview } = previewFiles(register.document, files, mappings, register.now().toISOString());
      const refused = refusal(parsed);
      if (refused) throw refused;
      for (const name of left) io.err(msg('importLeftOut', { name }));
      const summary = previewSummary(preview, files);
      let committed = null;
      if (values.commit) committed = commitImport(register, preview, {});
      if (values.json) io.out(JSON.stringify({ committed: committed !== null, ...summary, ...(committed ? { result: committed } : {}) }, null, 2));
      for (const s of preview.sheets) {
        const file = `${s.fileName}${s.sheetName ? ` [${s.sheetName}]` : ''}`;
        io.err(`${msg('importSheet', { file, kind: uiText(`importScreen.kinds.${s.kind}`, {}, s.kind), read: s.rowsRead, skipped: s.rowsSkipped })}${s.missingColumns.length ? msg('importMissingColumns', { columns: s.missingColumns.join(', ') }) : ''}`);
        // What the app's sheet card says: a cut-off export, a damaged name, why rows were left out.
        for (const w of s.warnings) io.err(msg('importWarning', { text: `${file}: ${uiText(w.key, w.params, w.message)}` }));
        for (const k of s.skipped.slice(0, SKIPPED_LISTED)) io.err(msg('importSkipped', { where: `${s.fileName}:${k.line}`, reason: uiText(k.reason.key, k.reason.params, k.reason.message) }));
        if (s.skipped.length > SKIPPED_LISTED) io.err(msg('importSkippedMore', { count: s.skipped.length - SKIPPED_LISTED, file }));
        const unused = unusedColumns(files, s);
        if (unused.length > 0) io.err(msg('importUnusedColumns', { file, columns: unused.map((c) => (c.header ? `"${c.header}"` : msg('importColumnNoHeader', { letter: c.letter }))).join(', ') }));
      }
      const assumed = assumedDates(preview);
      for (const a of assumed.slice(0, SKIPPED_LISTED)) io.err(msg('importDateAssumed', { where: `${a.fileName}:${a.line}`, person: a.personLabel, date: a.assignedOn }));
      if (assumed.length > SKIPPED_LISTED) io.err(msg('importDateAssumedMore', { count: assumed.length - SKIPPED_LISTED }));
      for (const w of preview.warnings) io.err(msg('importWarning', { text: `${w.fileName}: ${uiText(w.key, warningParams(w.params), w.message)}` }));
      // A name-only match is never merged by the CLI: say whom it concerns, so the user can settle it.
      // A candidate known by name alone is named with its id too: two "Jan Kowalski" must be told apart to follow the advice.
      for (const a of preview.ambiguous) io.err(msg('importAmbiguous', { incoming: personText(a.incoming), candidates: a.candidates.map((c) => (c.email || c.login ? personText(c) : `${c.name} [${c.personId}]`)).join(', ') }));
      for (const u of preview.unresolved) io.err(msg('importUnresolved', { where: `${u.fileName}:${u.line}`, reason: uiText(u.reason.key, u.reason.params, u.reason.message) }));
      // Who the directory no longer has: the people to check for a leaver whose CAL can be released.
      for (const m of preview.missingPeople.slice(0, SKIPPED_LISTED)) io.err(msg('importMissing', { person: personText(m) }));
      if (preview.missingPeople.length > SKIPPED_LISTED) io.err(msg('importMissingMore', { count: preview.missingPeople.length - SKIPPED_LISTED }));
      // Who is added and what changes for whom, as the app's preview lists them: the counts below alone do not say who.
      const { newPeople, updatedPeople } = proposedChanges(preview);
      for (const p of newPeople.slice(0, SKIPPED_LISTED)) io.err(msg('importNewPerson', { person: personText(p) }));
      if (newPeople.length > SKIPPED_LISTED) io.err(msg('importNewPeopleMore', { count: newPeople.length - SKIPPED_LISTED }));
      for (const u of updatedPeople.slice(0, SKIPPED_LISTED)) io.err(msg('importUpdated', { person: u.name, changes: changesText(u) }));
      if (updatedPeople.length > SKIPPED_LISTED) io.err(msg('importUpdatedMore', { count: updatedPeople.length - SKIPPED_LISTED }));
      // What changes, not what the files hold: a second import of the same files changes nothing.
      const would = changeCounts(preview);
      const counts = committed
        ? { ...would, newPeople: committed.newPeople, updated: committed.updatedPeople, servers: committed.servers, purchases: committed.purchases, assignments: committed.assignments, released: committed.releasedAssignments }
        : would;
      io.err(msg(values.commit ? 'importDone' : 'importWould', counts));
      if (!values.commit) io.err(msg('importNothingWritten'));
      return 0;
    },
    { readOnly: !values.commit },
  );
}
