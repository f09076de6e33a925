/**
 * The counted noun after a number: "7,000 employees", "three agency leaders", "11 million
 * undocumented immigrants", "23 Nebraska counties". Stops at verbs, prepositions, punctuation
 * and dates ("7 million people last week").
 */
import type { Token } from '../../document.js';
import { type QuantityContext, overlapsDate, tokenIndexAt } from './context.js';

const MAX_TOKENS = 5;
const NOT_HEADS = new Set(['more', 'percent', 'other', 'others', 'least', 'most', 'many', 'much', 'same', 'each', 'such', 'own']);

function isModifier(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  if (t.pos === 'NUM' && /\d/.test(t.lower) && /\p{L}/u.test(t.lower)) return true; // "3D"
  // "undocumented immigrants", "working families"
  if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
  // "critically ill patients"
  if (t.pos === 'ADV' && /ly$/.test(t.lower) && next && next.pos === 'ADJ') return true;
  return false;
}

export interface NounPhrase {
  end: number;
  unit: string;
}

/** The noun phrase starting right after `from` (spaces allowed), or null. */
export function nounPhraseAfter(ctx: QuantityContext, from: number): NounPhrase | null {
  const { tokens, text } = ctx;
  let k = tokenIndexAt(tokens, from);
  const first = tokens[k];
  if (!first || !/^[ \t]+$/.test(text.slice(from, first.start))) return null;
  let startOfPhrase = -1;
  let head = -1;
  let count = 0;
  let prevEnd = from;
  while (k < tokens.length && count < MAX_TOKENS) {
    const t = tokens[k]!;
    const gap = text.slice(prevEnd, t.start);
    if (count > 0 && gap !== ' ' && gap !== '') break;
    // hyphenated compounds: "tax-filing", "long-term"
    if (t.lower === '-' && gap === '' && tokens[k + 1] && tokens[k + 1]!.start === t.end) {
      prevEnd = t.end;
      k++;
      continue;
    }
    if (overlapsDate(ctx, t.start, t.end)) break;
    if (!isModifier(t, tokens[k + 1])) break;
    // after the head noun only more nouns may follow ("12 states approved …" stops at the verb)
    if (head >= 0 && t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    if (startOfPhrase < 0) startOfPhrase = t.start;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !NOT_HEADS.has(t.lower)) head = k;
    prevEnd = t.end;
    count++;
    k++;
  }
  if (head < 0 || startOfPhrase < 0) return null;
  const end = tokens[head]!.end;
  return { end, unit: text.slice(startOfPhrase, end) };
}
