/**
 * brat standoff: `<name>.txt` (the article text, byte for byte) and `<name>.ann` with
 * T (text-bound), R (relation), A (attribute), * Equiv (mentions of one entity) and
 * # AnnotatorNotes (normalised values, canonical names) lines; plus annotation.conf.
 *
 * brat counts offsets in Unicode code points (Python string indices), presslens in UTF-16 code
 * units, so offsets are converted; a span that crosses a line break is written as fragments
 * ("start end;start end"), since brat keeps each annotation on one line.
 */
import type { Annotation, Span } from '../document.js';

export const BRAT_CONF = `# presslens brat configuration (written by presslens export --to brat)
[entities]
PERSON
ORG
PLACE
DATE
QUANTITY
QUOTE
SPEAKER
CUE

[relations]
said_by	Arg1:QUOTE, Arg2:SPEAKER
cued_by	Arg1:QUOTE, Arg2:CUE
Equiv	Arg1:PERSON, Arg2:PERSON, <REL-TYPE>:symmetric-transitive
Equiv	Arg1:ORG, Arg2:ORG, <REL-TYPE>:symmetric-transitive
Equiv	Arg1:PLACE, Arg2:PLACE, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
QuoteKind	Arg:QUOTE, Value:direct|mixed|indirect
Sourcing	Arg:QUOTE, Value:named|official|anonymous|unknown
DateType	Arg:DATE, Value:DATE|TIME|DURATION|SET
QuantityKind	Arg:QUANTITY, Value:CARDINAL|ORDINAL|MONEY|PERCENT|QUANTITY
Approximate	Arg:QUANTITY
`;

/** UTF-16 offset → code point offset, for every offset 0..text.length. */
export function codePointOffsets(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      map[i + 1] = cp; // the middle of a pair maps to the pair's start
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** [start, end) cut at line breaks into non-empty fragments (UTF-16 offsets). */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      if (i > a) out.push([a, i]);
      a = i + 1;
    }
  }
  return out;
}

/** The .ann text for a document. */
export function toBratAnn(doc: Annotation): string {
  const text = doc.document.text;
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const tAt = new Map<string, string>();
  const textBound = (type: string, span: Span, shared = false): string | null => {
    const key = `${type}:${span.start}:${span.end}`;
    if (shared && tAt.has(key)) return tAt.get(key)!;
    const frags = fragments(text, span.start, span.end);
    if (!frags.length) return null;
    const id = `T${++t}`;
    const offsets = frags.map(([s, e]) => `${cp[s]} ${cp[e]}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${frags.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    tAt.set(key, id);
    return id;
  };
  const note = (id: string, value: string): void => {
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${value.replace(/[\t\n]+/g, ' ')}`);
  };
  const attr = (id: string, name: string, value?: string): void => {
    lines.push(`A${++a}\t${name} ${id}${value === undefined ? '' : ` ${value}`}`);
  };

  for (const e of doc.entities) {
    const ids = e.mentions.map((m) => textBound(e.type, m)).filter((x): x is string => x !== null);
    if (ids[0]) note(ids[0], e.name);
    if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  }
  for (const d of doc.dates) {
    const id = textBound('DATE', d);
    if (!id) continue;
    attr(id, 'DateType', d.type);
    if (d.value !== null) note(id, d.value);
  }
  for (const q of doc.quantities) {
    const id = textBound('QUANTITY', q);
    if (!id) continue;
    attr(id, 'QuantityKind', q.kind);
    if (q.approximate) attr(id, 'Approximate');
    if (q.value !== null || q.unit !== null) note(id, [q.value, q.unit].filter((x) => x !== null).join(' '));
  }
  const sources = new Map(doc.sources.map((s) => [s.id, s] as const));
  for (const q of doc.quotes) {
    const id = textBound('QUOTE', q);
    if (!id) continue;
    const source = q.sourceId ? sources.get(q.sourceId) : undefined;
    attr(id, 'QuoteKind', q.kind);
    attr(id, 'Sourcing', source?.sourcing ?? 'unknown');
    if (source) note(id, `${q.id} · source ${source.id}: ${source.name}${source.anonymityReason ? ` (reason: ${source.anonymityReason})` : ''}`);
    if (q.speaker) {
      const sid = textBound('SPEAKER', q.speaker, true);
      if (sid) lines.push(`R${++r}\tsaid_by Arg1:${id} Arg2:${sid}`);
    }
    if (q.cue) {
      const cid = textBound('CUE', q.cue, true);
      if (cid) lines.push(`R${++r}\tcued_by Arg1:${id} Arg2:${cid}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
