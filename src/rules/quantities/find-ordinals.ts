/**
 * Ordinals: "third", "second-floor", "10th", "twenty-first". Not inside dates ("the first
 * quarter of 2026") and not in names ("the Second Amendment", "First Lady").
 */
import { ORDINAL_WORDS, parseOrdinal } from './numbers.js';
import { type QuantityCandidate, type QuantityContext, atSentenceStart, overlapsDate } from './context.js';
import { wordPattern } from './word-pattern.js';
import { tokenIndexAt } from '../../search.js';
import tenseWords from '../../lexicon/date-tense.json' with { type: 'json' };
import quantityWords from '../../lexicon/quantity-words.json' with { type: 'json' };

/** Irregular past forms (the dates stage's tense lexicon): an adverbial "first" stands before them ("first met"). */
const PAST_FORMS = new Set(tenseWords.irregularPast);
const ORDINAL_IDIOMS_AFTER = new RegExp(String.raw`^[-‑](?:${quantityWords.ordinalIdioms.join('|')})(?![\p{L}])`, 'iu');

/** "4th Ward", "10th Circuit": a figure ordinal before one of these capitalised words is part of a name. */
const ORDINAL_NAME_AFTER = new RegExp(String.raw`^\s+(?:${quantityWords.ordinalNameHeads.join('|')})(?![\p{L}])`, 'u');
const ORDINAL = wordPattern(String.raw`(?<![\p{L}\p{N}])(?<w>${ORDINAL_WORDS}|\d+(?:st|nd|rd|th))(?![\p{L}\p{N}])`, 'giu', 'quantities');

/** "No. 1 in the U.K.", "No. 14 on the Billboard chart": a rank ("No. 25-418", a docket, is none). */
/** Capitalised words that may stand before a rank: a determiner opening a sentence ("The No. 1 seed"). */
const RANK_LEADS = /^(?:The|A|An|Its|His|Her|Their|Our|My|This|That|World|Now)$/u;
const RANK = wordPattern(String.raw`(?<![\p{L}\p{N}])No\.\s?(?<n>\d{1,3})(?![\p{L}\p{N}]|[-‑.,/]\d)`, 'gu', 'quantities');

export function findOrdinals(ctx: QuantityContext): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  const { text } = ctx;
  for (const m of RANK.matchAll(text)) {
    if (overlapsDate(ctx, m.index, m.index + m[0].length)) continue;
    // "County Court at Law No. 2", "Local No. 3": after a capitalised word, a number that names (not "world No. 1")
    const named = /(?:^|[^\p{L}])(\p{Lu}\p{L}*)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (named && !RANK_LEADS.test(named[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ORDINAL', value: Number(m.groups!.n), unit: null, approximate: false, rule: 'quantities/rank' });
  }
  for (const m of ORDINAL.matchAll(text)) {
    const w = m.groups!.w!;
    const start = m.index;
    const end = start + w.length;
    if (overlapsDate(ctx, start, end)) continue;
    const value = parseOrdinal(w);
    if (value === null) continue;
    // "1st" must be a whole ordinal: "21st" yes, "3th" no
    if (/^\d/.test(w) && !/^(?:\d*1[123]th|\d*1st|\d*2nd|\d*3rd|\d*[04-9]th)$/i.test(w)) continue;
    if (/^\p{Lu}/u.test(w) && !atSentenceStart(ctx, start) && /^[\s-]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (/^\d/.test(w) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && ORDINAL_NAME_AFTER.test(text.slice(end, end + 16).toLowerCase())) continue;
    // "Bloomberg first reported", "the two first met in 2019": an adverb before a past verb, no ordinal
    if (/^\p{L}+$/u.test(w) && pastVerbAfter(ctx, end)) continue;
    // "third-party experts", "second-hand clothes": a compound, not a position in a series
    if (/^\p{L}+$/u.test(w) && ORDINAL_IDIOMS_AFTER.test(text.slice(end, end + 12))) continue;
    // "will be cleared first.", "finished university first,": "first" closing a clause without a determiner is an adverb
    if (/^first$/i.test(w) && /^\s*[.,;:!?”"’)]/u.test(text.slice(end, end + 3)) && !/\b(?:the|a|its|his|her|their|our|my|this|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "gave only her first name": a kind of name, not a position in a series
    if (/^first$/i.test(w) && /^\s+names?(?![\p{L}])/iu.test(text.slice(end, end + 8))) continue;
    out.push({ start, end, kind: 'ORDINAL', value, unit: null, approximate: false, rule: 'quantities/ordinal' });
  }
  return out;
}

/** Is the token after `end` a verb in the past ("reported", "met"), not a noun's modifier? */
function pastVerbAfter(ctx: QuantityContext, end: number): boolean {
  const next = ctx.tokens[tokenIndexAt(ctx.tokens, end)];
  if (!next || !/^\s+$/.test(ctx.text.slice(end, next.start))) return false;
  return next.pos === 'VERB' && (/ed$/.test(next.lower) || PAST_FORMS.has(next.lower));
}
