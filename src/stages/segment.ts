/**
 * Paragraphs, sentences and tokens with exact character offsets, on wink-nlp.
 * Paragraphs: blank lines separate them where the text has blank lines, otherwise each line is one.
 */
import type { Offsets, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { readDocument } from '../nlp/wink.js';
import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };

export interface SegmentOptions {
  /** Split sentences that wink-nlp joins across a paragraph break (default true). */
  splitAtParagraphs?: boolean;
}

const TITLES = new Set(abbreviations.titles);
const MONTHS = new Set(abbreviations.months);
const OTHER = new Set(abbreviations.other);
const NUMBERS = new Set(abbreviations.numbers);

/** Paragraph spans, trimmed of surrounding whitespace; empty paragraphs are dropped. */
export function findParagraphs(text: string): Offsets[] {
  const out: Offsets[] = [];
  const blank = /\n[ \t\u00a0]*\n/.test(text);
  const separator = blank ? /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g : /\n/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * wink-nlp first splits the text at a few space characters only (isWinkSpace), then takes each
 * piece apart with regular expressions whose cost grows much faster than the piece's length (a
 * 16,000-character URL-like piece takes minutes). Pieces longer than MAX_RUN are therefore hidden
 * from wink and become one token each: no real word is that long, and a 1 MB blob stays fast.
 */
const MAX_RUN = 256;

/**
 * Is this char code one of the characters wink splits at (its model's `splitter`): space, tab,
 * CR, LF, no-break space, U+2002–2005, U+2009, U+200A, U+202F, U+205F? A comparison chain, as it
 * runs once per character.
 */
function isWinkSpace(c: number): boolean {
  if (c > 0x20) return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Does the text hold a run of more than MAX_RUN characters that wink does not split at? */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWinkSpace(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** The text with every run longer than MAX_RUN replaced by "x" and spaces (same length), and the runs. */
export function maskLongRuns(text: string): { masked: string; runs: Array<[number, number]> } {
  const runs: Array<[number, number]> = [];
  if (!hasLongRun(text)) return { masked: text, runs };
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWinkSpace(text.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart > MAX_RUN) runs.push([runStart, i]);
      runStart = -1;
    }
  }
  if (!runs.length) return { masked: text, runs };
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of runs) {
    parts.push(text.slice(from, s), 'x', ' '.repeat(e - s - 1));
    from = e;
  }
  parts.push(text.slice(from));
  return { masked: parts.join(''), runs };
}

/** Tokens with offsets rebuilt from wink's values and the whitespace between them. */
function tokenize(text: string): { tokens: Token[]; sentenceTokenSpans: Array<[number, number]> } {
  const nlp = readDocument();
  const its = nlp.its;
  const { masked, runs } = maskLongRuns(text);
  const doc = nlp.readDoc(masked);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  const runEnd = new Map(runs);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink's tokens are the text minus the whitespace between them (a line break can be a token
    // itself): skip whitespace up to where the value begins
    while (at < masked.length && isWinkSpace(masked.charCodeAt(at)) && !masked.startsWith(value, at)) at++;
    // wink keeps the text exactly; guard anyway so a mismatch can never produce a bad span.
    let start: number;
    let end: number;
    if (masked.startsWith(value, at)) {
      start = at;
      end = at + value.length;
    } else {
      const found = masked.indexOf(value, at);
      start = found < 0 ? at : found;
      end = found < 0 ? at : found + value.length;
    }
    at = end;
    const long = runEnd.get(start);
    // wink read the mask "x" and its spaces; the token is the whole hidden run.
    if (long !== undefined && value === 'x') {
      const whole = text.slice(start, long);
      tokens[i] = { start, end: long, pos: 'X', lower: whole.toLowerCase(), text: whole };
    } else tokens[i] = { start, end, pos: pos[i]!, lower: value.toLowerCase(), text: value };
  }
  const sentenceTokenSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  retagNamesReadAsVerbs(tokens);
  return joinSplitWords(text, tokens, sentenceTokenSpans);
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWER_CASE = /^\p{Ll}/u;

/**
 * wink tags a given name that is also a verb as a verb ("The minister, Grant Roe, said"; "Bill",
 * "Pierce"). A capitalised word in mid-sentence (after a comma or a lower-case word) that wink
 * calls a verb, before a capitalised proper noun, is a name: PROPN.
 */
export function retagNamesReadAsVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !CAPITALISED.test(t.text)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (next.pos !== 'PROPN' || !CAPITALISED.test(next.text) || next.start !== t.end + 1) continue;
    if (prev.text === ',' || LOWER_CASE.test(prev.text)) tokens[i] = { ...t, pos: 'PROPN' };
  }
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * wink splits a word at letters outside its alphabet: "Dębicka" → "D" "ę" "bicka", "Gdańsk",
 * "Nguyễn". Letter tokens that touch, where one side holds such a letter, become one token again
 * (its tag: PROPN if any piece was one, else the first piece's), and the sentences' token spans
 * are renumbered. Touching ASCII pieces ("can" "not") are left as wink split them.
 */
export function joinSplitWords(text: string, tokens: Token[], spans: Array<[number, number]>): { tokens: Token[]; sentenceTokenSpans: Array<[number, number]> } {
  let joins = false;
  for (let i = 1; i < tokens.length && !joins; i++) joins = touchingLetters(tokens[i - 1]!, tokens[i]!);
  if (!joins) return { tokens, sentenceTokenSpans: spans };
  const out: Token[] = [];
  const newIndex = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev && touchingLetters(prev, t)) {
      const whole = text.slice(prev.start, t.end);
      out[out.length - 1] = { start: prev.start, end: t.end, pos: prev.pos === 'PROPN' || t.pos === 'PROPN' ? 'PROPN' : prev.pos === 'X' ? t.pos : prev.pos, lower: whole.toLowerCase(), text: whole };
    } else out.push(t);
    newIndex[i] = out.length - 1;
  }
  const renumbered = spans.map(([a, b]): [number, number] => [newIndex[a] ?? a, newIndex[b] ?? b]);
  return { tokens: out, sentenceTokenSpans: renumbered };
}

function touchingLetters(a: Token, b: Token): boolean {
  return a.end === b.start && LETTERS.test(a.text) && LETTERS.test(b.text) && (NON_ASCII.test(a.text) || NON_ASCII.test(b.text));
}

function isInitial(lower: string): boolean {
  return /^\p{L}\.$/u.test(lower);
}

/** Does a sentence ending in this token continue into the next one? */
function continuesAfter(last: Token, next: Token | undefined, text: string): boolean {
  if (!next) return false;
  const between = text.slice(last.end, next.start);
  if (between.includes('\n')) return false;
  const nextChar = text[next.start] ?? '';
  // "Rs2.5 billion", "Sh2.4bn": a decimal point wink read as a full stop (no space, a digit on each side)
  if (between === '' && last.text === '.' && /\d/.test(nextChar) && /\d/.test(text[last.start - 1] ?? '')) return true;
  if (TITLES.has(last.lower)) return true;
  if (MONTHS.has(last.lower) || NUMBERS.has(last.lower)) return /\d/.test(nextChar);
  if (isInitial(last.lower) && /\p{Lu}/u.test(nextChar)) return true;
  if (OTHER.has(last.lower) || /^(\p{L}\.){2,}$/u.test(last.lower)) return /[\p{Ll}\d,;]/u.test(nextChar);
  // "Sen. Ann Roe (R-Kan.) spoke", "(R-Kan.), the ranking Republican": an abbreviation's full stop
  // inside parentheses, then lower case or a comma
  if (last.text === ')' && /\.\)$/.test(text.slice(Math.max(0, last.start - 1), last.end))) return /[\p{Ll},;]/u.test(nextChar);
  // “Who signed off on this?” asked Dana Reyes: a quotation ending in ? or ! goes on in lower case
  if (/^["”’']$/.test(last.lower) && /[?!]["”’']$/.test(text.slice(Math.max(0, last.start - 1), last.end))) return /\p{Ll}/u.test(nextChar);
  return false;
}

/** wink keeps "no." as one token and never ends a sentence there: end it unless a number follows. */
function splitAfterWordAbbreviations(spans: ReadonlyArray<[number, number]>, tokens: readonly Token[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    let from = a;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      // "shortly before 11 p.m. “Well, tonight ...": an abbreviation, then an opening quotation mark and a capital
      const quoteAfterAbbreviation = /\p{L}\.$/u.test(t.lower) && next !== undefined && /^[“"]$/.test(next.text) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && !TITLES.has(t.lower);
      // ("K. Bharathi": a capital letter with its full stop is an initial, not "k." for thousand)
      if ((!NUMBERS.has(t.lower) || /^\p{Lu}\.$/u.test(t.text)) && !quoteAfterAbbreviation) continue;
      if (!next || text.slice(t.end, next.start).includes('\n') || !/^[\p{Lu}“‘"']/u.test(text[next.start] ?? '')) continue;
      out.push([from, i]);
      from = i + 1;
    }
    out.push([from, b]);
  }
  return out;
}

export function createSegmentStage(options: SegmentOptions = {}): Stage<never, 'paragraphs' | 'sentences' | 'tokens'> {
  const splitAtParagraphs = options.splitAtParagraphs ?? true;
  return {
    name: 'segment',
    reads: [],
    writes: ['paragraphs', 'sentences', 'tokens'],
    run(doc) {
      const text = doc.document.text;
      const paragraphs = findParagraphs(text);
      const { tokens, sentenceTokenSpans } = tokenize(text);
      // 1. wink's sentences, merged where an abbreviation was taken for a full stop, and split
      //    where wink took a sentence-final word with a period for an abbreviation ("voted no.").
      const merged: Array<[number, number]> = [];
      for (const [a, b] of splitAfterWordAbbreviations(sentenceTokenSpans, tokens, text)) {
        const prev = merged[merged.length - 1];
        let last = prev && tokens[prev[1]];
        // wink may split "Cmdr." into "Cmdr" and ".": read the two as one word
        const word = prev && tokens[prev[1] - 1];
        if (last && word && last.text === '.' && word.end === last.start && /^\p{L}+$/u.test(word.text)) last = { ...last, start: word.start, lower: `${word.lower}.`, text: `${word.text}.` };
        if (prev && last && continuesAfter(last, tokens[a], text)) prev[1] = b;
        else merged.push([a, b]);
      }
      // 2. split at paragraph boundaries, and drop empty pieces.
      const sentences: Offsets[] = [];
      let p = 0;
      for (const [a, b] of merged) {
        // wink reports one sentence without tokens for an empty text
        if (tokens[a] === undefined || tokens[b] === undefined) continue;
        let start = tokens[a].start;
        const end = tokens[b].end;
        while (start < end) {
          while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
          const para = paragraphs[p];
          if (!para) break;
          const e = splitAtParagraphs ? Math.min(end, para.end) : end;
          // a sentence neither begins nor ends with whitespace (wink keeps a tab as a token)
          let s = Math.max(start, para.start);
          let trimmed = e;
          while (s < trimmed && /\s/.test(text[s]!)) s++;
          while (trimmed > s && /\s/.test(text[trimmed - 1]!)) trimmed--;
          if (trimmed > s) sentences.push({ start: s, end: trimmed });
          start = e;
          if (e >= end) break;
        }
      }
      return { paragraphs, sentences, tokens };
    },
  };
}
