// Types of report.mjs for the tests that import it (test/unit/bench/report.test.ts).
export interface Cell {
  value: number | null;
  ratio: number | null;
  gc?: number | null;
  system?: number | null;
  rest?: number | null;
  /** 95% bootstrap interval of `ratio` (rows with a baseline, when the samples are there). */
  ratioInterval?: [number, number] | null;
}
export interface Row {
  id: string;
  label: string;
  unit: string;
  baseline: string | null;
  cells: Record<string, Cell>;
  growth10kTo50k: number | null;
  restGrowth10kTo50k?: number | null;
  /** 95% bootstrap interval of `growth10kTo50k` (timed rows, when the samples are there). */
  growthInterval?: [number, number] | null;
}
export interface Target {
  id: string;
  target: string;
  value: number | null;
  status: 'met' | 'missed' | 'not measured';
  /** The limit a ratio or growth is held to, and the 95% interval of its value (null if none could be drawn). */
  limit?: number;
  interval?: [number, number] | null;
  p95?: number | null;
}
export function buildRows(bySize: Record<string, unknown>): Row[];
export function judgeTargets(rows: Row[], ui: unknown): Target[];
export function renderTable(rows: Row[], sizes: number[]): string;
export function renderTargets(targets: Target[]): string;
export function renderBreakdown(rows: Row[]): string;
