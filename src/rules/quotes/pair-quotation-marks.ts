/**
 * Step 1: pair quotation marks, curly and straight, « » and „ “, paragraph by paragraph. A
 * quotation whose paragraph ends unclosed continues into the next paragraph when that one opens
 * with a mark (the newspaper convention); otherwise it is closed at its paragraph's end, so an
 * unbalanced mark never swallows the rest of the article. Single quotes inside double quotes are
 * nested quotations and stay part of the outer one.
 */
import type { Offsets } from '../../document.js';

export interface QuotedSpan {
  /** The opening mark's offset. */
  start: number;
  /** After the closing mark (or the paragraph end when unclosed). */
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  /** Index of the first and last paragraph it covers. */
  firstParagraph: number;
  lastParagraph: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const ANY_MARK = /["“”«»„]/g;

function opensAt(text: string, para: Offsets): boolean {
  const c = text[para.start];
  return c !== undefined && (OPENERS.has(c) || c === STRAIGHT);
}

/**
 * British style uses single marks as the primary quotation marks (‘...,’ she said). Used when an
 * article has opening single marks and no double marks at all.
 */
function singleMarksArePrimary(text: string): boolean {
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2018) singles++;
    else if (c === 0x201c || c === 0xab || c === 0x201e) doubles++;
    else if (c === 0x22) doubles += 0.5;
  }
  // more opening single marks than double ones: single marks quote, double marks nest inside
  return singles > 0 && singles > doubles;
}

/** Single-mark pairing: ‘ opens; ’ closes when it ends a word (not the apostrophe in "don’t"). */
function pairSingleMarks(text: string, paragraphs: readonly Offsets[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: { start: number; firstParagraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let skipFirst = open !== null && text[para.start] === '‘';
    for (let at = para.start; at < para.end; at++) {
      const c = text[at];
      if (c !== '‘' && c !== '’') continue;
      if (skipFirst && at === para.start) {
        skipFirst = false;
        continue;
      }
      if (c === '‘') {
        if (open) out.push(unclosed(text, open, at, p));
        open = { start: at, firstParagraph: p };
      } else if (open && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ') && !/\s/.test(text[at - 1] ?? ' ') && !pluralPossessive(text, at, para.end)) {
        out.push({ start: open.start, end: at + 1, contentStart: open.start + 1, contentEnd: at, closed: true, firstParagraph: open.firstParagraph, lastParagraph: p });
        open = null;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next && text[next.start] === '‘') continue;
      out.push(unclosed(text, open, para.end, p));
      open = null;
    }
  }
  return out.filter((q) => q.contentEnd > q.contentStart);
}

/**
 * "the workers’ patience": a ’ after an s and before a lower-case word is an apostrophe, when a
 * closing mark after punctuation ("...,’") follows later in the paragraph.
 */
function pluralPossessive(text: string, at: number, paragraphEnd: number): boolean {
  if (text[at - 1] !== 's' || !/^\s\p{Ll}/u.test(text.slice(at + 1, at + 3))) return false;
  return /[,.?!;:]’/u.test(text.slice(at + 1, paragraphEnd));
}

export function pairQuotationMarks(text: string, paragraphs: readonly Offsets[]): QuotedSpan[] {
  if (singleMarksArePrimary(text)) return pairSingleMarks(text, paragraphs);
  const out: QuotedSpan[] = [];
  let open: { start: number; firstParagraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let skipFirst = false;
    if (open && opensAt(text, para)) skipFirst = true; // continuation of a multi-paragraph quotation
    ANY_MARK.lastIndex = para.start;
    for (;;) {
      const m = ANY_MARK.exec(text);
      if (!m || m.index >= para.end) break;
      const at = m.index;
      const c = m[0];
      if (skipFirst && at === para.start) {
        skipFirst = false;
        continue;
      }
      const before = text[at - 1] ?? ' ';
      const after = text[at + 1] ?? ' ';
      if (open === null) {
        if (OPENERS.has(c) || (c === STRAIGHT && !/\s/.test(after) && at + 1 < para.end)) open = { start: at, firstParagraph: p };
        // a stray closing mark is ignored
      } else if (CLOSERS.has(c) || (c === STRAIGHT && (!/\s/.test(before) || /[\s,.;:!?)\]—–-]/.test(after)))) {
        out.push({ start: open.start, end: at + 1, contentStart: open.start + 1, contentEnd: at, closed: true, firstParagraph: open.firstParagraph, lastParagraph: p });
        open = null;
      } else if (OPENERS.has(c)) {
        // a new opening mark while one is open: the earlier one was never closed
        out.push(unclosed(text, open, at, p));
        open = { start: at, firstParagraph: p };
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next && opensAt(text, next)) continue; // runs into the next paragraph
      out.push(unclosed(text, open, para.end, p));
      open = null;
    }
  }
  return out.filter((q) => q.contentEnd > q.contentStart && !isNickname(text, q));
}

/** 'Senator Miguel "Migs" Ilagan', 'Juan “Jun” Reyes': a nickname inside a name is no quotation. */
function isNickname(text: string, q: QuotedSpan): boolean {
  return q.closed && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?$/u.test(text.slice(q.contentStart, q.contentEnd)) && /\p{Lu}[\p{Ll}.'’-]+\s$/u.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^\s\p{Lu}\p{Ll}/u.test(text.slice(q.end, q.end + 3));
}

function unclosed(text: string, open: { start: number; firstParagraph: number }, until: number, p: number): QuotedSpan {
  let end = until;
  while (end > open.start + 1 && /\s/.test(text[end - 1]!)) end--;
  return { start: open.start, end, contentStart: open.start + 1, contentEnd: end, closed: false, firstParagraph: open.firstParagraph, lastParagraph: p };
}
