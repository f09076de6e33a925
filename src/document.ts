/**
 * The annotation format (contract: shared/spec/annotation-format.md). This zod schema is the one
 * source of the TypeScript types and of schema/annotation.schema.json.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

export const OffsetsSchema = z.object({ start: offset, end: offset });
export const SpanSchema = z.object({ start: offset, end: offset, text: z.string() });
export const MentionSchema = SpanSchema.extend({ rule: z.string() });

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'PLACE']);
export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string().describe('canonical: the fullest form in the text'),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
  roles: z.array(z.string()),
  rule: z.string(),
});

export const DateTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const DateMentionSchema = SpanSchema.extend({
  type: DateTypeSchema,
  value: z.string().nullable().describe('TIMEX3 value resolved against document.date'),
  rule: z.string(),
});

export const QuantityKindSchema = z.enum(['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);
export const QuantitySchema = SpanSchema.extend({
  kind: QuantityKindSchema,
  value: z.number().nullable(),
  unit: z.string().nullable(),
  approximate: z.boolean(),
  rule: z.string(),
});

export const QuoteKindSchema = z.enum(['direct', 'mixed', 'indirect']);
export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  kind: QuoteKindSchema,
  cue: SpanSchema.nullable(),
  speaker: SpanSchema.nullable(),
  sourceId: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const SourcingSchema = z.enum(['named', 'official', 'anonymous', 'unknown']);
export const SourceKindSchema = z.enum(['person', 'group', 'organization', 'document']);
export const SourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  entityId: z.string().nullable(),
  kind: SourceKindSchema,
  sourcing: SourcingSchema,
  affiliation: z.string().nullable(),
  role: z.string().nullable(),
  description: z.string().nullable(),
  anonymityReason: z.string().nullable(),
  noComment: z.boolean(),
  mentions: z.array(SpanSchema),
  quoteIds: z.array(z.string()),
  rule: z.string(),
});

const count = z.number().int().nonnegative();
export const SummarySchema = z.object({
  counts: z.object({
    paragraphs: count,
    sentences: count,
    entities: count,
    dates: count,
    quantities: count,
    quotes: count,
    sources: count,
  }),
  quotesBySourcing: z.object({ named: count, official: count, anonymous: count, unknown: count }),
  anonymousQuoteShare: z.number().min(0).max(1).nullable().describe('null when there are no quotes'),
  anonymousWithoutReason: count.describe('anonymous sources for which the article states no reason'),
  anonymousWithoutReasonIds: z.array(z.string()),
  noCommentSourceIds: z.array(z.string()),
});

export const DocumentMetaSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  language: z.literal('en'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});

export const AnnotationSchema = z.object({
  schema: z.literal('presslens/annotation@1'),
  document: DocumentMetaSchema,
  paragraphs: z.array(OffsetsSchema),
  sentences: z.array(OffsetsSchema),
  entities: z.array(EntitySchema),
  dates: z.array(DateMentionSchema),
  quantities: z.array(QuantitySchema),
  quotes: z.array(QuoteSchema),
  sources: z.array(SourceSchema),
  summary: SummarySchema,
  pipeline: z.object({ version: z.string(), stages: z.array(z.string()) }),
});

export type Offsets = z.infer<typeof OffsetsSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type DateType = z.infer<typeof DateTypeSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type QuantityKind = z.infer<typeof QuantityKindSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Sourcing = z.infer<typeof SourcingSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;

/** A token: internal to the pipeline (not written to the JSON), offsets exact. */
export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Surface form: `document.text.slice(start, end)`, kept so rules need not slice it again. */
  text: string;
}

/**
 * A quote as the quotes stage finds it, before its speaker is resolved to a source: internal to the
 * pipeline; the sources stage turns candidates into the `quotes` layer.
 */
export interface QuoteCandidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Offsets | null;
  speaker: Offsets | null;
  /** Sentence where the speaker is named, for descriptions and anonymity reasons. */
  speakerSentence: number | null;
  /** The speaker was carried over from an earlier attribution (a continuation). */
  carried: boolean;
  confidence: number;
  rule: string;
}

/** Every layer a stage may read or write. */
export interface Layers {
  paragraphs: Offsets[];
  sentences: Offsets[];
  tokens: Token[];
  entities: Entity[];
  dates: DateMention[];
  quantities: Quantity[];
  quoteCandidates: QuoteCandidate[];
  quotes: Quote[];
  sources: Source[];
  summary: Summary;
}
export type LayerName = keyof Layers;

/** A document with the given layers present: reading an undeclared layer is a compile error. */
export type WithLayers<K extends LayerName> = { readonly document: DocumentMeta } & { readonly [P in K]: Layers[P] };

/** A document part-way through the pipeline. */
export type WorkingDocument = { readonly document: DocumentMeta } & Partial<Layers>;

/** Build a span from offsets, copying its text. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
