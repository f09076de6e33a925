/**
 * Calendar arithmetic on plain year/month/day values (UTC, no clock), and TIMEX3 formatting.
 * Weekdays are ISO numbers: Monday 1 … Sunday 7.
 */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toUtc(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromUtc(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A month shifted by n months: { y, m }. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(x: Ymd): number {
  const d = new Date(toUtc(x)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** ISO week-numbering year and week. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1;
  return { year: thursday.y, week };
}

export function compare(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** The day with ISO weekday `dow` on or before (`dir` -1) or on or after (`dir` 1) `x`. */
export function weekdayFrom(x: Ymd, dow: number, dir: -1 | 1, strict = false): Ymd {
  const cur = weekday(x);
  let diff = dir < 0 ? (cur - dow + 7) % 7 : (dow - cur + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(x, dir * diff);
}

/** The nearest day with weekday `dow` (a tie goes to the past). */
export function nearestWeekday(x: Ymd, dow: number): Ymd {
  const back = (weekday(x) - dow + 7) % 7;
  const fwd = (dow - weekday(x) + 7) % 7;
  return fwd < back ? addDays(x, fwd) : addDays(x, -back);
}

/** The year of month `m` relative to `x`: -1 the latest on or before, 1 the next on or after, 0 the nearest. */
export function yearForMonth(x: Ymd, m: number, dir: -1 | 0 | 1): number {
  if (dir < 0) return m <= x.m ? x.y : x.y - 1;
  if (dir > 0) return m >= x.m ? x.y : x.y + 1;
  const diff = m - x.m;
  if (diff > 6) return x.y - 1;
  if (diff < -6) return x.y + 1;
  return x.y;
}

/** The year of a month/day relative to `x`, like `yearForMonth` but at day precision. */
export function yearForMonthDay(x: Ymd, m: number, d: number, dir: -1 | 0 | 1): number {
  const same = { y: x.y, m, d };
  const c = compare(same, x);
  if (dir < 0) return c <= 0 ? x.y : x.y - 1;
  if (dir > 0) return c >= 0 ? x.y : x.y + 1;
  const days = c / 86_400_000;
  if (days > 183) return x.y - 1;
  if (days < -183) return x.y + 1;
  return x.y;
}
