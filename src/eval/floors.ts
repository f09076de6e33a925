/**
 * Score floors of a golden corpus: the micro scores the pipeline must not fall below. Floors only
 * go up: an update records the current scores rounded down to two decimals, never lowering one.
 */
import type { EvalReport } from './report.js';

export const FLOOR_METRICS = {
  entities: (r: EvalReport) => r.micro.entities?.overlap.f1,
  dates: (r: EvalReport) => r.micro.dates?.overlap.f1,
  quantities: (r: EvalReport) => r.micro.quantities?.overlap.f1,
  quotes: (r: EvalReport) => r.micro.quotes?.overlap.f1,
  quoteAttribution: (r: EvalReport) => r.micro.quotes?.attribution.accuracy,
  quoteSourcing: (r: EvalReport) => r.micro.quotes?.sourcing.accuracy,
} as const;
export type FloorName = keyof typeof FLOOR_METRICS;
export type Floors = Record<FloorName, number>;
export const FLOOR_NAMES = Object.keys(FLOOR_METRICS) as FloorName[];

/** Guards against 0.29 * 100 = 28.999999999999996. */
const EPSILON = 1e-9;

/** Round down to two decimals. */
export function floor2(x: number): number {
  return Math.floor(x * 100 + EPSILON) / 100;
}

/** The report's value of every floor metric; null where there was nothing to score. */
export function floorScores(report: EvalReport): Record<FloorName, number | null> {
  const out = {} as Record<FloorName, number | null>;
  for (const name of FLOOR_NAMES) out[name] = FLOOR_METRICS[name](report) ?? null;
  return out;
}

/** Floors raised to the current scores (rounded down); an existing floor is never lowered. */
export function raiseFloors(old: Partial<Floors>, current: Record<FloorName, number | null>): Floors {
  const out = {} as Floors;
  for (const name of FLOOR_NAMES) out[name] = Math.max(old[name] ?? 0, floor2(current[name] ?? 0));
  return out;
}

/** One message per metric below its floor (a metric with nothing to score is below any floor above 0). */
export function belowFloors(floors: Partial<Floors>, current: Record<FloorName, number | null>): string[] {
  const out: string[] = [];
  for (const name of FLOOR_NAMES) {
    const floor = floors[name] ?? 0;
    const score = current[name];
    if (floor > 0 && (score === null || score + EPSILON < floor)) out.push(`${name}: ${score === null ? 'nothing scored' : score.toFixed(3)} is below its floor ${floor}`);
  }
  return out;
}
