/**
 * A Label Studio JSON export (tasks with `annotations[].result`) → text-anchored gold
 * (format of shared/gold/README.md), one gold file and one article .txt per task.
 *
 * What the gold format cannot say is reported as a warning rather than dropped silently:
 * gold entities, dates and quantities mark *every* word-bounded occurrence of their text, so a
 * string labelled at one place and left unlabelled at another becomes a mention at both.
 * Quotes carry "start" and speakers "speakerStart", so repeated quote text stays exact.
 */
import type { LsResult, LsTask } from './label-studio.js';
import { LS_CONTROLS, LS_RELATIONS } from './label-studio.js';

export interface GoldEntity {
  text: string;
  type: 'PERSON' | 'ORG' | 'PLACE';
  entity: string;
}
export interface GoldDate {
  text: string;
  type?: string;
  value: string | null;
}
export interface GoldQuantity {
  text: string;
  kind?: string;
  value: number | null;
  unit?: string | null;
}
export interface GoldQuote {
  text: string;
  start: number;
  kind: string;
  cue: string | null;
  speaker: string | null;
  speakerStart?: number;
  source: string | null;
}
export interface GoldSource {
  id: string;
  name: string;
  sourcing: string;
  kind: string;
  anonymityReason?: string;
}
export interface Gold {
  format: 'text-anchored gold v1';
  document: string;
  referenceDate: string | null;
  notes: string;
  entities: GoldEntity[];
  dates: GoldDate[];
  quantities: GoldQuantity[];
  quotes: GoldQuote[];
  sources: GoldSource[];
}

export interface ConvertedTask {
  name: string;
  text: string;
  gold: Gold;
  warnings: string[];
}

interface Region {
  id: string;
  start: number;
  end: number;
  text: string;
  label: string;
  fields: Map<string, string>;
  relations: { to: string; label: string | null }[];
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'source'
  );
}

/** The annotation a person submitted last (cancelled ones skipped); null when there is none. */
function chosenResult(task: LsTask): LsResult[] | null {
  const annotations = (task.annotations ?? []).filter((a) => !a.was_cancelled && Array.isArray(a.result));
  return annotations.length ? annotations[annotations.length - 1]!.result : null;
}

function regionsOf(results: readonly LsResult[], text: string, warnings: string[]): Map<string, Region> {
  const regions = new Map<string, Region>();
  for (const r of results) {
    if (r.type !== 'labels') continue;
    const v = r.value;
    const label = v.labels[0];
    if (!label) continue;
    let { start, end } = v;
    if (text.slice(start, end) !== v.text) {
      // Label Studio trims or shifts nothing on its own, but edited exports can; re-anchor by text.
      const near = text.indexOf(v.text, Math.max(0, start - 20));
      if (near >= 0 && Math.abs(near - start) <= 20) {
        start = near;
        end = near + v.text.length;
      } else {
        warnings.push(`region ${r.id} [${v.start}, ${v.end}) "${v.text.slice(0, 40)}" does not match the text there; skipped`);
        continue;
      }
    }
    regions.set(r.id, { id: r.id, start, end, text: text.slice(start, end), label, fields: new Map(), relations: [] });
  }
  for (const r of results) {
    if (r.type === 'choices') regions.get(r.id)?.fields.set(r.from_name, r.value.choices[0] ?? '');
    else if (r.type === 'textarea') regions.get(r.id)?.fields.set(r.from_name, r.value.text.join(' ').trim());
    else if (r.type === 'relation') {
      const from = regions.get(r.from_id);
      if (!from || !regions.has(r.to_id)) {
        warnings.push(`relation ${r.from_id} → ${r.to_id} joins a region that is missing; skipped`);
        continue;
      }
      from.relations.push({ to: r.to_id, label: r.labels?.[0] ?? null });
    }
  }
  return regions;
}

/**
 * How many times each string occurs as the gold scorer reads it: word-bounded, longest string
 * first, occurrences inside a longer string's not counted ("Okafor" inside "Lena Okafor").
 */
function occurrenceCounts(text: string, strings: readonly string[]): Map<string, number> {
  const taken = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  for (const s of [...new Set(strings)].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\w])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    let n = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index + s.length;
      if (taken.subarray(m.index, end).some((x) => x)) continue;
      taken.fill(1, m.index, end);
      n++;
    }
    counts.set(s, n);
  }
  return counts;
}

/** Per-string layers (entities, dates, quantities): one gold row per distinct text. */
function byText<T>(regions: readonly Region[], text: string, layer: string, make: (r: Region) => T, same: (a: T, b: T) => boolean, warnings: string[]): T[] {
  const rows = new Map<string, { row: T; n: number }>();
  for (const r of regions) {
    const row = make(r);
    const had = rows.get(r.text);
    if (!had) rows.set(r.text, { row, n: 1 });
    else {
      had.n++;
      if (!same(had.row, row)) warnings.push(`${layer}: "${r.text}" is labelled differently in different places; the gold format keeps one reading per string (the first)`);
    }
  }
  const all = occurrenceCounts(text, [...rows.keys()]);
  for (const [s, { n }] of rows) {
    if ((all.get(s) ?? 0) > n) warnings.push(`${layer}: "${s}" is labelled ${n} of the ${all.get(s)} times it occurs; text-anchored gold counts every occurrence`);
  }
  return [...rows.values()].map((x) => x.row);
}

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'PLACE']);

/** One Label Studio task (with a submitted annotation) → gold, article text and warnings. */
export function taskToGold(task: LsTask, index: number): ConvertedTask | null {
  const name = (task.data.name || task.data.id || `task-${task.id ?? index + 1}`).replace(/[^A-Za-z0-9._-]+/g, '-');
  const text = task.data.text;
  const warnings: string[] = [];
  const results = chosenResult(task);
  if (!results) return null;
  const regions = [...regionsOf(results, text, warnings).values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const of = (label: string): Region[] => regions.filter((r) => r.label === label);
  const byId = new Map(regions.map((r) => [r.id, r] as const));

  const entities = byText<GoldEntity>(
    regions.filter((r) => ENTITY_TYPES.has(r.label)),
    text,
    'entities',
    (r) => ({ text: r.text, type: r.label as GoldEntity['type'], entity: r.fields.get(LS_CONTROLS.entity) || r.text }),
    (a, b) => a.type === b.type && a.entity === b.entity,
    warnings,
  );
  const dates = byText<GoldDate>(
    of('DATE'),
    text,
    'dates',
    (r) => ({ text: r.text, type: r.fields.get(LS_CONTROLS.dateType) || 'DATE', value: r.fields.get(LS_CONTROLS.value) || null }),
    (a, b) => a.value === b.value,
    warnings,
  );
  const quantities = byText<GoldQuantity>(
    of('QUANTITY'),
    text,
    'quantities',
    (r) => {
      const raw = r.fields.get(LS_CONTROLS.value);
      const value = raw === undefined || raw === '' || !Number.isFinite(Number(raw)) ? null : Number(raw);
      if (raw && value === null) warnings.push(`quantities: "${r.text}" has value "${raw}", which is not a number; written as null`);
      return { text: r.text, kind: r.fields.get(LS_CONTROLS.quantityKind) || 'CARDINAL', value, unit: r.fields.get(LS_CONTROLS.unit) || null };
    },
    (a, b) => a.value === b.value,
    warnings,
  );

  const sources = new Map<string, GoldSource>();
  const quotes: GoldQuote[] = of('QUOTE').map((r) => {
    const linked = (want: string, label: string): Region | null => {
      for (const rel of r.relations) {
        const to = byId.get(rel.to);
        if (to && (rel.label === want || (rel.label === null && to.label === label)) && to.label === label) return to;
      }
      return null;
    };
    const speaker = linked(LS_RELATIONS.speaker, 'SPEAKER');
    const cue = linked(LS_RELATIONS.cue, 'CUE');
    const sourceName = r.fields.get(LS_CONTROLS.source) || '';
    let sourceId: string | null = null;
    if (sourceName) {
      sourceId = slug(sourceName);
      const sourcing = r.fields.get(LS_CONTROLS.sourcing) || 'unknown';
      const kind = r.fields.get(LS_CONTROLS.sourceKind) || 'person';
      const reason = r.fields.get(LS_CONTROLS.anonymityReason) || '';
      const had = sources.get(sourceId);
      if (!had) sources.set(sourceId, { id: sourceId, name: sourceName, sourcing, kind, ...(reason ? { anonymityReason: reason } : {}) });
      else if (had.sourcing !== sourcing) warnings.push(`quotes: source "${sourceName}" is "${had.sourcing}" on one quote and "${sourcing}" on another; kept "${had.sourcing}"`);
    } else if (r.fields.get(LS_CONTROLS.sourcing) && r.fields.get(LS_CONTROLS.sourcing) !== 'unknown') {
      warnings.push(`quotes: "${r.text.slice(0, 40)}" has sourcing "${r.fields.get(LS_CONTROLS.sourcing)}" but no source name; give its source a name to keep the label`);
    }
    return {
      text: r.text,
      start: r.start,
      kind: r.fields.get(LS_CONTROLS.kind) || 'direct',
      cue: cue ? cue.text : null,
      speaker: speaker ? speaker.text : null,
      ...(speaker ? { speakerStart: speaker.start } : {}),
      source: sourceId,
    };
  });

  const gold: Gold = {
    format: 'text-anchored gold v1',
    document: `${name}.txt`,
    referenceDate: task.data.date ?? null,
    notes: 'Converted from a Label Studio export by `presslens export --from label-studio`. Quotes carry "start" and speakers "speakerStart" offsets into the .txt.',
    entities,
    dates,
    quantities,
    quotes,
    sources: [...sources.values()],
  };
  return { name, text, gold, warnings };
}

/** Every task of a Label Studio JSON export; tasks nobody annotated are listed, not converted. */
export function labelStudioExportToGold(exported: unknown): { converted: ConvertedTask[]; unannotated: string[] } {
  if (!Array.isArray(exported)) throw new TypeError('a Label Studio JSON export is an array of tasks');
  const converted: ConvertedTask[] = [];
  const unannotated: string[] = [];
  exported.forEach((raw, i) => {
    const task = raw as LsTask;
    if (typeof task?.data?.text !== 'string') throw new TypeError(`task ${i + 1} has no data.text: export the project as "JSON" with the presslens config`);
    const c = taskToGold(task, i);
    if (c) converted.push(c);
    else unannotated.push(task.data.name || task.data.id || `task-${i + 1}`);
  });
  const names = new Map<string, number>();
  for (const c of converted) {
    const n = names.get(c.name) ?? 0;
    names.set(c.name, n + 1);
    if (n > 0) {
      c.name = `${c.name}-${n + 1}`;
      c.gold.document = `${c.name}.txt`;
    }
  }
  return { converted, unannotated };
}
