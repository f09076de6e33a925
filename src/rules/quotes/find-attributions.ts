/**
 * Step 4: each cue with its speaker and the reported content it governs:
 *   "CONTENT, SPEAKER said" / "CONTENT, said SPEAKER" (content before),
 *   "SPEAKER said (that) CONTENT" / "SPEAKER told LISTENER (that) CONTENT" (content after),
 *   "according to SPEAKER, CONTENT" / "CONTENT, according to SPEAKER",
 *   "NP, who said CONTENT" (speaker is the relative clause's antecedent).
 */
import { afterDateline } from '../entities/dateline.js';
import { tokenIndexAt } from '../../search.js';
import { isJoinedHyphen } from '../entities/token-shapes.js';
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import speech from '../../lexicon/speech-verbs.json' with { type: 'json' };
import tenseWords from '../../lexicon/date-tense.json' with { type: 'json' };
import quantityWords from '../../lexicon/quantity-words.json' with { type: 'json' };
import { isMarkAt, isQuoteMark, tokenAt, type QuoteContext } from './context.js';
import { findCues, type Cue } from './find-cues.js';
import { nameWithheldAt } from '../sources/find-anonymity-reason.js';
import { speakerAfter, speakerBefore, timePhraseEnd, type TokenRange } from './speaker-phrase.js';

export interface Attribution {
  cue: Cue;
  speaker: TokenRange | null;
  /** First and last token of the attribution (cue and speaker together). */
  first: number;
  last: number;
  /** The reported content's character span, or null when it has none ("X said:" before a quotation). */
  content: { start: number; end: number } | null;
  rule: string;
}

const TRAILING_CHARS = new Set([' ', '\t', '\n', '\u00a0', ',', ';', ':', '—', '–', '-']);
const CORE_SAY = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'writing']);
const REQUEST_VERBS = new Set(speech.requestVerbs);
/** "accused": the particle after its object ("of"); "blamed": "for" or "on". */
const ACCUSATION_VERBS = new Map(Object.entries(speech.accusationVerbs as Record<string, string[]>));
const WARNING_VERBS = new Set(speech.warningVerbs);
const REQUEST_PARTICLES = speech.requestParticles as Record<string, string[]>;
/** "at least", "up to", "more than": a reported clause may open with an amount ("said at least nine died"). */
const QUANTITY_OPENER = new RegExp(`^(?:${speech.quantityOpeners.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+`, 'i');
/** A day or time word right after the verb ("officials said Friday, as ..."). */
const TIME_ADVERB = new Set([...Object.keys(dateWords.weekdays), 'today', 'yesterday', 'tonight', 'earlier', 'later', 'again', 'too', 'also']);
const FINDING_VERBS = new Set(speech.findingVerbs);
const FINDING_SUBJECTS = new Set(speech.findingSubjects);
const CONDITIONAL_OPENERS = new Set(speech.conditionalOpeners);
/** Focusing adverbs that may open a reported clause before its subject ("said only the board could"). */
const FOCUS_ADVERBS = new Set(speech.focusAdverbs);
/** "after", "when", "because": open a clause with a subject of its own (see clauseSubject). */
const SUBCLAUSE_OPENERS = new Set(speech.clauseOpeners);
/** Irregular past forms (the dates stage's tense lexicon): finite verbs like those in -ed ("found", "told"). */
const IRREGULAR_PAST = new Set(tenseWords.irregularPast);
/** "thirds", "quarters": a fraction's denominators, plural ("a third" is a fraction too). */
const FRACTIONS = new Set(Object.keys(quantityWords.fractionDenominators));

function contentSpan(ctx: QuoteContext, startChar: number, endChar: number): { start: number; end: number } | null {
  let s = startChar;
  let e = endChar;
  const text = ctx.text;
  while (s < e && /\s/.test(text[s]!)) s++;
  // a dateline is not content: "BRAMWICK — ", "AUSTIN, Texas — ", "OSLO, Feb 18 (Wireline) - "
  s = Math.min(e, afterDateline(text, s));
  // a final full stop outside quotation marks is not part of what was said
  while (e > s && TRAILING_CHARS.has(text[e - 1]!)) e--;
  if (e > s && text[e - 1] === '.' && !isQuoteMark(text[e] ?? '')) e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const words = text.slice(s, e).match(/\p{L}+/gu)?.length ?? 0;
  return words >= 2 ? { start: s, end: e } : null;
}

/** Content after the cue: skips a listener, "in a statement", a day, "that". */
/** Does token i open an amount: a number, a currency sign, or "at least", "about" ... before one? */
function opensWithAmount(ctx: QuoteContext, i: number, to: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  // (or a fraction: "roughly a third of the town’s fishermen", "about half of", "two-thirds of")
  const fraction = (k: number): boolean => /^(?:a|one)$/.test(ctx.tokens[k]?.lower ?? '') && (FRACTIONS.has(`${ctx.tokens[k + 1]?.lower ?? ''}s`) || ctx.tokens[k + 1]?.lower === 'half');
  // (a currency written with its country's letters, which wink splits off: "S$54,000", "US$2m")
  const prefixed = (k: number): boolean => /^\p{Lu}{1,3}$/u.test(ctx.tokens[k]?.text ?? '') && /^\p{Sc}$/u.test(ctx.tokens[k + 1]?.text ?? '') && ctx.tokens[k + 1]!.start === ctx.tokens[k]!.end;
  const amount = (k: number): boolean => ctx.tokens[k]?.pos === 'NUM' || /^\p{Sc}$/u.test(ctx.tokens[k]?.text ?? '') || prefixed(k) || fraction(k) || ctx.tokens[k]?.lower === 'half';
  if (amount(i)) return true;
  // (up to two openers: "only about S$54,000")
  let k = i;
  for (let round = 0; round < 2 && k < to; round++) {
    const from = ctx.tokens[k]!.start;
    const opener = QUANTITY_OPENER.exec(ctx.text.slice(from, from + 30));
    if (!opener) return false;
    while (k < to && ctx.tokens[k]!.start < from + opener[0].length) k++;
    if (k < to && amount(k)) return true;
  }
  return false;
}

/**
 * A request's content: the object and what it is asked to do ("urged residents to stay indoors",
 * "called on both states to act", "appealed to labour to “return to the table”", "called for a
 * freeze on rents"). Undefined when the words after the verb are no request ("urged that ...",
 * "called the plan “reckless”"), which the other readings then take.
 */
function requestContent(ctx: QuoteContext, cue: Cue, i: number, to: number, sentenceEnd: number): { start: number; end: number } | null | undefined {
  const verb = ctx.tokens[cue.last]!.lower;
  // ("asked it to convene talks", "asked the agents to leave": mostly part of a longer report, left to it)
  if (verb.startsWith('ask')) return undefined;
  const particles = REQUEST_PARTICLES[verb];
  let k = i;
  if (particles) {
    if (!particles.includes(ctx.tokens[k]?.lower ?? '')) return undefined;
    k++;
  }
  const object = ctx.tokens[k];
  // (any word may open the object, "urged labour to", though wink tags it a verb)
  // (or a quotation: "appealed to “all friends of the country” to help")
  if (!object || object.lower === 'to' || (ctx.quoteOf[k] !== -1 && !isMarkAt(ctx, k)) || (/^(ADP|AUX|PART|PUNCT|CCONJ|SCONJ|ADV)$/.test(object.pos) && !isMarkAt(ctx, k))) return undefined;
  // "called for a three-year freeze on rents": what is called for is the request itself (not an
  // amount: "its own assessment called for three aides" is a requirement)
  if (ctx.tokens[k - 1]?.lower === 'for') return /^(DET|ADJ)$/.test(object.pos) ? contentSpan(ctx, object.start, sentenceEnd) : undefined;
  // ("warned residents that officials planned to close it": a warning's object comes straight before "to")
  const warning = WARNING_VERBS.has(verb);
  for (let m = k + 1; m < Math.min(to, k + 20); m++) {
    const t = ctx.tokens[m]!;
    if (/^[.;:]$/.test(tokenAt(ctx, m))) break;
    if (warning && (t.lower === 'that' || t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== 'to'))) return undefined;
    if (t.lower !== 'to' || ctx.quoteOf[m] !== -1) continue;
    // (a quotation may open after "to": "urged labour to “return to the table”", whatever wink tags its first word)
    const next = ctx.tokens[m + 1];
    if (next && (/^(VERB|AUX)$/.test(next.pos) || isMarkAt(ctx, m + 1))) return contentSpan(ctx, object.start, sentenceEnd);
  }
  return undefined;
}

/** "told regional managers to “bill the schedule”": a tell verb, its listener and "to" with a verb (an instruction, not a report of what came before). */
function instructionAfter(ctx: QuoteContext, cue: Cue, to: number): boolean {
  if (cue.kind !== 'tell') return false;
  for (let m = cue.last + 2; m < Math.min(to, cue.last + 6); m++) {
    const t = ctx.tokens[m]!;
    if (t.lower === 'to') return /^(VERB|AUX)$/.test(ctx.tokens[m + 1]?.pos ?? '') || isMarkAt(ctx, m + 1);
    if (!/^(NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(t.pos)) return false;
  }
  return false;
}

function contentAfterCue(ctx: QuoteContext, cue: Cue, sentenceEnd: number): { start: number; end: number } | null {
  const [, to] = ctx.sentenceTokens[cue.sentence]!;
  let i = cue.last + 1;
  if (i >= to) return null;
  if (REQUEST_VERBS.has(ctx.tokens[cue.last]!.lower) || WARNING_VERBS.has(ctx.tokens[cue.last]!.lower)) {
    const request = requestContent(ctx, cue, i, to, sentenceEnd);
    if (request !== undefined) return request;
  }
  // "…, Idriss said, a figure that could not be independently verified.": a comment on the clause before, not content
  // ("…, she estimates — money that would otherwise be spent …": after a dash, with or without "a")
  if (/^[,—–]$/.test(tokenAt(ctx, i))) {
    const k = /^(a|an)$/.test(ctx.tokens[i + 1]?.lower ?? '') ? i + 2 : tokenAt(ctx, i) === ',' ? -1 : i + 1;
    if (k > 0 && ctx.tokens[k]?.pos === 'NOUN' && /^(that|which)$/.test(ctx.tokens[k + 1]?.lower ?? '')) return null;
  }
  // "…, she said, nearly three times as many as in 2025.": an amount after the comma adds to the clause before
  if (tokenAt(ctx, i) === ',' && (ctx.tokens[i + 1]?.pos === 'NUM' || (ctx.tokens[i + 1]?.pos === 'ADV' && ctx.tokens[i + 2]?.pos === 'NUM'))) return null;
  // "…, traders said, putting it out of reach …": a participle clause after the comma adds to the clause before
  if (tokenAt(ctx, i) === ',' && ctx.tokens[i + 1]?.pos === 'VERB' && /ing$/.test(ctx.tokens[i + 1]!.lower)) return null;
  // adjuncts before "that": "said in a statement that", "told reporters Tuesday that"
  let thatAt = -1;
  // ("recalled 22,500 models over a fuel line that could leak": after an amount, "that" opens a relative clause)
  const amountObject = opensWithAmount(ctx, i, to);
  for (let k = i; k < Math.min(to, i + 22) && !amountObject; k++) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'that' && ctx.quoteOf[k] === -1) {
      thatAt = k;
      break;
    }
    // "cautioned, however, that": a parenthetical adverb between commas
    if (tokenAt(ctx, k) === ',' && ((ctx.tokens[k + 1]?.pos === 'ADV' && tokenAt(ctx, k + 2) === ',') || (ctx.tokens[k - 1]?.pos === 'ADV' && tokenAt(ctx, k - 2) === ','))) continue;
    // "told a news conference in Brunnegg, the cantonal capital, that": an apposition to the place before "that"
    if (tokenAt(ctx, k) === ',' && /^,\s+(?:the|a|an)\s[^,;:"“”]{1,40},\s+that\b/u.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.start + 60))) {
      let c = k + 1;
      while (c < to && tokenAt(ctx, c) !== ',') c++;
      k = c;
      continue;
    }
    // "said in its extended-range forecast that": a verb inside a hyphenated word is no verb of its own
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (isJoinedHyphen(ctx.tokens, k + 1) || isJoinedHyphen(ctx.tokens, k - 1))) continue;
    // "said in a video message posted Monday that": a participle after a noun is no verb of its own
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && ctx.tokens[k - 1]?.pos === 'NOUN') continue;
    // "said while talking to reporters that": the circumstance of the speech
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && /^(while|when|whilst)$/.test(ctx.tokens[k - 1]?.lower ?? '')) continue;
    // "wrote in an email to department heads that": a plural noun wink took for a verb, right before
    // "that", in a phrase after a preposition (not "said Krause's situation shows that")
    const afterPreposition = ctx.tokens[k - 2]?.pos === 'ADP' || (/^(ADJ|NOUN)$/.test(ctx.tokens[k - 2]?.pos ?? '') && ctx.tokens[k - 3]?.pos === 'ADP');
    if (t.pos === 'VERB' && /s$/.test(t.lower) && ctx.tokens[k - 1]?.pos === 'NOUN' && ctx.tokens[k + 1]?.lower === 'that' && afterPreposition) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isMarkAt(ctx, k) || tokenAt(ctx, k) === ',') break;
  }
  let hadThat = false;
  if (thatAt >= 0) {
    i = thatAt + 1;
    hadThat = true;
  } else if (cue.kind === 'tell') {
    // the listener: "told reporters", "told VOA", "told a group of shipyard workers", "warned the board"
    const listenerAt = i;
    const t = ctx.tokens[i]!;
    if (t.pos === 'PROPN' || (t.lower === 'the' && /^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? ''))) {
      // "told Reuters", "told The Associated Press" (a capitalised name after "the", whatever its tags)
      if (t.lower === 'the') i++;
      while (i < to && (ctx.tokens[i]!.pos === 'PROPN' || /^\p{Lu}/u.test(ctx.tokens[i]!.text))) i++;
    } else if (t.pos === 'PRON' && /^(him|her|them|me|us|you)$/.test(t.lower)) i++;
    else if (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ') {
      // one noun phrase: "reporters", "the board", "a group of shipyard workers"
      const np = (): void => {
        if (ctx.tokens[i]?.pos === 'DET') i++;
        while (i < to && /^(ADJ|NUM)$/.test(ctx.tokens[i]!.pos)) i++;
        while (i < to && /^(NOUN|PROPN)$/.test(ctx.tokens[i]!.pos)) i++;
        // "the deal’s strict conditions": a possessive and the noun it governs
        if (/^['’]s$/.test(ctx.tokens[i]?.text ?? '') && /^(ADJ|NOUN|NUM)$/.test(ctx.tokens[i + 1]?.pos ?? '')) {
          i++;
          while (i < to && /^(ADJ|NUM)$/.test(ctx.tokens[i]!.pos)) i++;
          while (i < to && /^(NOUN|PROPN)$/.test(ctx.tokens[i]!.pos)) i++;
        }
      };
      np();
      if (ctx.tokens[i]?.lower === 'of') {
        i++;
        np();
      }
    }
    // "told The Associated Press in a phone interview that": an adjunct between the listener and "that"
    if (i > listenerAt && ctx.tokens[i]?.pos === 'ADP' && ctx.tokens[i]!.lower !== 'that') {
      for (let k = i + 1; k < Math.min(to, i + 10); k++) {
        const w = ctx.tokens[k]!;
        if (w.lower === 'that' && ctx.quoteOf[k] === -1) {
          i = k;
          break;
        }
        if (w.pos === 'VERB' || w.pos === 'AUX' || isMarkAt(ctx, k) || tokenAt(ctx, k) === ',') break;
      }
    }
    if (ctx.tokens[i]?.lower === 'that') {
      i++;
      hadThat = true;
    } else if (cue.bareClause && i > listenerAt && /^(AUX|VERB)$/.test(ctx.tokens[i]?.pos ?? '') && ctx.tokens[i]!.lower !== 'to') {
      // "warned the deal’s strict conditions will leave states ...": no listener, the phrase is the clause's subject
      i = listenerAt;
    }
  }
  while (i < to && (tokenAt(ctx, i) === ',' || tokenAt(ctx, i) === ':')) i++;
  if (i >= to) return null;
  let first = ctx.tokens[i]!;
  // "told the Courier any plan “must be costed”: “...”": the content ends at the colon before a quotation
  let end = sentenceEnd;
  for (let k = i; k < to - 1; k++) {
    if (tokenAt(ctx, k) === ':' && ctx.quoteOf[k] === -1 && ctx.quoteOf[k + 1] !== -1) {
      end = ctx.tokens[k]!.start;
      break;
    }
  }
  sentenceEnd = end;
  if (cue.quotedOnly) {
    // "called the fraud “calculated and sustained”", "described the mood as “frosty”"
    let quoted = false;
    for (let k = i; k < to; k++) if (ctx.quoteOf[k] !== -1) quoted = true;
    // "accused the ESF of using the talks to buy time", "blamed outages for …": an accusation, quoted or not
    const particles = ACCUSATION_VERBS.get(ctx.tokens[cue.last]!.lower);
    if (!quoted && particles) {
      for (let k = i + 1; k < Math.min(to, i + 9); k++) {
        const t = ctx.tokens[k]!;
        if (particles.includes(t.lower)) return contentSpan(ctx, first.start, sentenceEnd);
        if (t.pos === 'VERB' || t.pos === 'AUX' || /^[,.;:]$/.test(tokenAt(ctx, k))) break;
      }
    }
    return quoted ? contentSpan(ctx, first.start, sentenceEnd) : null;
  }
  if (!hadThat) {
    if (cue.kind === 'according') return null;
    // "said in a statement it was reviewing …", "said in a brief interview the plan was …"
    i = statementAdjunctEnd(ctx, i, to);
    first = ctx.tokens[i]!;
    // "said on Thursday it would cut 2,400 jobs", "said last week the plant would close"
    const afterTime = timePhraseEnd(ctx, i);
    if (afterTime > i && afterTime < to && !/^[,.;:]$/.test(tokenAt(ctx, afterTime))) {
      i = afterTime;
      first = ctx.tokens[i]!;
    }
    // "officials said Friday, as rivers kept rising": a time word, then a subordinate clause, is no content
    if (TIME_ADVERB.has(first.lower) && (i + 1 >= to || tokenAt(ctx, i + 1) === ',' || tokenAt(ctx, i + 1) === '.')) return null;
    // a request verb without a request's shape (requestContent above): "asked them about the talks", "urged restraint"
    if (REQUEST_VERBS.has(ctx.tokens[cue.first]!.lower)) return null;
    // "said at least nine of the deaths were ...", "said up to 2 more inches could fall", "saying $1.1 billion had ..."
    // (a bare number is a subject like any other: it needs the verb checks below)
    if (first.pos !== 'NUM' && opensWithAmount(ctx, i, to) && cue.bareClause) {
      // (a finite verb: "conceding only 91 runs in the last 17 overs while taking six wickets" reports no clause)
      let verb = false;
      for (let k = i + 1; k < Math.min(to, i + 16) && !verb; k++) verb = (ctx.tokens[k]!.pos === 'VERB' && !ctx.tokens[k]!.lower.endsWith('ing')) || ctx.tokens[k]!.pos === 'AUX';
      return verb ? contentSpan(ctx, first.start, sentenceEnd) : null;
    }
    // a bare clause needs a subject and a verb: "X said the mayor led ...", "they suggested they’d ask"; not "announced plans to"
    // "says converting the six sites will cost £320m": a gerund phrase as the subject
    // (an adverb may follow it: "said selling so soon after a warning risked …")
    const gerund = first.pos === 'VERB' && /ing$/.test(first.lower) && /^(DET|NOUN|PROPN|ADJ|PRON|NUM|ADV)$/.test(ctx.tokens[i + 1]?.pos ?? '');
    // ("said back-to-work laws often survived": a hyphenated compound opens the subject)
    const compound = /^[-‑]$/.test(ctx.tokens[i + 1]?.text ?? '') && ctx.tokens[i + 1]!.start === first.end;
    // "said only immediate custody could be justified": a focusing adverb before the subject
    const focus = FOCUS_ADVERBS.has(first.lower) && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(ctx.tokens[i + 1]?.pos ?? '');
    // "said home inspectors were …": a noun's modifier wink tags as an adverb
    const modifier = first.pos === 'ADV' && !first.lower.endsWith('ly') && !TIME_ADVERB.has(first.lower) && ctx.tokens[i + 1]?.pos === 'NOUN';
    // "said none of the five members wanted …": a quantity of a group opens the subject (wink may tag "none" an adverb)
    const partitive = /^(?:none|neither|each|all|both|some|many|most|few|several|half)$/.test(first.lower) && ctx.tokens[i + 1]?.lower === 'of';
    // "said plow crews had pretreated …": a noun's modifier wink tags as a verb, before a noun and its verb
    const verbModifier = first.pos === 'VERB' && !/(?:ing|ed)$/.test(first.lower) && ctx.tokens[i + 1]?.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(ctx.tokens[i + 2]?.pos ?? '');
    const subjectLike = partitive || focus || modifier || verbModifier || first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'NUM' || first.pos === 'ADJ' || isMarkAt(ctx, i) || gerund || compound;
    // (without "that", a verb that is no bare-clause verb takes only a subject pronoun: "suggested they
    // would", not "submitted their written comments")
    if (!subjectLike || (!cue.bareClause && !(first.pos === 'PRON' && /^(?:he|she|they|it|we|i|you)$/.test(first.lower)))) return null;
    if (/^(in|on|at|to|for|with|by|from|about)$/.test(first.lower)) return null;
    if (CORE_SAY.has(ctx.tokens[cue.first]!.lower)) {
      // "said" takes any clause: "said the code in the attack matched ..."
      let verb = false;
      // (a dash-enclosed list inside the subject may push the verb further: "the probe’s three instruments — a ..., a ... — would be")
      for (let k = i + 1; k < Math.min(to, i + 28) && !verb; k++) verb = ctx.tokens[k]!.pos === 'VERB' || ctx.tokens[k]!.pos === 'AUX';
      if (!verb) return null;
    } else if (!clauseAt(ctx, i, to)) return null;
  }
  return contentSpan(ctx, first.start, sentenceEnd);
}

const STATEMENT_NOUNS = new Set(speech.statementNouns);

/** Index after "in a (brief) statement" / "in an interview" starting at i, when a clause follows; else i. */
function statementAdjunctEnd(ctx: QuoteContext, i: number, to: number): number {
  if (ctx.tokens[i]?.lower !== 'in' || !/^(DET|PRON)$/.test(ctx.tokens[i + 1]?.pos ?? '')) return i;
  let k = i + 2;
  while (k < to && ctx.tokens[k]!.pos === 'ADJ') k++;
  return k + 1 < to && STATEMENT_NOUNS.has(ctx.tokens[k]!.lower) ? k + 1 : i;
}

const APPOSITION_START = new Set(['who', 'which', 'a', 'an', 'the', 'whose', 'whom', 'one', 'himself', 'herself', 'now', 'then', 'formerly', 'former', 'also', 'both']);

/**
 * "NP, who ..., said" / "NP, a doctor, said": the comma before the cue closes an apposition that
 * follows a short subject at the start of the sentence.
 */
function subjectWithApposition(ctx: QuoteContext, comma: number, from: number): boolean {
  if (tokenAt(ctx, comma) !== ',') return false;
  let first = from;
  while (first < comma && tokenAt(ctx, first) !== ',') first++;
  // ("A senior official at the National Oil Corporation of Kenya, who …, said": a subject of up to twelve words)
  if (first >= comma || first - from > 16 || first === from) return false;
  for (let i = from; i < first; i++) {
    const p = ctx.tokens[i]!.pos;
    // (a capitalised word wink tags a verb before a number or name is a name's: "Ward 5 Coun. Ann Roe")
    const nameLike = p === 'VERB' && /^\p{Lu}/u.test(tokenAt(ctx, i)) && /^(?:NUM|PROPN)$/.test(ctx.tokens[i + 1]?.pos ?? '');
    if ((p === 'VERB' && !nameLike) || p === 'AUX' || isMarkAt(ctx, i)) return false;
  }
  // ("The cuts, which would affect 2,300 jobs, could be announced …, said the people": the subject's
  // predicate follows its clause, so what precedes "said" is content, not the speaker)
  let close = first + 1;
  while (close < comma && tokenAt(ctx, close) !== ',') close++;
  const predicate = ctx.tokens[close + 1];
  if (close < comma && predicate && (predicate.pos === 'AUX' || (predicate.pos === 'VERB' && !/ing$/.test(predicate.lower)))) return false;
  const opener = ctx.tokens[first + 1]!;
  if (opener.pos === 'NUM') {
    // "Kevin Astley, 29, was arrested ..., said Lt. ...": after an age the sentence may go on with its verb
    let c2 = first + 2;
    while (c2 < comma && tokenAt(ctx, c2) !== ',') c2++;
    if (c2 < comma && /^(AUX|VERB)$/.test(ctx.tokens[c2 + 1]?.pos ?? '')) return false;
  }
  const parenthetical = opener.pos === 'ADP' || (opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower));
  return APPOSITION_START.has(opener.lower) || parenthetical || /^(PROPN|NOUN|ADJ|NUM)$/.test(opener.pos) || /^\p{Lu}/u.test(tokenAt(ctx, first + 1));
}

export function findAttributions(ctx: QuoteContext, sentence: number): Attribution[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  if (to <= from) return [];
  const sent = ctx.sentences[sentence]!;
  const out: Attribution[] = [];
  const cues = findCues(ctx, sentence);
  for (const cue of cues) {
    // "… and asked that his last name not be used to protect his privacy": a request for anonymity, no quote
    if (nameWithheldAt(ctx.text, ctx.tokens[cue.first]!.start)) continue;
    const before = cue.first - 1;
    const prevText = before >= from ? tokenAt(ctx, before) : '';
    if (cue.kind === 'according') {
      // "According to X, …", also after a conjunction ("But according to X, …")
      const opening = cue.first === from || (cue.first === from + 1 && /^(but|and|yet|so)$/.test(ctx.tokens[from]!.lower));
      let speaker = speakerAfter(ctx, cue.last + 1, sentence, true);
      if (!speaker) continue;
      // "According to the team's coach, Lena Varga, ...": the name in the apposition
      if (tokenAt(ctx, speaker.last + 1) === ',' && ctx.tokens[speaker.last + 2]?.pos === 'PROPN') {
        const name = speakerAfter(ctx, speaker.last + 2, sentence);
        if (name && tokenAt(ctx, name.last + 1) === ',' && name.last - name.first <= 4) speaker = name;
      }
      let content: { start: number; end: number } | null = null;
      if (prevText === ',' || (before >= from && isMarkAt(ctx, before))) {
        content = contentSpan(ctx, sent.start, ctx.tokens[before]!.start + (prevText === ',' ? 0 : 1));
      } else if (cue.first > from + 3 && speaker.last + 2 >= to) {
        // "... the fair expects 2 million visitors according to its website." (no comma)
        content = contentSpan(ctx, sent.start, ctx.tokens[cue.first]!.start);
      } else if (opening) {
        let k = speaker.last + 1;
        // "According to Rahul Menon, a climate scientist at the university, …": past the speaker's apposition
        if (tokenAt(ctx, k) === ',' && /^(a|an|the)$/.test(ctx.tokens[k + 1]?.lower ?? '')) {
          let e = k + 2;
          while (e < to && e - k < 16 && tokenAt(ctx, e) !== ',' && ctx.tokens[e]!.pos !== 'VERB' && ctx.tokens[e]!.pos !== 'AUX') e++;
          if (e < to && tokenAt(ctx, e) === ',') k = e;
        }
        while (k < to && tokenAt(ctx, k) !== ',') k++;
        if (k < to) content = contentSpan(ctx, ctx.tokens[k]!.end, sent.end);
      }
      out.push({ cue, speaker, first: cue.first, last: speaker.last, content, rule: content && opening ? 'quotes/according-to-before' : 'quotes/according-to-after' });
      continue;
    }
    // "X welcomed the decision, saying ...": the speaker is the subject of the clause
    if (cue.participle || (isCoordinated(ctx, cue, from) && !reportedFinding(ctx, cue, cues, out))) {
      const coordinated = !cue.participle;
      // (the speaker of an earlier verb of this sentence, not of one inside what that verb reported:
      // "said that the walkout would continue … and accused the company of …" is the union's)
      const at = (a: Attribution): number => ctx.tokens[a.cue.first]!.start;
      const nested = (a: Attribution): boolean => out.some((b) => b !== a && b.content !== null && b.content.start <= at(a) && at(a) < b.content.end);
      const speaker = out.filter((a) => a.speaker && a.cue.sentence === sentence && !nested(a)).at(-1)?.speaker ?? (coordinated ? clauseSubject(ctx, from, cue.first, sentence) : null) ?? subjectOf(ctx, from, cue.first, sentence);
      if (speaker) {
        out.push({ cue, speaker, first: cue.first, last: cue.last, content: contentAfterCue(ctx, cue, sent.end), rule: cue.participle ? 'quotes/participle-of-subject' : 'quotes/coordinated-cue' });
        continue;
      }
    }
    // inverted: "..., said the people" / "“...,” said a person familiar with the situation";
    // but not "Ann Roe, who was commissioner ..., said" (a subject with its apposition)
    // ("“...,” Calloway’s manager, Jordan Pike, told People": after "told" comes the listener, never the speaker)
    // ("In the Phase 3 trial, called VESTA-2, …": a naming verb after a comma names, it does not attribute)
    if ((prevText === ',' || (before >= from && isMarkAt(ctx, before)) || prevText === '—') && cue.kind !== 'tell' && !(cue.quotedOnly && (prevText === ',' || prevText === '—')) && !subjectWithApposition(ctx, before, from)) {
      // (past a time phrase, which is no speaker: "The bank, the country’s largest, said Wednesday that …")
      const speaker = speakerAfter(ctx, timePhraseEnd(ctx, cue.last + 1), sentence);
      // (a verb after the phrase, adverbs between, makes it a clause's subject: "said managers routinely cut shifts",
      // "says administrators never considered"; and after a prepositional phrase: "said the fare to her office had doubled")
      let v = speaker ? speaker.last + 1 : -1;
      while (speaker && v < to && v - speaker.last <= 10) {
        const t = ctx.tokens[v]!;
        const preposition = t.lower === 'to' ? /^(DET|PRON)$/.test(ctx.tokens[v + 1]?.pos ?? '') : t.pos === 'ADP' && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(ctx.tokens[v + 1]?.pos ?? '');
        if (t.pos === 'ADV' && !TIME_ADVERB.has(t.lower)) v++;
        else if (preposition) {
          v++;
          while (v < to && /^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/.test(ctx.tokens[v]!.pos)) v++;
        } else break;
      }
      const clause = speaker && /^(VERB|AUX)$/.test(ctx.tokens[v]?.pos ?? '') && !/^\p{Lu}/u.test(tokenAt(ctx, v)) && ctx.sentenceOf[v] === sentence;
      if (speaker && !clause) {
        const end = prevText === ',' ? ctx.tokens[before]!.start : ctx.tokens[before]!.end;
        out.push({ cue, speaker, first: cue.first, last: speaker.last, content: contentSpan(ctx, sent.start, end), rule: 'quotes/said-speaker-after-content' });
        pushContinuation(ctx, out, cue, speaker, sentence, to);
        continue;
      }
    }
    let speaker = speakerBefore(ctx, before, sentence) ?? subjectBeforeRelative(ctx, before, from);
    // ", which said" speaks only after a clause; inside the sentence's subject ("The Congress, which says it
    // represents 4 million workers, said") the subject is read as before
    if (speaker && ctx.tokens[speaker.first]!.lower === 'which' && !hasVerb(ctx, from, speaker.first - 1)) speaker = subjectBeforeRelative(ctx, before, from);
    // "A woman who answered the phone at the office on Tuesday said": the noun phrase right before
    // the verb follows a preposition, so it is not the subject; the relative clause's head is
    // (or a verb: "A woman who answered the phone at the office on Tuesday said")
    if (speaker && /^(ADP|VERB)$/.test(ctx.tokens[speaker.first - 1]?.pos ?? '')) {
      const head = subjectBeforeRelative(ctx, speaker.first - 1, from, 24);
      if (head) speaker = head;
      // "In a victim impact statement read to the court by ...": the object of a preposition is no
      // subject ("with sources saying ..." is: its noun phrase is the participle's subject)
      else if (ctx.tokens[speaker.first - 1]!.pos === 'ADP' && ctx.tokens[speaker.first - 1]!.lower !== 'with' && speaker.first - 1 === from) continue;
    }
    if (!speaker) continue;
    // "popular with customers saying ...": the -ing cue's subject is the noun phrase after "with"
    if (/ing$/.test(ctx.tokens[cue.first]!.lower)) {
      for (let w = cue.first - 1; w > speaker.first; w--) {
        if (ctx.tokens[w]!.lower === 'with') {
          speaker = { first: w + 1, last: speaker.last };
          break;
        }
      }
    }
    let rule = 'quotes/speaker-said';
    // "..., current and former IRS officials, who said it was ..."
    // (without the comma too: "complaints from customers who said they ...")
    // (", which said": an organisation or a document, after its comma)
    if ((ctx.tokens[speaker.first]!.lower === 'who' && (tokenAt(ctx, speaker.first - 1) === ',' || /^(NOUN|PROPN)$/.test(ctx.tokens[speaker.first - 1]?.pos ?? ''))) || (ctx.tokens[speaker.first]!.lower === 'which' && tokenAt(ctx, speaker.first - 1) === ',')) {
      let antecedent = speakerBefore(ctx, speaker.first - (tokenAt(ctx, speaker.first - 1) === ',' ? 2 : 1), sentence);
      if (!antecedent) continue;
      // "said Maura Sauer, his daughter, who said …": the name the description stands in apposition to
      if (tokenAt(ctx, antecedent.first - 1) === ',' && ctx.tokens[antecedent.first - 2]?.pos === 'PROPN' && /^\p{Ll}/u.test(tokenAt(ctx, antecedent.first))) {
        let n = antecedent.first - 2;
        while (n - 1 >= from && ctx.tokens[n - 1]!.pos === 'PROPN') n--;
        antecedent = { first: n, last: antecedent.first - 2 };
      }
      speaker = antecedent;
      rule = 'quotes/who-said';
    }
    const beforeSpeaker = speaker.first - 1;
    const bText = beforeSpeaker >= from ? tokenAt(ctx, beforeSpeaker) : '';
    // "Started in 1990, the festival continues ...": a verb that only follows a quotation needs one
    // ("Asked about the report, an agency spokesman said": a participle phrase opening the sentence is no clause)
    const participleOpening = /^(VERB|ADJ)$/.test(ctx.tokens[from]!.pos) && /(ed|en|ing)$/.test(ctx.tokens[from]!.lower) && !hasVerb(ctx, from + 1, beforeSpeaker);
    // ("The journal “encourages authors to share preprints”, the statement added.": the verb inside the quotation)
    let quotedVerb = false;
    if (ctx.quoteOf[from] === -1) for (let k = from + 2; k < beforeSpeaker && !quotedVerb; k++) quotedVerb = ctx.quoteOf[k] !== -1 && /^(VERB|AUX)$/.test(ctx.tokens[k]!.pos);
    const clauseBefore = (beforeSpeaker >= from && isMarkAt(ctx, beforeSpeaker)) || (!cue.afterOnly && !participleOpening && hasVerb(ctx, from, beforeSpeaker)) || (!participleOpening && quotedVerb);
    // ("Larchmont Capital, an investor that disclosed a stake of 4.6%": a verb with an object reports nothing before it)
    const objectAfter = (cue.kind !== 'tell' && !CORE_SAY.has(ctx.tokens[cue.last]!.lower) && cue.last + 1 < to && /^(DET|NUM)$/.test(ctx.tokens[cue.last + 1]!.pos) && timePhraseEnd(ctx, cue.last + 1) === cue.last + 1) || instructionAfter(ctx, cue, to);
    // ("her son, Eli, called her from a stranger’s phone": a naming verb reports nothing before it)
    if (rule !== 'quotes/who-said' && !objectAfter && !cue.quotedOnly && (bText === ',' || (beforeSpeaker >= from && isMarkAt(ctx, beforeSpeaker))) && beforeSpeaker >= from && clauseBefore && !(bText === ',' && contentAfterCue(ctx, cue, sent.end))) {
      // "CONTENT, the people said" / "“...,” she said" (but "In a sentencing memo, they wrote that ...": content after)
      let end = bText === ',' ? ctx.tokens[beforeSpeaker]!.start : ctx.tokens[beforeSpeaker]!.end;
      // "The cause was heart failure, her daughter, Celeste Boyd, said": the description before the name is no content
      const description = /,\s+(?:his|her|their|its|the|a|an)\s[^,.;:"“”]{1,50}$/u.exec(ctx.text.slice(sent.start, end));
      // (only a noun phrase before a name: "In most cases, the company invoiced twice, the report said" keeps its clause)
      if (bText === ',' && description && description.index > 0 && /^\p{Lu}/u.test(tokenAt(ctx, speaker.first)) && !hasVerb(ctx, tokenIndexAt(ctx.tokens, sent.start + description.index + 1), beforeSpeaker)) end = sent.start + description.index;
      out.push({ cue, speaker, first: speaker.first, last: cue.last, content: contentSpan(ctx, sent.start, end), rule: 'quotes/speaker-said-after-content' });
      pushContinuation(ctx, out, cue, speaker, sentence, to);
      continue;
    }
    // "The regional response, she said, was “running on fumes”": an attribution set inside the
    // clause it reports, between its subject and its predicate; the content is the whole sentence
    const interposed = bText === ',' && !clauseBefore && beforeSpeaker > from && tokenAt(ctx, cue.last + 1) === ',' && /^(VERB|AUX)$/.test(ctx.tokens[cue.last + 2]?.pos ?? '') && ctx.sentenceOf[cue.last + 2] === sentence && speaker.last - speaker.first < 4 && ctx.tokens[from]!.pos !== 'ADP';
    if (interposed) {
      out.push({ cue, speaker, first: speaker.first, last: cue.last, content: contentSpan(ctx, sent.start, sent.end), rule: 'quotes/interposed-attribution' });
      continue;
    }
    // "suspended if the inquiry found “serious violations”": a finding that may come is no one's words
    if (FINDING_VERBS.has(ctx.tokens[cue.first]!.lower) && CONDITIONAL_OPENERS.has(ctx.tokens[speaker.first - 1]?.lower ?? '')) continue;
    let content = cue.afterOnly ? null : contentAfterCue(ctx, cue, sent.end);
    // "The inquiry found crews had fought ...": a finding body reports a bare clause
    if (!content && FINDING_VERBS.has(ctx.tokens[cue.first]!.lower) && ctx.tokens.slice(speaker.first, speaker.last + 1).some((t) => FINDING_SUBJECTS.has(t.lower))) content = contentAfterCue(ctx, { ...cue, bareClause: true }, sent.end);
    out.push({ cue, speaker, first: speaker.first, last: cue.last, content, rule });
  }
  // "X said A and suggested that B": A ends where the next cue's clause begins
  for (const a of out) {
    // (what "according to X" ends is X's whole report, other attributions inside it included)
    if (a.rule === 'quotes/according-to-after') continue;
    for (const b of out) {
      const content = a.content;
      // (a coordinated verb without content of its own still ends A: "accused X of ... and called for a review")
      if (!content || b === a || (!b.content && b.rule !== 'quotes/coordinated-cue') || (b.content ?? { start: ctx.tokens[b.cue.first]!.start }).start <= content.start) continue;
      let cut = ctx.tokens[Math.min(b.first, b.cue.first)]!.start;
      // ("…, and on Sunday said": over a time phrase before the verb)
      const k = b.rule === 'quotes/coordinated-cue' ? tokenBeforeCue(ctx, b.cue, from) : skipBack(ctx, Math.min(b.first, b.cue.first) - 1, sentence);
      if (/^(and|but)$/.test(ctx.tokens[k]?.lower ?? '')) cut = ctx.tokens[k]!.start;
      if (cut > content.start && cut < content.end) a.content = contentSpan(ctx, content.start, cut);
    }
  }
  return out;
}

/**
 * Does a clause start at token i: a subject (pronoun or noun phrase, "of"-phrases and "and"
 * allowed) then a verb? "the mayor led the city" yes; "a penalty which the referee awarded" no.
 */
function clauseAt(ctx: QuoteContext, i: number, to: number): boolean {
  let k = i;
  let words = 0;
  while (k < to && words < 10) {
    const t = ctx.tokens[k]!;
    const s = tokenAt(ctx, k);
    // "the Country Fire Service (CFS) had operated": an acronym in parentheses inside the subject
    if (s === '(' && k > i && tokenAt(ctx, k + 2) === ')' && /^\p{Lu}{2,}$/u.test(tokenAt(ctx, k + 1))) {
      k += 3;
      continue;
    }
    // ("admitted fraud at an earlier hearing": an -ing word after a determiner or adjective is a noun)
    const ingNoun = t.pos === 'VERB' && /ing$/.test(t.lower) && k > i && (/^(DET|ADJ)$/.test(ctx.tokens[k - 1]?.pos ?? '') || (ctx.tokens[k - 1]?.pos === 'ADV' && ctx.tokens[k - 2]?.pos === 'DET'));
    // (a verb right after "and" is the cue's own second verb: "declared a state of emergency … and ordered")
    if ((t.pos === 'VERB' && !ingNoun) || t.pos === 'AUX') return (k > i || t.pos === 'AUX') && !/^(and|or|but)$/.test(ctx.tokens[k - 1]?.lower ?? '');
    if (/^(which|who|whom|whose|that)$/.test(t.lower) && k > i) return false; // "a penalty which the referee awarded"
    // a preposition inside the subject: "a “formal update” from the minister is forthcoming"
    const prepositionAfterNoun = t.pos === 'ADP' && k > i && /^(NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '') || (t.pos === 'ADP' && k > i && isMarkAt(ctx, k - 1));
    if (/^(DET|ADJ|NUM|NOUN|PROPN|PRON|PART|ADV)$/.test(t.pos) || ingNoun || /^(of|and|’s|'s|-)$/.test(t.lower) || isMarkAt(ctx, k) || prepositionAfterNoun) {
      k++;
      words++;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * "A FEMA official who was not authorized to speak publicly said": the noun phrase before "who" (or
 * "whose": "An executive whose team also pursued Roe said").
 */
function subjectBeforeRelative(ctx: QuoteContext, k: number, from: number, reach = 14): TokenRange | null {
  for (let i = k; i > from && k - i < reach; i--) {
    const t = ctx.tokens[i]!;
    if (tokenAt(ctx, i) === ',' || ctx.quoteOf[i] !== -1) return null;
    if ((t.lower === 'who' || t.lower === 'that' || t.lower === 'whose') && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]?.pos ?? '')) {
      return speakerBefore(ctx, i - 1, ctx.sentenceOf[i]!);
    }
  }
  return null;
}

function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    // "Paydhan processes payments …": a present-tense verb wink tags as a plural noun, right after
    // the name that opens the clause and before its object
    if (t.pos === 'NOUN' && /s$/.test(t.lower) && i > from && ctx.tokens.slice(from, i).every((w) => w.pos === 'PROPN') && /^(NOUN|DET|ADJ|NUM|PROPN)$/.test(ctx.tokens[i + 1]?.pos ?? '')) return true;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || ctx.quoteOf[i] !== -1) continue;
    // a modifier wink tags as a verb inside a noun phrase ("the mission’s lead scientist") is no verb
    if (t.pos === 'VERB' && ctx.tokens[i + 1]?.pos === 'NOUN' && /^(DET|PART|ADJ)$/.test(ctx.tokens[i - 1]?.pos ?? '')) continue;
    // ... nor, in a phrase that opens with a preposition, a participle after a noun ("In a statement
    // issued through police, …"; but "The suspect fled on foot, she said")
    // (not an amount's opener: "At least nine people died in the county, Gov. Ann Roe said")
    // (only inside that opening phrase, before its comma: "In most cases, the company invoiced for …" has a verb)
    if (t.pos === 'VERB' && /(ed|en)$/.test(t.lower) && ctx.tokens[from]?.pos === 'ADP' && !opensWithAmount(ctx, from, to) && ctx.tokens[i - 1]?.pos === 'NOUN' && ctx.tokens[i + 1]?.pos === 'ADP' && !ctx.tokens.slice(from, i).some((w) => w.text === ',')) continue;
    // ... nor is a gerund after a preposition ("Under questioning by the prosecutor, she described …")
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && ctx.tokens[i - 1]?.pos === 'ADP') continue;
    return true;
  }
  return false;
}

/** "A, the letter noted, and B": the attribution governs B too. */
function pushContinuation(ctx: QuoteContext, out: Attribution[], cue: Cue, speaker: TokenRange, sentence: number, to: number): void {
  const k = Math.max(cue.last, speaker.last) + 1;
  // ("..., he said, because “everyone assumed someone else was.”": a reason clause goes on with the speech)
  if (k + 2 >= to || tokenAt(ctx, k) !== ',' || !/^(and|but|because|although|though)$/.test(ctx.tokens[k + 1]!.lower)) return;
  let quoted = false;
  for (let i = k + 2; i < to && !quoted; i++) quoted = isMarkAt(ctx, i);
  if (!hasVerb(ctx, k + 2, to) && !quoted) return;
  const from = /^(and|but)$/.test(ctx.tokens[k + 1]!.lower) ? k + 2 : k + 1;
  const content = contentSpan(ctx, ctx.tokens[from]!.start, ctx.sentences[sentence]!.end);
  if (content) out.push({ cue, speaker, first: Math.min(cue.first, speaker.first), last: Math.max(cue.last, speaker.last), content, rule: 'quotes/content-after-attribution' });
}

function skipBack(ctx: QuoteContext, k: number, sentence: number): number {
  while (k >= 0 && ctx.sentenceOf[k] === sentence && (tokenAt(ctx, k) === ',' || ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.lower === 'also')) k--;
  return k;
}

/** The token before a cue, over commas, adverbs and a time phrase ("…, and on Sunday said": "and"). */
function tokenBeforeCue(ctx: QuoteContext, cue: Cue, from: number): number {
  for (let s = Math.max(from, cue.first - 4); s < cue.first; s++) {
    if (timePhraseEnd(ctx, s) === cue.first && s - 1 > from) return skipBack(ctx, s - 1, cue.sentence);
  }
  return skipBack(ctx, cue.first - 1, cue.sentence);
}

/** "... and said", "... but cautioned that": a second verb of the same subject. */
function isCoordinated(ctx: QuoteContext, cue: Cue, from: number): boolean {
  const k = tokenBeforeCue(ctx, cue, from);
  // a verb before the conjunction: "She noted that ... and said"; not "Lee and Park said"
  const lower = ctx.tokens[cue.first]!.lower;
  // (a past form in -ed or an irregular one: "said", "found"; not "to crew and maintain")
  const finite = /(?:ed|s)$/.test(lower) || IRREGULAR_PAST.has(lower);
  return finite && k > from && /^(and|but)$/.test(ctx.tokens[k]!.lower) && hasVerb(ctx, from, k);
}

/**
 * "inspectors had visited six sites and found …" inside what a spokeswoman said, or before "…, she
 * said": a finding coordinated with another verb ("found", an irregular past) that is part of a
 * report, not a report of its own.
 */
function reportedFinding(ctx: QuoteContext, cue: Cue, cues: readonly Cue[], out: readonly Attribution[]): boolean {
  const lower = ctx.tokens[cue.first]!.lower;
  if (!IRREGULAR_PAST.has(lower) || /(?:ed|s)$/.test(lower) || CORE_SAY.has(lower)) return false;
  const at = ctx.tokens[cue.first]!.start;
  return out.some((a) => a.content !== null && a.content.start <= at && at < a.content.end) || cues.some((c) => c.first > cue.last);
}

/**
 * "The ministers were arrested hours after soldiers surrounded the palace and announced that …": a
 * verb coordinated with the verb of a clause that an opener such as "after" begins has that
 * clause's subject ("soldiers"), not the sentence's. Null when no such clause comes before the cue.
 */
function clauseSubject(ctx: QuoteContext, from: number, before: number, sentence: number): ReturnType<typeof speakerAfter> {
  for (let s = before - 1; s > from; s--) {
    const t = ctx.tokens[s]!;
    if (/^[;:—–]$/.test(t.text)) return null;
    if (!SUBCLAUSE_OPENERS.has(t.lower)) continue;
    const np = speakerAfter(ctx, s + 1, sentence);
    const verb = np ? ctx.tokens[np.last + 1] : undefined;
    if (!np || np.last + 1 >= before || verb?.pos !== 'VERB' || verb.lower.endsWith('ing')) return null;
    return np;
  }
  return null;
}

/** The subject at the start of a sentence, or the name in its apposition ("Roe’s lawyer, Ian Petrie, ..."). */
function subjectOf(ctx: QuoteContext, from: number, before: number, sentence: number): ReturnType<typeof speakerAfter> {
  let np = speakerAfter(ctx, from, sentence);
  // "During Prime Minister's Questions Wednesday, Sunak defended ...": the subject after an opening adverbial
  if (!np && ctx.tokens[from]?.pos === 'ADP') {
    let comma = from;
    while (comma < before && tokenAt(ctx, comma) !== ',') comma++;
    if (comma < before - 1) np = speakerAfter(ctx, comma + 1, sentence);
  }
  if (!np || np.last >= before) return null;
  if (tokenAt(ctx, np.last + 1) === ',' && ctx.tokens[np.last + 2]?.pos === 'PROPN') {
    const name = speakerAfter(ctx, np.last + 2, sentence);
    if (name && tokenAt(ctx, name.last + 1) === ',') return name;
  }
  return np;
}
