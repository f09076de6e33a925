/**
 * Gold annotations in two formats, read and then anchored onto an article's text:
 * - text-anchored gold (shared/gold/README.md): written by hand, strings instead of offsets;
 * - full-offset gold: a presslens annotation document (e.g. a corrected export), recognised by
 *   its `"schema": "presslens/annotation@1"`.
 * Both become one `AnchoredGold`: spans with offsets into the text being scored.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { AnnotationSchema, EntityTypeSchema, SourcingSchema, type Annotation, type Sourcing } from '../document.js';
import { FileError } from '../errors.js';
import { findProblems } from '../validate.js';
import { SCHEMA_ID } from '../version.js';
import { occurrences, wordBounded, type Range } from './text.js';

/** A gold file that cannot be read or does not follow either gold format. */
export class GoldError extends FileError {
  override name = 'GoldError' as const;
}

const text = z.string().min(1, 'must not be empty');
const optional = z.boolean().optional();

/** The text-anchored gold format, v1 (unknown keys are ignored). */
export const TextGoldSchema = z.object({
  format: z.string().optional(),
  document: z.string().optional(),
  referenceDate: z.string().nullable().optional(),
  entities: z.array(z.object({ text, type: EntityTypeSchema, entity: z.string().optional(), optional })).optional(),
  dates: z.array(z.object({ text, type: z.string().optional(), value: z.unknown().optional(), optional })).optional(),
  quantities: z.array(z.object({ text, kind: z.string().optional(), value: z.unknown().optional(), optional })).optional(),
  quotes: z
    .array(
      z.object({
        text,
        kind: z.string().optional(),
        speaker: z.string().nullable().optional(),
        source: z.string().nullable().optional(),
        start: z.number().int().nonnegative().optional(),
        speakerStart: z.number().int().nonnegative().optional(),
        optional,
      }),
    )
    .optional(),
  sources: z.array(z.object({ id: z.string(), name: z.string().nullable().optional(), sourcing: SourcingSchema.nullable().optional() })).optional(),
});
export type TextGold = z.infer<typeof TextGoldSchema>;

interface GoldFileBase {
  /** Path of the gold file. */
  path: string;
  /** The fixture's name: the file name without `.gold.json` (or `.json`). */
  name: string;
}
export type GoldFile =
  | (GoldFileBase & { format: 'text-anchored'; gold: TextGold })
  | (GoldFileBase & { format: 'presslens'; annotation: Annotation });

/** The fixture name of a gold file path. */
export function goldName(path: string): string {
  return basename(path).replace(/\.gold\.json$|\.json$/i, '');
}

/** Recognise and check a gold file's parsed JSON. */
export function parseGold(path: string, data: unknown): GoldFile {
  const name = goldName(path);
  if (data !== null && typeof data === 'object' && (data as Record<string, unknown>)['schema'] === SCHEMA_ID) {
    const problems = findProblems(data);
    if (problems.length) throw new GoldError(path, `presslens gold breaks the annotation contract: ${problems.slice(0, 3).join('; ')}`);
    return { path, name, format: 'presslens', annotation: AnnotationSchema.parse(data) };
  }
  const parsed = TextGoldSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new GoldError(path, `not text-anchored gold (shared/gold/README.md) nor a "${SCHEMA_ID}" document: ${issues.join('; ')}`);
  }
  return { path, name, format: 'text-anchored', gold: parsed.data };
}

export async function readGold(path: string): Promise<GoldFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new GoldError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not readable JSON: ${(e as Error).message}`);
  }
  return parseGold(path, data);
}

/** A gold span: `type` is the entity type, date type, quantity kind or quote kind. */
export interface GoldSpan extends Range {
  type: string | null;
  optional: boolean;
}
export interface GoldMention extends GoldSpan {
  /** Which real-world entity this is a mention of. */
  entity: string;
}
export interface GoldValue extends GoldSpan {
  value: unknown;
}
export interface GoldQuote extends GoldSpan {
  speaker: Range | null;
  source: string | null;
}
export interface GoldSource {
  name: string | null;
  sourcing: Sourcing | null;
}

/** Gold with offsets into one text. A layer the gold does not have is null and is not scored. */
export interface AnchoredGold {
  entities: GoldMention[] | null;
  dates: GoldValue[] | null;
  quantities: GoldValue[] | null;
  quotes: GoldQuote[];
  sources: Map<string, GoldSource>;
  /** The speaker wording of every gold quote, by source: the names a source goes by. */
  speakers: { source: string | null; speaker: string }[];
  /** What could not be anchored: gold strings or quotes not found in the text. */
  problems: string[];
}

/** Anchor a gold file onto the text being scored. */
export function anchorGold(file: GoldFile, articleText: string): AnchoredGold {
  return file.format === 'presslens' ? fromAnnotation(file, articleText) : fromTextAnchored(file.gold, articleText);
}

function fromAnnotation(file: GoldFile & { format: 'presslens' }, articleText: string): AnchoredGold {
  const a = file.annotation;
  if (a.document.text !== articleText) {
    throw new GoldError(file.path, 'the gold document text differs from the annotated text, so their offsets cannot be compared; annotate the same text');
  }
  return {
    entities: a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, optional: false, entity: e.id }))),
    dates: a.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, optional: false, value: d.value })),
    quantities: a.quantities.map((q) => ({ start: q.start, end: q.end, type: q.kind, optional: false, value: q.value })),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      type: q.kind,
      optional: false,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
      source: q.sourceId,
    })),
    sources: new Map(a.sources.map((s) => [s.id, { name: s.name, sourcing: s.sourcing }])),
    speakers: a.quotes.flatMap((q) => (q.speaker ? [{ source: q.sourceId, speaker: q.speaker.text }] : [])),
    problems: [],
  };
}

function fromTextAnchored(gold: TextGold, articleText: string): AnchoredGold {
  const problems: string[] = [];
  const anchor = (layer: string, strings: string[]): Map<string, Range[]> => {
    const occ = occurrences(articleText, strings);
    for (const [s, found] of occ) {
      // a string only found inside a longer gold string is shadowed on purpose, not missing
      if (!found.length && !wordBounded(s).test(articleText)) problems.push(`gold ${layer} string not found in the text: ${s.slice(0, 60)}`);
    }
    return occ;
  };
  let entities: GoldMention[] | null = null;
  if (gold.entities) {
    const occ = anchor('entity', gold.entities.map((e) => e.text));
    entities = gold.entities.flatMap((e) =>
      (occ.get(e.text) ?? []).map((r) => ({ ...r, type: e.type, optional: e.optional ?? false, entity: e.entity ?? e.text })),
    );
  }
  const valued = (layer: string, items: { text: string; value?: unknown; optional?: boolean | undefined }[], typeOf: (i: number) => string | undefined): GoldValue[] => {
    const occ = anchor(layer, items.map((d) => d.text));
    return items.flatMap((d, i) =>
      (occ.get(d.text) ?? []).map((r) => ({ ...r, type: typeOf(i) ?? null, optional: d.optional ?? false, value: d.value ?? null })),
    );
  };
  const dates = gold.dates ? valued('date', gold.dates, (i) => gold.dates?.[i]?.type) : null;
  const quantities = gold.quantities ? valued('quantity', gold.quantities, (i) => gold.quantities?.[i]?.kind) : null;

  const quotes: GoldQuote[] = [];
  for (const q of gold.quotes ?? []) {
    const start = q.start !== undefined && articleText.startsWith(q.text, q.start) ? q.start : articleText.indexOf(q.text);
    if (start < 0) {
      problems.push(`gold quote not found in the text: ${q.text.slice(0, 60)}`);
      continue;
    }
    const span = { start, end: start + q.text.length };
    let speaker: Range | null = null;
    if (q.speaker && q.speakerStart !== undefined && articleText.startsWith(q.speaker, q.speakerStart)) {
      speaker = { start: q.speakerStart, end: q.speakerStart + q.speaker.length };
    } else if (q.speaker) {
      speaker = nearest(articleText, q.speaker, span);
    }
    quotes.push({ ...span, type: q.kind ?? null, optional: q.optional ?? false, speaker, source: q.source ?? null });
  }
  return {
    entities,
    dates,
    quantities,
    quotes,
    sources: new Map((gold.sources ?? []).map((s) => [s.id, { name: s.name ?? null, sourcing: s.sourcing ?? null }])),
    speakers: (gold.quotes ?? []).flatMap((q) => (q.speaker ? [{ source: q.source ?? null, speaker: q.speaker }] : [])),
    problems,
  };
}

/** The word-bounded occurrence of `s` nearest to `span` (the first of equally near ones). */
function nearest(articleText: string, s: string, span: Range): Range | null {
  let best: { d: number; r: Range } | null = null;
  for (const m of articleText.matchAll(wordBounded(s))) {
    const r = { start: m.index, end: m.index + m[0].length };
    const d = Math.min(Math.abs(r.start - span.end), Math.abs(span.start - r.end));
    if (best === null || d < best.d) best = { d, r };
  }
  return best?.r ?? null;
}
