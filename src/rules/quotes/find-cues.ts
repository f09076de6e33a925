/** Step 2: speech cues outside quotation marks: "said", "told", "warned that", "according to". */
import speech from '../../lexicon/speech-verbs.json' with { type: 'json' };
import { isJoinedHyphen } from '../entities/token-shapes.js';
import { tokenAt, type QuoteContext } from './context.js';

export type CueKind = 'say' | 'tell' | 'according';

export interface Cue {
  /** Token indexes of the cue, inclusive ("according to" is two tokens). */
  first: number;
  last: number;
  kind: CueKind;
  /** Takes a bare clause ("X said Y"); otherwise it needs "that" or a subject ("X warned that Y"). */
  bareClause: boolean;
  /** Only attributes a quotation it follows ("“...?” she asked"). */
  afterOnly: boolean;
  /** Reports speech only around a quotation ("She called the fraud “calculated”"). */
  quotedOnly: boolean;
  /** A participle after a comma or "while" ("..., saying ...", "whilst promising ..."): its speaker is the clause's subject. */
  participle: boolean;
  sentence: number;
}

const SAY = new Set(speech.say);
const TELL = new Set(speech.tell);
const BARE = new Set(speech.bareClause);
/** Determiners that stand alone for a person of a group ("Another said"): a cue after one is a verb. */
const PRONOMINAL_DETERMINERS = new Set(speech.pronominalDeterminers);
const AFTER_ONLY = new Set(speech.afterOnly);
const QUOTED_ONLY = new Set(speech.quotedOnly);
const PHRASAL = speech.phrasal as Record<string, string>;
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const PARTICIPLE_LEADS = new Set(speech.participleLeads);
const NOUN_HOMOGRAPHS = new Set(speech.nounHomographs);

/** Does a participle lead stand before token i: a comma, "while", or a comma inside a closing quotation mark (",” noting")? */
function participleLead(ctx: QuoteContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (PARTICIPLE_LEADS.has(prev.lower)) return true;
  return /^[”"’']$/.test(prev.text) && ctx.tokens[i - 2]?.text === ',';
}

/** "with sources saying ...", "with two officials telling ...": "with", a noun phrase, then the -ing cue at i (taken only when no cue came before it in the sentence: "a poll found A, with the rest saying B" is one report). */
function withSubject(ctx: QuoteContext, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && i - k <= 5 && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(ctx.tokens[k]!.pos)) k--;
  return k < i - 1 && ctx.tokens[k]?.lower === 'with' && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]!.pos);
}

/** Does a clause begin at token k: a noun phrase of up to six words, then a finite verb ("the company has")? */
function clauseFollows(ctx: QuoteContext, k: number): boolean {
  const first = ctx.tokens[k];
  if (!first || !/^(DET|PROPN|PRON)$/.test(first.pos)) return false;
  for (let j = k + 1; j < k + 7; j++) {
    const t = ctx.tokens[j];
    if (!t) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return j > k || first.pos === 'PRON';
    // (a possessive inside the noun phrase: "the bill’s provisions would")
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !(t.pos === 'PART' && /^['’]s$/.test(t.lower))) return false;
  }
  return false;
}

const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * Is the noun at i the head of a prepositional phrase's noun phrase ("said in its extended-range
 * forecast that …")? After a cue of the same sentence it names where that cue's speech was, not a
 * verb of its own (but "Records obtained through a records request show that …" has no cue before).
 */
function nounOfPrepositionalPhrase(ctx: QuoteContext, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && i - k <= 5 && (/^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[k]!.pos) || isJoinedHyphen(ctx.tokens, k) || isJoinedHyphen(ctx.tokens, k + 1))) k--;
  const det = ctx.tokens[k];
  if (!det || !(POSSESSIVES.has(det.lower) || det.pos === 'DET')) return false;
  return ctx.tokens[k - 1]?.pos === 'ADP';
}

/** Is the cue at i the verb of a clause opened by "whether" (up to six words before it, no comma between)? */
function whetherBefore(ctx: QuoteContext, i: number, from: number): boolean {
  for (let k = i - 1; k >= from && i - k <= 6; k--) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'whether') return true;
    if (t.text === ',' || ctx.quoteOf[k] !== -1) return false;
  }
  return false;
}

export function findCues(ctx: QuoteContext, sentence: number): Cue[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    if (ctx.quoteOf[i] !== -1) continue;
    const t = ctx.tokens[i]!;
    const lower = t.lower;
    if (lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, kind: 'according', bareClause: false, afterOnly: false, quotedOnly: false, participle: false, sentence });
      i++;
      continue;
    }
    const tell = TELL.has(lower);
    if (!SAY.has(lower) && !tell) continue;
    // "so-called", "self-described": the second half of a hyphenated word is no cue
    if (isJoinedHyphen(ctx.tokens, i - 1)) continue;
    // "the study estimates.", "the union says,": tagged as a noun after a subject, still a verb here
    // ("The emails, which span 14 months, show that ...": after an apposition's comma, before "that")
    // (but "many with pending asylum claims.": after an adjective and a noun, a compound noun)
    // (", court records show.": a two-noun subject after the comma)
    const subjectBefore = ctx.tokens[i - 1]?.pos === 'PROPN' || /^(DET|PRON)$/.test(ctx.tokens[i - 2]?.pos ?? '') || ctx.tokens[i - 2]?.text === ',' || (ctx.tokens[i - 3]?.text === ',' && ctx.tokens[i - 2]?.pos === 'NOUN');
    const nounAsVerb = t.pos === 'NOUN' && i > from && !(cues.length > 0 && nounOfPrepositionalPhrase(ctx, i, from)) && (ctx.tokens[i - 1]!.pos === 'PRON' || (/^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]!.pos) && (ctx.tokens[i + 1]?.lower === 'that' || (subjectBefore && /^[.,;]$/.test(ctx.tokens[i + 1]?.lower ?? '.')))) || (ctx.tokens[i - 1]!.text === ',' && ctx.tokens[i + 1]?.lower === 'that'));
    // "The Land Council claims Solvane Lithium has calculated …": a present-tense verb wink tagged as a
    // plural noun, after its subject and before a clause (a noun phrase, then a finite verb)
    const presentAsNoun = t.pos === 'NOUN' && lower.endsWith('s') && subjectBefore && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]?.pos ?? '') && !ctx.tokens[i - 1]!.lower.endsWith('s') && clauseFollows(ctx, i + 1);
    // "Analysts forecast the bank will cut …": a base form after a plural subject that opens the sentence
    const baseAsNoun = t.pos === 'NOUN' && BARE.has(lower) && i - 1 === from && ctx.tokens[from]!.pos === 'NOUN' && /[^s]s$/.test(ctx.tokens[from]!.lower) && clauseFollows(ctx, i + 1);
    // ", warning that ...", "whilst promising a ...": wink often tags such a participle NOUN or ADJ
    const after = ctx.tokens[i + 1];
    const participleAsNoun =
      lower.endsWith('ing') && participleLead(ctx, i) && after !== undefined && (after.lower === 'that' || after.pos === 'PRON' || after.pos === 'DET' || /^[:"“]$/.test(after.text));
    // "Ann Roe alleged that ...": a past form wink tags as an adjective, between a subject and "that"
    const adjectiveAsVerb = t.pos === 'ADJ' && lower.endsWith('ed') && after?.lower === 'that' && (/^(PROPN|NOUN|PRON)$/.test(ctx.tokens[i - 1]?.pos ?? '') || ctx.tokens[i - 1]?.text === ',');
    // "Solidum shot back.": a phrasal verb wink tagged as a noun, after its subject, its particle closing the clause
    const phrasalAsNoun = t.pos === 'NOUN' && PHRASAL[lower] !== undefined && ctx.tokens[i + 1]?.lower === PHRASAL[lower] && /^(NOUN|PROPN|PRON)$/.test(ctx.tokens[i - 1]?.pos ?? '') && (/^[.,;:]$/.test(ctx.tokens[i + 2]?.text ?? '.') || ctx.tokens[i + 2]?.lower === 'that');
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !nounAsVerb && !presentAsNoun && !baseAsNoun && !phrasalAsNoun && !participleAsNoun && !adjectiveAsVerb) continue;
    // "164 cases have been reported", "it is being told": a passive names no speaker
    if (/^(been|being|be)$/.test(ctx.tokens[i - 1]?.lower ?? '') && /(ed|old|aid|en)$/.test(lower)) continue;
    // "declined to comment on whether the agency would recommend that …": a speech act asked about, not made
    if (whetherBefore(ctx, i, from)) continue;
    // "declined to say", "did not say", "would never tell"
    const prev = ctx.tokens[i - 1]?.lower ?? '';
    const prev2 = ctx.tokens[i - 2]?.lower ?? '';
    // (but "…, who voted no, said": a comma ends the clause the negator was in)
    if (prev === 'to' || NEGATORS.has(prev) || (NEGATORS.has(prev2) && prev !== ',')) continue;
    // "on a conference call", "a phone call": a base form after a determiner and a singular noun is a compound noun
    // (not "the unions call for", whose noun is plural)
    if (NOUN_HOMOGRAPHS.has(lower) && ctx.tokens[i - 1]?.pos === 'NOUN' && !/s$/.test(ctx.tokens[i - 1]!.lower) && /^(DET|ADJ)$/.test(ctx.tokens[i - 2]?.pos ?? '')) continue;
    // "an estimated crowd", "the stated goal": an adjective, not a cue
    // ("an estimated £2.4bn", "the reported 40,000": right after an article, never a verb)
    // (not a determiner standing alone for a person: "Another said House leaders …")
    if (ctx.tokens[i - 1]?.pos === 'DET' && !PRONOMINAL_DETERMINERS.has(prev) && (/^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[i + 1]?.pos ?? '') || /^(a|an|the)$/.test(prev))) continue;
    // "X said … would not step into what she called “a negotiation”": a naming inside the reported clause, not a quote of its own
    if (QUOTED_ONLY.has(lower) && cues.some((c) => !c.quotedOnly)) {
      let j = i - 1;
      // (or a noun phrase: "in what staff called “the pending pile”", "what one nurse called")
      while (j > from && i - j <= 4 && ctx.tokens[j]!.lower !== 'what' && /^(PRON|PROPN|NOUN|DET|NUM|ADJ)$/.test(ctx.tokens[j]!.pos)) j--;
      if (j < i - 1 && ctx.tokens[j]!.lower === 'what') continue;
    }
    // an -ing form reports speech after a comma ("..., saying"), after an auxiliary ("was telling"),
    // before a quotation or "that" ("stating: ..."); not "reporting requirements"
    if (lower.endsWith('ing')) {
      const next = ctx.tokens[i + 1];
      const nextText = next ? ctx.text.slice(next.start, next.end) : '';
      const ok = participleLead(ctx, i) || ctx.tokens[i - 1]?.pos === 'AUX' || /^[:,"“]$/.test(nextText) || next?.lower === 'that' || (cues.length === 0 && withSubject(ctx, i, from));
      if (!ok) continue;
    }
    const particle = PHRASAL[lower];
    if (particle !== undefined) {
      if (ctx.tokens[i + 1]?.lower !== particle) continue;
      cues.push({ first: i, last: i + 1, kind: 'say', bareClause: false, afterOnly: false, quotedOnly: false, participle: lower.endsWith('ing') && participleLead(ctx, i), sentence });
      i++;
      continue;
    }
    cues.push({ first: i, last: i, kind: tell ? 'tell' : 'say', bareClause: BARE.has(lower) || lower === 'told' || lower === 'tells' || lower === 'tell', afterOnly: AFTER_ONLY.has(lower), quotedOnly: QUOTED_ONLY.has(lower), participle: lower.endsWith('ing') && participleLead(ctx, i), sentence });
  }
  return cues;
}

export function cueText(ctx: QuoteContext, cue: Cue): string {
  return ctx.text.slice(ctx.tokens[cue.first]!.start, ctx.tokens[cue.last]!.end);
}

export { tokenAt };
