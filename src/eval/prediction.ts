/**
 * A prediction to score: a presslens annotation, read leniently (a layer that is missing counts
 * as empty, extra fields are ignored) so that older or partial outputs can still be scored.
 */
import { z } from 'zod';
import { PresslensError } from '../errors.js';
import { normName, type Range } from './text.js';

const offset = z.number().int().nonnegative();
const span = z.object({ start: offset, end: offset, text: z.string().optional() });

export const PredictionSchema = z.object({
  document: z.object({ text: z.string() }),
  entities: z
    .array(z.object({ id: z.string().nullable().optional(), type: z.string().nullable().optional(), mentions: z.array(span).default([]) }))
    .default([]),
  dates: z.array(span.extend({ type: z.string().nullable().optional(), value: z.unknown().optional() })).default([]),
  quantities: z.array(span.extend({ kind: z.string().nullable().optional(), value: z.unknown().optional() })).default([]),
  quotes: z
    .array(span.extend({ kind: z.string().nullable().optional(), speaker: span.nullable().optional(), sourceId: z.string().nullable().optional() }))
    .default([]),
  sources: z
    .array(
      z.object({
        id: z.string().nullable().optional(),
        name: z.string().nullable().optional(),
        sourcing: z.string().nullable().optional(),
        mentions: z.array(z.object({ text: z.string().nullable().optional() })).default([]),
      }),
    )
    .default([]),
});
export type PredictionInput = z.input<typeof PredictionSchema>;

export interface PredSpan extends Range {
  type: string | null;
}
export interface PredMention extends PredSpan {
  /** The predicted entity this mention belongs to. */
  entity: string | null;
}
export interface PredValue extends PredSpan {
  value: unknown;
}
export interface PredQuote extends PredSpan {
  speaker: Range | null;
  /** Normalised names of the quote's source and speaker (see `normName`). */
  names: Set<string>;
  sourcing: string | null;
}

export interface Prediction {
  text: string;
  entities: PredMention[];
  dates: PredValue[];
  quantities: PredValue[];
  quotes: PredQuote[];
}

/** A prediction that is not an annotation document; the message names the first problems. */
export class PredictionError extends PresslensError {
  override name = 'PredictionError' as const;
}

/** The scorer's view of an annotation document (parsed JSON or an in-process `Annotation`). */
export function readPrediction(data: unknown): Prediction {
  const parsed = PredictionSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new PredictionError(`not a presslens annotation: ${issues.join('; ')}`);
  }
  const p = parsed.data;
  const sources = new Map(p.sources.map((s) => [s.id ?? null, s]));
  return {
    text: p.document.text,
    entities: p.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type ?? null, entity: e.id ?? null }))),
    dates: p.dates.map((d) => ({ start: d.start, end: d.end, type: d.type ?? null, value: d.value ?? null })),
    quantities: p.quantities.map((q) => ({ start: q.start, end: q.end, type: q.kind ?? null, value: q.value ?? null })),
    quotes: p.quotes.map((q) => {
      const source = sources.get(q.sourceId ?? null);
      const names = [normName(source?.name), ...(source?.mentions ?? []).map((m) => normName(m.text))];
      if (q.speaker?.text) names.push(normName(q.speaker.text));
      return {
        start: q.start,
        end: q.end,
        type: q.kind ?? null,
        speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
        names: new Set(names.filter((n) => n)),
        sourcing: source?.sourcing ?? null,
      };
    }),
  };
}
