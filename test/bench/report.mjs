// Turns the per-size results of suite.js into table rows, growth factors and target verdicts.

import { bootstrapInterval, medianRatio } from './summary.mjs';

/** Every measured row: where its median sits in a size's result, and its baseline if it has one. */
export const rowDefs = [
  { id: 'import.parsePreview', label: 'import parse+preview (Get-Mailbox + Get-ADUser)', timing: (r) => r.timings?.import?.parsePreview },
  { id: 'import.commit', label: 'import commit (applyImport + save)', timing: (r) => r.timings?.import?.commit },
  { id: 'compliance', label: 'compliance recompute (after an assignment change)', timing: (r) => r.timings?.compliance },
  { id: 'compliance.first', label: 'compliance first judgement (after open/import)', timing: (r) => r.timings?.complianceFirst },
  { id: 'save', label: 'register save (OpenRegister.commit)', timing: (r) => r.timings?.save?.step, base: (r) => r.timings?.save?.baseline, baseLabel: 'JSON.stringify + writeFileSync' },
  { id: 'save.bare', label: '  baseline: JSON.stringify + writeFileSync', timing: (r) => r.timings?.save?.baseline },
  { id: 'save.first', label: 'register save, the first after an open (stamped)', timing: (r) => r.timings?.firstSave?.step, base: (r) => r.timings?.firstSave?.baseline, baseLabel: 'JSON.stringify + writeFileSync' },
  { id: 'save.first.bare', label: '  baseline: JSON.stringify + writeFileSync', timing: (r) => r.timings?.firstSave?.baseline },
  { id: 'export', label: 'workbook export (exportWorkbook)', timing: (r) => r.timings?.export?.step, base: (r) => r.timings?.export?.baseline, baseLabel: 'bare exceljs WorkbookWriter' },
  { id: 'export.bare', label: '  baseline: bare exceljs WorkbookWriter', timing: (r) => r.timings?.export?.baseline },
  { id: 'export.app', label: 'audit workbook as the app makes it (proofs, judgement, checklist, chain, all sheets)', timing: (r) => r.timings?.exportApp },
  { id: 'open', label: 'register open, last saved by the app (stamped)', timing: (r) => r.timings?.open, base: (r) => r.timings?.openBare, baseLabel: 'read + decode + JSON.parse' },
  { id: 'open.bare', label: '  baseline: read + decode + JSON.parse of register.json', timing: (r) => r.timings?.openBare },
  { id: 'open.newProcess', label: 'register open in a new process, as at app start (stamped)', timing: (r) => r.openCold },
  { id: 'open.fullCheck', label: 'register open, changed outside the app (full schema check)', timing: (r) => r.timings?.openFullCheck, base: (r) => r.timings?.openFullCheckBare, baseLabel: 'read + decode + JSON.parse' },
  { id: 'open.fullCheck.bare', label: '  baseline: read + decode + JSON.parse of register.json', timing: (r) => r.timings?.openFullCheckBare },
  { id: 'rss.suite', label: 'peak RSS, whole size run (MB)', unit: 'MB', get: (r) => r.timings?.peakRssMb },
  { id: 'rss.open', label: 'peak RSS, register open (MB)', unit: 'MB', get: (r) => r.rssOpen?.peakRssMb },
  { id: 'rss.export', label: 'peak RSS, open + export (MB)', unit: 'MB', get: (r) => r.rssExport?.peakRssMb },
];

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ratio = (a, b) => (num(a) !== null && num(b) !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null);

/**
 * Rows with the median per size, the ratio to the baseline per size, and growth from 10k to 50k.
 * A timed row's cells also say where its time went (measure.ts): GC pauses, kernel time, and the
 * rest; `restGrowth10kTo50k` is the growth of the rest alone. The targets judge the whole time.
 * Where the runs' samples are there, a growth and a ratio to the baseline also get their 95%
 * bootstrap interval (`growthInterval`, a cell's `ratioInterval`; summary.mjs `bootstrapInterval`):
 * how far the spread of this run's own samples leaves them uncertain.
 */
export function buildRows(bySize) {
  return rowDefs.map((def) => {
    const cells = {};
    const samples = {};
    for (const [size, result] of Object.entries(bySize)) {
      const timing = def.timing?.(result);
      const value = num(def.timing ? timing?.median : def.get(result));
      samples[size] = timing?.samples;
      cells[size] = { value, ratio: null };
      if (def.base) {
        // A step and its baseline ran in alternation (measure.ts `timePair`): drawn as pairs.
        const base = def.base(result);
        cells[size].ratio = ratio(value, num(base?.median));
        cells[size].ratioInterval = bootstrapInterval([base?.samples, timing?.samples], medianRatio, { paired: true });
      }
      if (def.timing) Object.assign(cells[size], { gc: num(timing?.gcMedian), system: num(timing?.systemMedian), rest: num(timing?.restMedian) });
    }
    const growth = ratio(cells['50000']?.value, cells['10000']?.value);
    const row = { id: def.id, label: def.label, unit: def.unit ?? 'ms', baseline: def.baseLabel ?? null, cells, growth10kTo50k: growth };
    if (!def.timing) return row;
    // 10k and 50k ran in different processes: drawn on their own.
    const growthInterval = bootstrapInterval([samples['10000'], samples['50000']], medianRatio);
    return { ...row, growthInterval, restGrowth10kTo50k: ratio(cells['50000']?.rest, cells['10000']?.rest) };
  });
}

const cell = (rows, id, size) => rows.find((r) => r.id === id)?.cells[String(size)] ?? { value: null, ratio: null };

/** A target's verdict; with `bound`, the limit it is held to and the 95% interval of its value (null if none could be drawn). */
function verdict(id, text, value, ok, bound) {
  const judged = { id, target: text, value, status: value === null ? 'not measured' : ok ? 'met' : 'missed' };
  return bound ? { ...judged, limit: bound.limit, interval: bound.interval ?? null } : judged;
}

/** The targets of issues 5, 6, 7 and 9, each met / missed / not measured (the scroll one is this bench's reading of issue 9's "scrolls without jank"). */
export function judgeTargets(rows, ui) {
  const v = (id, size) => cell(rows, id, size).value;
  const r = (id, size) => cell(rows, id, size).ratio;
  const ri = (id, size) => cell(rows, id, size).ratioInterval;
  const c10 = v('compliance', 10000);
  const c50 = v('compliance', 50000);
  const targets = [
    verdict('import-10k', 'import 10k parse+preview < 500 ms', v('import.parsePreview', 10000), v('import.parsePreview', 10000) < 500),
    verdict('compliance-10k', 'compliance 10k < 20 ms', c10, c10 < 20),
    verdict('compliance-50k', 'compliance 50k < 5× compliance 10k', c50 === null || c10 === null ? null : ratio(c50, c10), c50 < 5 * c10, {
      limit: 5,
      interval: rows.find((row) => row.id === 'compliance')?.growthInterval,
    }),
    verdict('export-10k', 'export 10k assignments < 2 s', v('export', 10000), v('export', 10000) < 2000),
    verdict('export-10k-bare', 'export 10k ≤ 1.5× bare exceljs', r('export', 10000), r('export', 10000) <= 1.5, { limit: 1.5, interval: ri('export', 10000) }),
    verdict('export-app-10k', 'export 10k as the app makes it < 2 s', v('export.app', 10000), v('export.app', 10000) < 2000),
    verdict('export-10k-rss', 'export 10k peak RSS < 300 MB', v('rss.export', 10000), v('rss.export', 10000) < 300),
  ];
  for (const size of [1000, 10000, 50000]) {
    const value = r('save', size);
    if (value !== null) targets.push(verdict(`save-${size}`, `save ${size / 1000}k ≤ 1.5× bare JSON write`, value, value <= 1.5, { limit: 1.5, interval: ri('save', size) }));
    // The first save after an open has only the chunks of the file the open read (when its stamp says where they are): held to the same target.
    const first = r('save.first', size);
    if (first !== null) targets.push(verdict(`save-first-${size}`, `first save after an open ${size / 1000}k ≤ 1.5× bare JSON write`, first, first <= 1.5, { limit: 1.5, interval: ri('save.first', size) }));
  }
  targets.push(verdict('open-50k', 'open 50k < 1 s', v('open', 50000), v('open', 50000) < 1000));
  targets.push(verdict('open-50k-new-process', 'open 50k < 1 s, in a new process as at app start', v('open.newProcess', 50000), v('open.newProcess', 50000) < 1000));
  for (const row of rows) {
    if (row.unit !== 'ms' || row.id.endsWith('.bare')) continue;
    targets.push(verdict(`growth-${row.id}`, `${row.id}: 10k→50k growth ≤ 5.5×`, row.growth10kTo50k, row.growth10kTo50k <= 5.5, { limit: 5.5, interval: row.growthInterval }));
  }
  if (ui) {
    const median = num(ui.keystroke?.median);
    targets.push({ ...verdict('ui-filter-50k', 'UI filter-to-paint per keystroke at 50k < 50 ms (median; reported, not asserted)', median, median < 50), p95: num(ui.keystroke?.p95) });
    // "Scrolls without jank": no more than one frame in twenty longer than 50 ms, and no frame with the list blank where rows should be.
    const scroll = ui.scroll;
    if (scroll) {
      const p95 = num(scroll.frameMs?.p95);
      targets.push(verdict('ui-scroll-50k', 'UI scroll at 50k: frame p95 < 50 ms and no blank frame (reported, not asserted)', p95, p95 < 50 && scroll.blankFrames === 0 && scroll.jumps?.blank === 0));
    }
  }
  return targets;
}

const fmt = (value, unit) => {
  if (value === null) return '—';
  if (unit === 'MB') return `${value} MB`;
  if (value >= 10000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ms`;
};

/** Lines of fixed-width columns under a rule: the first column left-aligned, the others right-aligned. */
function textTable(head, body) {
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((line) => String(line[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A fixed-width text table: one column per size ("median (×baseline)"), then growth and its 95% interval. */
export function renderTable(rows, sizes) {
  const head = ['step', ...sizes.map((s) => `${s.toLocaleString('en-US')} people`), '10k→50k', '95% interval'];
  const body = rows.map((row) => [
    row.label,
    ...sizes.map((s) => {
      const c = row.cells[String(s)] ?? { value: null, ratio: null };
      return c.ratio === null ? fmt(c.value, row.unit) : `${fmt(c.value, row.unit)} (${c.ratio}×)`;
    }),
    row.growth10kTo50k === null ? '—' : `${row.growth10kTo50k}×`,
    row.growthInterval ? `${row.growthInterval[0]}–${row.growthInterval[1]}×` : '',
  ]);
  return textTable(head, body);
}

/** A verdict's 95% interval, and whether its limit lies inside it (this run's samples cannot tell met from missed). */
function intervalNote(t) {
  if (!t.interval) return '';
  const [lo, hi] = t.interval;
  return `; 95% interval ${lo}–${hi}${lo <= t.limit && t.limit <= hi ? `, which holds the limit ${t.limit}: within this run's noise` : ''}`;
}

export function renderTargets(targets) {
  const mark = { met: '✔ met   ', missed: '✘ MISSED', 'not measured': '· n/a   ' };
  return targets.map((t) => `${mark[t.status]}  ${t.target}${t.value === null ? '' : `  (${t.value}${t.p95 == null ? '' : `, p95 ${t.p95}`}${intervalNote(t)})`}`).join('\n');
}

/**
 * Where the time of each timed step went at 10k and at 50k: GC pauses, kernel time (page faults of
 * fresh memory, reads, writes) and the rest, with the growth of the whole and of the rest. Baselines
 * are listed as well (they are never judged against the targets).
 */
export function renderBreakdown(rows) {
  // Baselines too: how the same data grows through the bare path is what a step's growth is read against.
  const timed = rows.filter((row) => row.restGrowth10kTo50k !== undefined);
  // Every part in ms, so the four read as one unit (the main table writes seconds from 1,000 ms).
  const ms = (v) => (v == null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
  const part = (c) => (c?.value == null ? '—' : [c.value, c.gc, c.system, c.rest].map(ms).join(' / '));
  const head = ['step (ms: total / GC pauses / kernel / rest)', '10,000 people', '50,000 people', 'growth', 'rest'];
  const body = timed.map((row) => [
    row.label,
    part(row.cells['10000']),
    part(row.cells['50000']),
    row.growth10kTo50k === null ? '—' : `${row.growth10kTo50k}×`,
    row.restGrowth10kTo50k === null ? '—' : `${row.restGrowth10kTo50k}×`,
  ]);
  return textTable(head, body);
}
