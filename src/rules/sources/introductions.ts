/**
 * Unnamed people introduced without a speech verb and granted anonymity ("A tenant …, who asked not
 * to be named because …, watched the opening."), whom a later "she said" refers to.
 */
import type { Offsets, Token } from '../../document.js';
import { tokenIndexAt as firstTokenEndingAfter } from '../../search.js';
import { findAnonymityReason, findNameWithheld } from './find-anonymity-reason.js';
import type { SourceDraft } from './resolve-sources.js';

/** A sentence that opens with an unnamed person granted anonymity: that description's span. */
export interface Introduction {
  start: number;
  end: number;
  sentence: number;
}

// ("The daughter of one victim, an 83-year-old woman …, spoke to the BBC on condition of anonymity …")
const INTRODUCTION = /^(?:A|An|One|The)\s+\p{Ll}[^,;:“”"—–]{1,90}?(?=\s*[,—–])/u;
// ("A nurse who has worked night shifts there for a decade spoke to RNZ on condition that she not be
// named": the description, relative clause and all, before "spoke")
const INTRODUCTION_BEFORE_SPOKE = /^(?:A|An|One)\s+\p{Ll}[^,;:“”"—–.]{1,120}?(?=\s+(?:spoke|talked)\b)/u;

export function anonymousIntroductions(text: string, tokens: readonly Token[], sentences: readonly Offsets[]): Introduction[] {
  const out: Introduction[] = [];
  sentences.forEach((s, k) => {
    const sentence = text.slice(s.start, s.end);
    const described = INTRODUCTION.exec(sentence);
    const spoke = described ? null : INTRODUCTION_BEFORE_SPOKE.exec(sentence);
    const m = described ?? spoke;
    // (a noun phrase, not a clause: "The case was brought by a grandmother, …")
    let clause = false;
    if (m && !spoke) for (let t = firstTokenEndingAfter(tokens, s.start); t < tokens.length && tokens[t]!.start < s.start + m[0].length; t++) clause ||= /^(VERB|AUX)$/.test(tokens[t]!.pos);
    if (m && !clause && (findAnonymityReason(text, s.start + m[0].length, s.end).granted || findNameWithheld(text, s.start + m[0].length, s.end).granted)) out.push({ start: s.start, end: s.start + m[0].length, sentence: k });
  });
  return out;
}

/** The introduction within the two sentences before `at`, when no source has been named since it. */
export function introducedBefore(intros: readonly Introduction[], at: number, sentenceIndex: (at: number) => number, sources: readonly SourceDraft[]): Introduction | null {
  const here = sentenceIndex(at);
  let best: Introduction | null = null;
  for (const intro of intros) if (intro.start < at && here - intro.sentence <= 2 && here > intro.sentence) best = intro;
  if (!best) return null;
  const from = best.start;
  const named = sources.some((s) => s.mentions.some((m) => m.start >= from && m.start < at));
  return named ? null : best;
}
