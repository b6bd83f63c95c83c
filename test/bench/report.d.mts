// Types of report.mjs for the tests that import it (test/unit/bench/report.test.ts).
export interface Cell {
  value: number | null;
  ratio: number | null;
  gc?: number | null;
  system?: number | null;
  rest?: number | null;
}
export interface Row {
  id: string;
  label: string;
  unit: string;
  baseline: string | null;
  cells: Record<string, Cell>;
  growth10kTo50k: number | null;
  restGrowth10kTo50k?: number | null;
}
export interface Target {
  id: string;
  target: string;
  value: number | null;
  status: 'met' | 'missed' | 'not measured';
}
export function buildRows(bySize: Record<string, unknown>): Row[];
export function judgeTargets(rows: Row[], ui: unknown): Target[];
export function renderTable(rows: Row[], sizes: number[]): string;
export function renderTargets(targets: Target[]): string;
export function renderBreakdown(rows: Row[]): string;
