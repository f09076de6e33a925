/**
 * Table rows for the quotes and sources stages, and the check that runs one row through the whole
 * pipeline. A row says what a standards editor would mark: each quote (text, kind, speaker span,
 * source and its sourcing) in document order, and optionally the sources the passage must yield.
 */
import { expect } from 'vitest';
import type { Annotation, QuoteKind, SourceKind } from '../../src/document.js';
import { annotate } from '../../src/annotate.js';
import { expectValid } from './invariants.js';

type Sourcing = 'named' | 'official' | 'anonymous' | 'unknown';

export interface ExpectedQuote {
  /** The quote's exact text (direct quotes with their marks); with `contains`, a substring of it. */
  text: string;
  contains?: boolean;
  kind: QuoteKind;
  /** The speaker span as written at the attribution ("he", "the people"), or null. */
  speaker: string | null;
  /** A substring (case-insensitive) of the resolved source's name, or null for no source. */
  source: string | null;
  sourcing?: Sourcing;
  sourceKind?: SourceKind;
  /** The cue span text ("said", "according to"); null for an unattributed continuation. */
  cue?: string | null;
}

export interface ExpectedSource {
  /** A substring (case-insensitive) of the source's name. */
  name: string;
  sourcing?: Sourcing;
  kind?: SourceKind;
  /** A substring of the stated reason, or null when the text gives none. */
  anonymityReason?: string | null;
  noComment?: boolean;
}

export interface QuoteCase {
  name: string;
  /** The passage; paragraphs separated by "\n". */
  text: string;
  /** Every quote, in document order (the count must match unless `allowExtra`). */
  quotes: ExpectedQuote[];
  /** Sources that must exist, with their fields. */
  sources?: ExpectedSource[];
  /** The exact number of sources. */
  sourceCount?: number;
  /** For passages with broken quotation marks: the listed quotes must be found, others are tolerated. */
  allowExtra?: boolean;
  /** Also run the row with curly quotation marks and apostrophes. */
  curly?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const containing = (s: string): unknown => expect.stringMatching(new RegExp(escape(s), 'i'));

/** Straight double and single quotation marks and apostrophes → typographic ones. */
export function curl(s: string): string {
  return s
    .replace(/(^|[\s(\[—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s(\[—"“])'/g, '$1‘')
    .replace(/'/g, '’');
}

export function curlCase(row: QuoteCase): QuoteCase {
  return {
    ...row,
    name: `${row.name} (curly marks)`,
    text: curl(row.text),
    quotes: row.quotes.map((q) => ({ ...q, text: curl(q.text), speaker: q.speaker === null ? null : curl(q.speaker) })),
  };
}

export interface ActualQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  cue: string | null;
  source: string | null;
  sourcing: Sourcing | null;
  sourceKind: SourceKind | null;
  sourceId: string | null;
}

/** The quotes of a document as a reader would check them. */
export function readQuotes(doc: Annotation): ActualQuote[] {
  return doc.quotes.map((q) => {
    const s = doc.sources.find((x) => x.id === q.sourceId) ?? null;
    return {
      text: q.text,
      kind: q.kind,
      speaker: q.speaker?.text ?? null,
      cue: q.cue?.text ?? null,
      source: s?.name ?? null,
      sourcing: s?.sourcing ?? null,
      sourceKind: s?.kind ?? null,
      sourceId: q.sourceId,
    };
  });
}

function expectedShape(q: ExpectedQuote): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    text: q.contains ? expect.stringContaining(q.text) : q.text,
    kind: q.kind,
    speaker: q.speaker,
    source: q.source === null ? null : containing(q.source),
  };
  if (q.sourcing !== undefined) shape.sourcing = q.sourcing;
  if (q.sourceKind !== undefined) shape.sourceKind = q.sourceKind;
  if (q.cue !== undefined) shape.cue = q.cue;
  return shape;
}

/** Run one row through the whole pipeline and check everything it states. */
export function checkQuoteCase(row: QuoteCase): void {
  let doc: Annotation | undefined;
  expect(() => {
    doc = annotate(row.text, { date: '2025-04-08' });
  }).not.toThrow();
  if (!doc) return;
  expectValid(doc);
  const actual = readQuotes(doc);

  if (row.allowExtra) {
    for (const q of row.quotes) {
      expect(actual, `quote ${JSON.stringify(q.text)}`).toContainEqual(expect.objectContaining(expectedShape(q)));
    }
    // A stray mark must not swallow the paragraphs after it.
    for (const q of actual) expect(q.text, 'a quote runs over a paragraph break').not.toContain('\n');
  } else {
    expect(actual.map(({ sourceId: _id, ...rest }) => rest)).toMatchObject(row.quotes.map(expectedShape));
    // Quotes given the same source in the row share one source; different ones do not.
    row.quotes.forEach((a, i) => {
      row.quotes.forEach((b, j) => {
        if (j <= i || a.source === null || b.source === null) return;
        const same = actual[i]!.sourceId === actual[j]!.sourceId;
        expect(same, `quotes ${i} and ${j} ${a.source === b.source ? 'share' : 'do not share'} a source`).toBe(a.source === b.source);
      });
    });
  }

  for (const s of row.sources ?? []) {
    const shape: Record<string, unknown> = { name: containing(s.name) };
    if (s.sourcing !== undefined) shape.sourcing = s.sourcing;
    if (s.kind !== undefined) shape.kind = s.kind;
    if (s.noComment !== undefined) shape.noComment = s.noComment;
    if (s.anonymityReason !== undefined) shape.anonymityReason = s.anonymityReason === null ? null : containing(s.anonymityReason);
    const brief = doc.sources.map((x) => ({ name: x.name, kind: x.kind, sourcing: x.sourcing, anonymityReason: x.anonymityReason, noComment: x.noComment }));
    expect(brief, `source ${JSON.stringify(s.name)}`).toContainEqual(expect.objectContaining(shape));
  }
  if (row.sourceCount !== undefined) expect(doc.sources.map((s) => s.name)).toHaveLength(row.sourceCount);
}
