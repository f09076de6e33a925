/** The contract every written document must satisfy: schema, span bounds, `slice === text`, ids, order. */
import { AnnotationSchema, type Annotation, type Offsets } from './document.js';
import { InvariantError } from './errors.js';

function checkSpan(text: string, where: string, span: Offsets & { text?: string }, problems: string[]): void {
  if (!(span.start <= span.end && span.end <= text.length)) {
    problems.push(`${where}: span [${span.start}, ${span.end}) out of bounds (text length ${text.length})`);
    return;
  }
  // length and startsWith: the same test as `slice(start, end) === text`, without a copy
  if (span.text !== undefined && !(span.text.length === span.end - span.start && text.startsWith(span.text, span.start))) {
    problems.push(`${where}: text ${JSON.stringify(span.text.slice(0, 40))} does not equal text.slice(${span.start}, ${span.end})`);
  }
}

function checkSorted(where: string, spans: readonly Offsets[], problems: string[]): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) {
      problems.push(`${where}: not sorted by (start, end) at index ${i}`);
      return;
    }
  }
}

/** Problems found in a document (empty when it honours the contract). */
export function findProblems(doc: unknown): string[] {
  return check(doc).problems;
}

/** One schema parse, then the invariants on the parsed document. */
function check(doc: unknown): { annotation: Annotation | null; problems: string[] } {
  const parsed = AnnotationSchema.safeParse(doc);
  if (!parsed.success) {
    return { annotation: null, problems: parsed.error.issues.slice(0, 10).map((i) => `schema: ${i.path.join('.')}: ${i.message}`) };
  }
  const a: Annotation = parsed.data;
  const text = a.document.text;
  const problems: string[] = [];
  a.paragraphs.forEach((p, i) => checkSpan(text, `paragraphs[${i}]`, p, problems));
  a.sentences.forEach((s, i) => checkSpan(text, `sentences[${i}]`, s, problems));
  checkSorted('paragraphs', a.paragraphs, problems);
  checkSorted('sentences', a.sentences, problems);
  const entityIds = new Set<string>();
  a.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) problems.push(`entities[${i}]: duplicate id ${e.id}`);
    entityIds.add(e.id);
    e.mentions.forEach((m, j) => checkSpan(text, `entities[${i}].mentions[${j}]`, m, problems));
    checkSorted(`entities[${i}].mentions`, e.mentions, problems);
  });
  a.dates.forEach((d, i) => checkSpan(text, `dates[${i}]`, d, problems));
  checkSorted('dates', a.dates, problems);
  a.quantities.forEach((q, i) => checkSpan(text, `quantities[${i}]`, q, problems));
  checkSorted('quantities', a.quantities, problems);
  const sourceIds = new Set(a.sources.map((s) => s.id));
  const quoteIds = new Set<string>();
  a.quotes.forEach((q, i) => {
    if (quoteIds.has(q.id)) problems.push(`quotes[${i}]: duplicate id ${q.id}`);
    quoteIds.add(q.id);
    checkSpan(text, `quotes[${i}]`, q, problems);
    if (q.cue) checkSpan(text, `quotes[${i}].cue`, q.cue, problems);
    if (q.speaker) checkSpan(text, `quotes[${i}].speaker`, q.speaker, problems);
    if (q.sourceId !== null && !sourceIds.has(q.sourceId)) problems.push(`quotes[${i}]: sourceId ${q.sourceId} does not resolve`);
  });
  checkSorted('quotes', a.quotes, problems);
  const seenSources = new Set<string>();
  a.sources.forEach((s, i) => {
    if (seenSources.has(s.id)) problems.push(`sources[${i}]: duplicate id ${s.id}`);
    seenSources.add(s.id);
    if (s.entityId !== null && !entityIds.has(s.entityId)) problems.push(`sources[${i}]: entityId ${s.entityId} does not resolve`);
    s.mentions.forEach((m, j) => checkSpan(text, `sources[${i}].mentions[${j}]`, m, problems));
    s.quoteIds.forEach((id) => {
      if (!quoteIds.has(id)) problems.push(`sources[${i}]: quoteId ${id} does not resolve`);
    });
  });
  return { annotation: a, problems };
}

/**
 * Throws an InvariantError listing every problem; returns the parsed document otherwise (keys in
 * schema order, unknown keys dropped), so a caller needs no second parse.
 */
export function assertValid(doc: unknown): Annotation {
  const { annotation, problems } = check(doc);
  if (problems.length > 0 || !annotation) throw new InvariantError(problems);
  return annotation;
}
