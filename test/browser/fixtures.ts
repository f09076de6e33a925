/**
 * Hand-made annotated documents for the view and export tests: the text is segmented by the
 * real segment stage, the other layers are written here by hand (not by the stages, which are
 * still changing) and the summary is computed by the real summary stage, so each document
 * honours the contract (findProblems). The articles are invented for these tests.
 */
import { createHash } from 'node:crypto';
import type { Annotation, DateMention, DocumentMeta, Entity, EntityType, Quantity, Quote, Source, Span } from '../../src/document.js';
import { normaliseText } from '../../src/ingest/decode.js';
import { createSegmentStage } from '../../src/stages/segment.js';
import { createSummaryStage } from '../../src/stages/summary.js';
import { PIPELINE_VERSION, SCHEMA_ID } from '../../src/version.js';

/** The n-th (0-based) occurrence of needle in text, as a span. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/**
 * Word-bounded, non-overlapping occurrences of each string, longest first (as the
 * text-anchored gold counts them: "Lena Okafor" is one mention, not also "Okafor").
 */
export function occurrences(text: string, needles: readonly string[]): Map<string, Span[]> {
  const taken = new Uint8Array(text.length);
  const out = new Map<string, Span[]>();
  for (const needle of [...new Set(needles)].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\w])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    const spans: Span[] = [];
    for (const m of text.matchAll(re)) {
      const end = m.index + needle.length;
      if (taken.subarray(m.index, end).some((x) => x)) continue;
      taken.fill(1, m.index, end);
      spans.push({ start: m.index, end, text: needle });
    }
    out.set(needle, spans);
  }
  return out;
}

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** Strings whose every word-bounded occurrence is a mention. */
  strings: string[];
  roles?: string[];
}
export interface QuoteSpec {
  /** The quote text, or [text, occurrence]. */
  text: string | [string, number];
  kind: Quote['kind'];
  cue: string | [string, number] | null;
  speaker: string | [string, number] | null;
  source: string | null;
  confidence?: number;
}
export interface SourceSpec {
  id: string;
  name: string;
  kind: Source['kind'];
  sourcing: Source['sourcing'];
  entity?: string;
  role?: string;
  affiliation?: string;
  description?: string;
  anonymityReason?: string;
  noComment?: boolean;
}
export interface DocSpec {
  id: string;
  title: string | null;
  date: string | null;
  text: string;
  entities?: EntitySpec[];
  dates?: { text: string | [string, number]; type: DateMention['type']; value: string | null }[];
  quantities?: { text: string | [string, number]; kind: Quantity['kind']; value: number | null; unit: string | null; approximate?: boolean }[];
  quotes?: QuoteSpec[];
  sources?: SourceSpec[];
}

const byStart = <T extends { start: number; end: number }>(a: T, b: T): number => a.start - b.start || a.end - b.end;

/** Build a valid annotation document from a spec. */
export function buildDocument(spec: DocSpec): Annotation {
  const document: DocumentMeta = {
    id: spec.id,
    source: `${spec.id}.txt`,
    title: spec.title,
    date: spec.date,
    language: 'en',
    sha256: createHash('sha256').update(spec.text).digest('hex'),
    text: normaliseText(spec.text),
  };
  const { paragraphs, sentences } = createSegmentStage().run({ document });
  const base = { document, paragraphs, sentences };
  const text = document.text;
  const at = (x: string | [string, number]): Span => (typeof x === 'string' ? find(text, x) : find(text, x[0], x[1]));

  const occ = occurrences(text, (spec.entities ?? []).flatMap((e) => e.strings));
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `ent-${i + 1}`,
    type: e.type,
    name: e.name,
    aliases: e.strings.filter((s) => s !== e.name),
    mentions: e.strings.flatMap((s) => occ.get(s) ?? []).map((m) => ({ ...m, rule: 'fixture' })).sort(byStart),
    roles: e.roles ?? [],
    rule: 'fixture',
  }));
  const entityIdByName = new Map(entities.map((e) => [e.name, e.id] as const));

  const quoteDrafts = (spec.quotes ?? []).map((q) => ({ q, span: at(q.text) })).sort((a, b) => byStart(a.span, b.span));
  const quotes: Quote[] = quoteDrafts.map(({ q, span }, i) => ({
    id: `q-${i + 1}`,
    ...span,
    kind: q.kind,
    cue: q.cue === null ? null : at(q.cue),
    speaker: q.speaker === null ? null : at(q.speaker),
    sourceId: q.source,
    confidence: q.confidence ?? 0.9,
    rule: 'fixture',
  }));
  const sources: Source[] = (spec.sources ?? []).map((s) => {
    const mine = quotes.filter((q) => q.sourceId === s.id);
    const mentions = mine.flatMap((q) => (q.speaker ? [q.speaker] : [])).sort(byStart);
    return {
      id: s.id,
      name: s.name,
      entityId: s.entity ? (entityIdByName.get(s.entity) ?? null) : null,
      kind: s.kind,
      sourcing: s.sourcing,
      affiliation: s.affiliation ?? null,
      role: s.role ?? null,
      description: s.description ?? null,
      anonymityReason: s.anonymityReason ?? null,
      noComment: s.noComment ?? false,
      mentions: mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]!.start || m.end !== mentions[i - 1]!.end),
      quoteIds: mine.map((q) => q.id),
      rule: 'fixture',
    };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => ({ ...at(d.text), type: d.type, value: d.value, rule: 'fixture' })).sort(byStart);
  const quantities: Quantity[] = (spec.quantities ?? [])
    .map((q) => ({ ...at(q.text), kind: q.kind, value: q.value, unit: q.unit, approximate: q.approximate ?? false, rule: 'fixture' }))
    .sort(byStart);

  const layers = { document: base.document, paragraphs: base.paragraphs, sentences: base.sentences, entities, dates, quantities, quotes, sources };
  const { summary } = createSummaryStage().run(layers);
  return {
    schema: SCHEMA_ID,
    document: base.document,
    paragraphs: base.paragraphs,
    sentences: base.sentences,
    entities,
    dates,
    quantities,
    quotes,
    sources,
    summary,
    pipeline: { version: PIPELINE_VERSION, stages: ['segment', 'fixture', 'summary'] },
  };
}

const FERRY_TEXT = `The Harbor City council voted 7-2 on Tuesday to add 14 weekend ferry runs, a plan that will cost about $3.2 million a year.

"This is the fastest way to get cars off the bridge," said Mayor Lena Okafor, who proposed the plan in March. "We cannot wait for a new tunnel."

A spokesperson for the Port Authority said the agency would need six new crew members.

Two council staff members, who asked not to be named because they were not authorized to speak publicly, said the vote had been delayed twice over the cost.

Ravi Menon, who leads the Riders Union, wrote in a letter to the council: "Weekend service has been cut three times since 2019.

"Restoring it is the least the city can do."

Officials said the first new runs could begin in June. Okafor said the city would review ridership after a year.

Some residents said the money should go to buses instead, according to a petition.`;

/** A small article with every kind of span: named, official, anonymous and unknown sourcing. */
export function ferryDocument(): Annotation {
  return buildDocument({
    id: 'ferry-vote',
    title: 'Harbor City council votes to expand ferry service',
    date: '2025-05-14',
    text: FERRY_TEXT,
    entities: [
      { type: 'ORG', name: 'Harbor City council', strings: ['Harbor City council'] },
      { type: 'PERSON', name: 'Lena Okafor', strings: ['Lena Okafor', 'Okafor'], roles: ['Mayor'] },
      { type: 'ORG', name: 'Port Authority', strings: ['Port Authority'] },
      { type: 'PERSON', name: 'Ravi Menon', strings: ['Ravi Menon'] },
      { type: 'ORG', name: 'Riders Union', strings: ['Riders Union'] },
    ],
    dates: [
      { text: 'Tuesday', type: 'DATE', value: '2025-05-13' },
      { text: 'a year', type: 'SET', value: 'P1Y' },
      { text: 'March', type: 'DATE', value: '2025-03' },
      { text: 'since 2019', type: 'DURATION', value: 'PXY' },
      { text: 'June', type: 'DATE', value: '2025-06' },
      { text: ['a year', 1], type: 'DURATION', value: 'P1Y' },
    ],
    quantities: [
      { text: '14 weekend ferry runs', kind: 'CARDINAL', value: 14, unit: 'weekend ferry runs' },
      { text: 'about $3.2 million', kind: 'MONEY', value: 3200000, unit: 'USD', approximate: true },
      { text: 'six new crew members', kind: 'CARDINAL', value: 6, unit: 'crew members' },
      { text: 'Two council staff members', kind: 'CARDINAL', value: 2, unit: 'council staff members' },
    ],
    quotes: [
      { text: 'This is the fastest way to get cars off the bridge,', kind: 'direct', cue: 'said', speaker: 'Mayor Lena Okafor', source: 'okafor' },
      { text: 'We cannot wait for a new tunnel.', kind: 'direct', cue: 'said', speaker: 'Mayor Lena Okafor', source: 'okafor' },
      { text: 'the agency would need six new crew members', kind: 'indirect', cue: ['said', 1], speaker: 'A spokesperson for the Port Authority', source: 'port' },
      { text: 'the vote had been delayed twice over the cost', kind: 'indirect', cue: ['said', 2], speaker: 'Two council staff members', source: 'staff' },
      {
        text: 'Weekend service has been cut three times since 2019.\n\n"Restoring it is the least the city can do.',
        kind: 'direct',
        cue: 'wrote',
        speaker: 'Ravi Menon',
        source: 'menon',
      },
      { text: 'the first new runs could begin in June', kind: 'indirect', cue: ['said', 3], speaker: 'Officials', source: 'officials' },
      { text: 'the city would review ridership after a year', kind: 'indirect', cue: ['said', 4], speaker: ['Okafor', 1], source: 'okafor' },
      { text: 'the money should go to buses instead', kind: 'indirect', cue: 'according to', speaker: null, source: null, confidence: 0.5 },
    ],
    sources: [
      { id: 'okafor', name: 'Lena Okafor', kind: 'person', sourcing: 'named', entity: 'Lena Okafor', role: 'Mayor', affiliation: 'Harbor City' },
      { id: 'port', name: 'Port Authority spokesperson', kind: 'person', sourcing: 'official', affiliation: 'Port Authority', role: 'spokesperson' },
      {
        id: 'staff',
        name: 'Two council staff members',
        kind: 'group',
        sourcing: 'anonymous',
        affiliation: 'Harbor City council',
        anonymityReason: 'they were not authorized to speak publicly',
      },
      { id: 'menon', name: 'Ravi Menon', kind: 'person', sourcing: 'named', entity: 'Ravi Menon', affiliation: 'Riders Union', role: 'leader' },
      { id: 'officials', name: 'Officials', kind: 'group', sourcing: 'anonymous' },
    ],
  });
}

export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';

/** An article whose text, title and source names carry markup that must render as text. */
export function hostileDocument(): Annotation {
  const text = `A reader pasted ${HOSTILE_SCRIPT} into the comment box.\n\n"Nothing ran: ${HOSTILE_IMG} stayed text," said Jo <b>Bold</b> Park.`;
  return buildDocument({
    id: 'hostile',
    title: `</title><script>window.__pwned=1</script>`,
    date: null,
    text,
    entities: [{ type: 'PERSON', name: 'Jo <b>Bold</b> Park', strings: ['Jo <b>Bold</b> Park'] }],
    quotes: [{ text: `Nothing ran: ${HOSTILE_IMG} stayed text,`, kind: 'direct', cue: 'said', speaker: 'Jo <b>Bold</b> Park', source: 'jo' }],
    sources: [{ id: 'jo', name: `Jo <b>Bold</b> Park ${HOSTILE_IMG}`, kind: 'person', sourcing: 'named', entity: 'Jo <b>Bold</b> Park' }],
  });
}
