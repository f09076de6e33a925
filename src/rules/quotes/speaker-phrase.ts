/**
 * Step 3: the phrase that names the speaker at an attribution: before the cue ("IRS lawyers had
 * counseled", "Ann Roe, who was ..., said"), or after it ("said a person familiar with the
 * situation", "according to two people familiar with the situation").
 */
import speech from '../../lexicon/speech-verbs.json' with { type: 'json' };
import dateWords from '../../lexicon/date-words.json' with { type: 'json' };
import { isMarkAt, tokenAt, type QuoteContext } from './context.js';
import { isEnglishWord } from '../../nlp/english-words.js';
import { NAME_PARTICLES, PLACE_NAMES, STATE_ABBREVIATIONS, TITLES } from '../entities/lexicons.js';
import { isJoinedHyphen, isNicknameAt } from '../entities/token-shapes.js';

export interface TokenRange {
  first: number;
  last: number;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_LINKS = new Set(['of', 'and', 'from', 'for', 'at', 'with', 'into', '’s', "'s", '’', "'", '-', '‑', '&']);
const SKIP_BEFORE_CUE = new Set(['also', 'previously', 'later', 'earlier', 'recently', 'once', 'then', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'similarly', 'further', 'first', 'had', 'has', 'have', 'would', 'will', 'could', 'did', 'does', 'do', 'may', 'might', 'must', 'should', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'already', 'often', 'frequently', 'quickly', 'still', 'now', 'always', 'both', 'all', 'each']);
const CLAUSE_OPENERS = new Set(['although', 'though', 'because', 'while', 'whereas', 'but', 'and', 'so', 'yet', 'if', 'when', 'since', 'as', 'after', 'before', 'that', 'where', 'which', 'who', 'whom', 'whose', 'than', 'or']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
/** Openers of a reason or concession clause set off by commas inside a speaker phrase. */
const REASON_OPENERS = new Set(speech.reasonOpeners);
const APPOSITION_OPENERS = new Set(['who', 'which', 'a', 'an', 'the', 'himself', 'herself', 'whose', 'where', 'its', 'his', 'her', 'their', 'another']);
const AFTER_STOP = new Set(['who', 'which', 'that', 'in', 'on', 'during', 'at', 'after', 'before', 'when', 'while', 'because', 'as', 'but', 'to', 'via', 'by']);

function inSentence(ctx: QuoteContext, i: number, sentence: number): boolean {
  return i >= 0 && i < ctx.tokens.length && ctx.sentenceOf[i] === sentence;
}

/** Index of the token before the cue once auxiliaries and adverbs are skipped ("had counseled"). */
export function skipAuxiliaries(ctx: QuoteContext, k: number, sentence: number): number {
  while (inSentence(ctx, k, sentence) && (SKIP_BEFORE_CUE.has(ctx.tokens[k]!.lower) || (ctx.tokens[k]!.pos === 'ADV' && ctx.tokens[k]!.lower.endsWith('ly')))) k--;
  return k;
}

const TIME_NOUNS = new Set([...Object.keys(dateWords.durationUnits), ...Object.keys(dateWords.weekdays), ...Object.keys(dateWords.months), ...Object.keys(dateWords.seasons), 'weekend']);
const RELATIVE_LEADS = new Set(dateWords.relativeLeadWords);
const WEEKDAY_WORDS = new Set(Object.keys(dateWords.weekdays));
const MONTH_OR_SEASON = new Set([...Object.keys(dateWords.months), ...Object.keys(dateWords.seasons)]);

/**
 * Index of the token before a time phrase that ends at k ("last month", "on Tuesday", "Tuesday"),
 * and before a participle that the time phrase modifies ("a study published last month"); k when
 * there is none.
 */
function skipTimePhrase(ctx: QuoteContext, k: number, sentence: number): number {
  const t = ctx.tokens[k];
  if (!t || !inSentence(ctx, k, sentence) || !TIME_NOUNS.has(t.lower)) return k;
  let j = k;
  const prev = ctx.tokens[k - 1]?.lower ?? '';
  if (RELATIVE_LEADS.has(prev)) j = k - 2;
  else if (WEEKDAY_WORDS.has(t.lower)) j = prev === 'on' ? k - 2 : k - 1;
  else return k;
  const p = ctx.tokens[j];
  if (p && inSentence(ctx, j, sentence) && p.pos === 'VERB' && /(ed|en|wn)$/.test(p.lower) && /^(NOUN|PROPN)$/.test(ctx.tokens[j - 1]?.pos ?? '')) j--;
  return inSentence(ctx, j, sentence) ? j : k;
}

/** Index after a time phrase that starts at i ("on Thursday", "Thursday", "last week"); i when there is none. */
export function timePhraseEnd(ctx: QuoteContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t) return i;
  const weekday = (k: number): boolean => WEEKDAY_WORDS.has(ctx.tokens[k]?.lower ?? '');
  if (t.lower === 'on' && weekday(i + 1)) return i + 2;
  // (not a weekday's possessive, which opens the reported clause: "said Sunday’s pileup was the worst")
  if (weekday(i) && !/^['’]s$/.test(ctx.tokens[i + 1]?.text ?? '')) return i + 1;
  // "said in September it would hire", "said in March 2024 that": a month or season after "in"
  if (t.lower === 'in' && MONTH_OR_SEASON.has(ctx.tokens[i + 1]?.lower ?? '')) return /^\d{4}$/.test(ctx.tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
  if (RELATIVE_LEADS.has(t.lower) && TIME_NOUNS.has(ctx.tokens[i + 1]?.lower ?? '')) return i + 2;
  return i;
}

/** "D-Pittsburgh", "R-Texas", "I-Vt.", "D-New York": a US legislator's party and state or district. */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u;

/**
 * The token before ", PARTY-STATE," when the comma at k closes such a tag (null otherwise): at most
 * four tokens back to the opening comma, whose text between the commas is the tag.
 */
function partyTagBefore(ctx: QuoteContext, k: number, sentence: number): number | null {
  for (let c = k - 1; c >= k - 5 && inSentence(ctx, c, sentence); c--) {
    if (tokenAt(ctx, c) !== ',') continue;
    const tag = ctx.text.slice(ctx.tokens[c + 1]!.start, ctx.tokens[k - 1]!.end);
    return c + 1 < k && PARTY_TAG.test(tag) && inSentence(ctx, c - 1, sentence) ? c - 1 : null;
  }
  return null;
}

/** A name set off by commas right after "name" between tokens from and to ("her first name, Kayla,"), or null. */
function nameGivenInClause(ctx: QuoteContext, from: number, to: number): TokenRange | null {
  for (let i = from + 2; i < to; i++) {
    if (tokenAt(ctx, i - 1) !== ',' || !/^names?$/.test(ctx.tokens[i - 2]!.lower) || !/^\p{Lu}/u.test(tokenAt(ctx, i))) continue;
    let j = i;
    while (j + 1 < to && /^\p{Lu}/u.test(tokenAt(ctx, j + 1))) j++;
    if (tokenAt(ctx, j + 1) === ',' && j - i < 3) return { first: i, last: j };
  }
  return null;
}

/**
 * Token k closes a parenthesis that holds an acronym ("(MEWU)") or a legislator's party and state
 * ("(D-Calif.)", "(R-Texas)"): the token before the parenthesis; else k.
 */
function skipParentheticalTag(ctx: QuoteContext, k: number, sentence: number): number {
  if (tokenAt(ctx, k) !== ')') return k;
  let open = k - 1;
  while (open > k - 7 && inSentence(ctx, open, sentence) && tokenAt(ctx, open) !== '(') open--;
  if (tokenAt(ctx, open) !== '(' || !inSentence(ctx, open - 1, sentence)) return k;
  const inside = ctx.text.slice(ctx.tokens[open]!.end, ctx.tokens[k]!.start);
  // (or a member's constituency after a name: "Ms Faridah Ismail (Nee Soon GRC) said")
  // (or a council district or ward: "Councilman Rick Alvarado (District 2) said")
  const constituency = /^\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|\d{1,3}))?(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(inside) && ctx.tokens[open - 1]!.pos === 'PROPN';
  // (or a councillor's party and ward, British style: "Cllr Ann Roe (Liberal Democrat, Castle ward) said")
  const partyAndWard = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?,\s\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|ward|division))?$/u.test(inside) && ctx.tokens[open - 1]!.pos === 'PROPN';
  return /^\p{Lu}[\p{Lu}&.-]+$|^[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(inside) || constituency || partyAndWard ? open - 1 : k;
}

/** The first token of the sentence that holds token k. */
function sentenceStartToken(ctx: QuoteContext, k: number, sentence: number): number {
  let start = k;
  while (inSentence(ctx, start - 1, sentence)) start--;
  return start;
}

/**
 * For the comma at k that closes a relative clause opened by ", which" / ", who" (up to 45 tokens
 * back) right after the sentence's subject of at most twelve words without a verb: the subject's
 * last token; else -1.
 */
/** The ", who" or ", which" opening a relative clause up to 45 tokens before the comma at k (outside quotations), or -1. */
function relativeOpenerBefore(ctx: QuoteContext, k: number, sentence: number): number {
  let w = k - 1;
  while (inSentence(ctx, w, sentence) && k - w < 45 && ctx.quoteOf[w] === -1 && !(/^(who|which)$/.test(ctx.tokens[w]!.lower) && tokenAt(ctx, w - 1) === ',')) w--;
  return inSentence(ctx, w - 2, sentence) && k - w < 45 && ctx.quoteOf[w] === -1 ? w : -1;
}

function relativeClauseAfterSubject(ctx: QuoteContext, k: number, sentence: number): number {
  const w = relativeOpenerBefore(ctx, k, sentence);
  if (w < 0) return -1;
  // (a clause that gives a reason or a name is read hop by hop: "…, who asked to be identified only as Colleen, because …, said")
  for (let i = w + 1; i < k; i++) if (REASON_OPENERS.has(ctx.tokens[i]!.lower) && tokenAt(ctx, i - 1) === ',') return -1;
  const start = sentenceStartToken(ctx, w - 2, sentence);
  if (w - 1 - start > 16) return -1;
  // (the subject may hold a relative clause of its own: "A neighbor who lives two doors down, who asked …, said")
  const own = subjectRelativeAt(ctx, w - 2, sentence);
  for (let i = start; i < w - 1; i++) {
    const t = ctx.tokens[i]!;
    // (the subject's last word may be a plural noun wink tags as a verb: "holders of its offshore bonds")
    const pluralNoun = i === w - 2 && t.pos === 'VERB' && /[^s]s$/.test(t.lower) && /^(ADJ|ADV|NOUN|DET)$/.test(ctx.tokens[i - 1]?.pos ?? '');
    // (and a participle used as an adjective before a noun: "A licensed practical nurse")
    const participleModifier = t.pos === 'VERB' && /ed$/.test(t.lower) && /^(DET|ADJ)$/.test(ctx.tokens[i - 1]?.pos ?? '') && /^(ADJ|NOUN)$/.test(ctx.tokens[i + 1]?.pos ?? '');
    // (and a reduced relative clause: "one of the stores slated to close")
    const reducedRelative = t.pos === 'VERB' && ((/ed$/.test(t.lower) && ctx.tokens[i - 1]?.pos === 'NOUN' && ctx.tokens[i + 1]?.lower === 'to') || (ctx.tokens[i - 1]?.lower === 'to' && /ed$/.test(ctx.tokens[i - 2]?.lower ?? '') && ctx.tokens[i - 3]?.pos === 'NOUN'));
    // (and a gerund naming a field after "of": "A lecturer in the school of performing arts")
    const fieldGerund = t.pos === 'VERB' && /ing$/.test(t.lower) && /^(of|in)$/.test(ctx.tokens[i - 1]?.lower ?? '') && ctx.tokens[i + 1]?.pos === 'NOUN';
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !pluralNoun && !participleModifier && !reducedRelative && !fieldGerund && !(own > 0 && i > own)) || tokenAt(ctx, i) === ',' || ctx.quoteOf[i] !== -1) return -1;
  }
  return w - 2;
}

/**
 * Before the comma at k, ", which|who <verb> …" whose later commas only separate the items of a list
 * (no verb after them): the token before that clause's comma, or -1.
 */
function relativeClauseWithList(ctx: QuoteContext, k: number, sentence: number): number {
  const w = relativeOpenerBefore(ctx, k, sentence);
  if (w < 0 || !/^(VERB|AUX)$/.test(ctx.tokens[w + 1]?.pos ?? '')) return -1;
  let commas = 0;
  for (let i = w + 2; i < k; i++) {
    if (tokenAt(ctx, i) !== ',') continue;
    commas++;
    if (REASON_OPENERS.has(ctx.tokens[i + 1]?.lower ?? '')) return -1;
    for (let j = i + 1; j < k && tokenAt(ctx, j) !== ','; j++) if (/^(VERB|AUX)$/.test(ctx.tokens[j]!.pos) || ctx.tokens[j]!.lower === 'who' || ctx.tokens[j]!.lower === 'which') return -1;
  }
  return commas > 0 ? w - 2 : -1;
}

/** Where the sentence's subject before token k opens a relative clause of its own ("A neighbor who lives …": "who"; "An executive whose team …": "whose"), or -1. */
function subjectRelativeAt(ctx: QuoteContext, k: number, sentence: number): number {
  for (let i = sentenceStartToken(ctx, k, sentence) + 1; i <= k; i++) if (/^(who|that|whose)$/.test(ctx.tokens[i]!.lower) && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]!.pos)) return i;
  return -1;
}

/** The noun phrase ending at token k (inclusive), read backwards; skips one apposition or relative clause. */
/** "in Columbus, Ohio": after the comma at `comma`, a state or country that a list knows, after "in" and a capitalised town. */
function stateAfterTown(ctx: QuoteContext, comma: number): boolean {
  return PLACE_NAMES.has(ctx.tokens[comma + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokenAt(ctx, comma - 1)) && ctx.tokens[comma - 2]?.lower === 'in';
}

/** Do the tokens from the sentence's start up to i hold only a noun phrase (no verb, comma or quotation)? */
function subjectRunsFromStart(ctx: QuoteContext, i: number, sentence: number): boolean {
  const from = ctx.sentenceTokens[sentence]![0];
  for (let k = from; k < i; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || tokenAt(ctx, k) === ',' || ctx.quoteOf[k] !== -1 || isMarkAt(ctx, k)) return false;
  }
  return true;
}

export function speakerBefore(ctx: QuoteContext, k: number, sentence: number): TokenRange | null {
  k = skipAuxiliaries(ctx, skipTimePhrase(ctx, skipAuxiliaries(ctx, k, sentence), sentence), sentence);
  if (!inSentence(ctx, k, sentence) || ctx.quoteOf[k] !== -1) return null;
  // "The Manufacturing and Engineering Workers’ Union (MEWU) said": step over the acronym in parentheses
  // ("Rep. Jared Pelletier (D-Maine) said": a party and state in parentheses, too)
  k = skipParentheticalTag(ctx, k, sentence);
  // "Ann Roe, who was commissioner under ..., said": jump back over ", who ... ,";
  // "Her mother, Teresa Lindqvist, said" / "its developer, Corvane Therapeutics, said": the name is the speaker
  for (let hops = 0; hops < 4; hops++) {
    // ("The Rural Movement (PLB), which holds 17 seats, said": the acronym again, after the clause)
    if (hops > 0) k = skipParentheticalTag(ctx, k, sentence);
    // "The United Forum of IT Employees (UFITE), however, said": an adverb between commas
    if (tokenAt(ctx, k) === ',' && ctx.tokens[k - 1]?.pos === 'ADV' && tokenAt(ctx, k - 2) === ',' && inSentence(ctx, k - 3, sentence)) {
      k = skipParentheticalTag(ctx, k - 3, sentence);
      continue;
    }
    // "Maeve Roe (54) said", "…, Patrick (86), spent": an age in parentheses (Irish and British style)
    if (tokenAt(ctx, k) === ')' && ctx.tokens[k - 1]?.pos === 'NUM' && tokenAt(ctx, k - 2) === '(' && inSentence(ctx, k - 3, sentence)) {
      k -= 3;
      continue;
    }
    // "Walter Brisco, 74, a retired bus driver, said": an age between commas
    if (ctx.tokens[k]?.pos === 'NUM' && tokenAt(ctx, k - 1) === ',' && inSentence(ctx, k - 2, sentence)) {
      k -= 2;
      continue;
    }
    if (tokenAt(ctx, k) !== ',') break;
    // "Sen. Mark Reyes, R-Texas, said": a party and state between commas
    const tag = partyTagBefore(ctx, k, sentence);
    if (tag !== null) {
      k = tag;
      continue;
    }
    // "The trial, which enrolled 4,812 children at 11 sites in Mali, Ghana and Benin between …, found":
    // a long relative clause with commas of its own, after a short subject that opens the sentence
    const relative = relativeClauseAfterSubject(ctx, k, sentence);
    // ("The woman, who asked that only her first name, Kayla, be used because …, said": the name she gave)
    const given = relative >= 0 ? nameGivenInClause(ctx, relative + 2, k) : null;
    if (given) return given;
    if (relative >= 0) {
      // (a subject ending in a plural noun wink tags as a verb is the whole subject: "Two holders of its offshore bonds")
      if (ctx.tokens[relative]!.pos === 'VERB') return { first: sentenceStartToken(ctx, relative, sentence), last: relative };
      // (one with a relative clause of its own is the noun phrase before that clause: "A neighbor who lives two doors down, who …, said")
      const own = subjectRelativeAt(ctx, relative, sentence);
      if (own > 0) return { first: sentenceStartToken(ctx, relative, sentence), last: own - 1 };
      // (a subject opening with a determiner is the whole phrase, prepositions and all: "A sergeant with more than 15 years on the job, who …, said")
      // (only where the plain reading stops at a preposition; an acronym in parentheses stays out: "The Rural Movement (PLB), which …")
      const start = sentenceStartToken(ctx, relative, sentence);
      const subjectEnd = skipParentheticalTag(ctx, relative, sentence);
      const words = ctx.tokens.slice(start, subjectEnd + 1);
      if (ctx.tokens[start]!.pos === 'DET' && start < subjectEnd && words.some((t) => t.pos === 'ADP') && !words.some((t) => /^(who|which|that|whose|whom|and|but|or)$/.test(t.text))) return { first: start, last: subjectEnd };
      k = relative;
      continue;
    }
    // "Rosa Delgado, president of the X Union, which represents about 11,000 farmworkers, roofers and
    // road crews in Idaho, said": a relative clause holding a list, after an apposition
    const listClause = relativeClauseWithList(ctx, k, sentence);
    if (listClause >= 0) {
      k = listClause;
      continue;
    }
    let c = k - 1;
    while (inSentence(ctx, c, sentence) && tokenAt(ctx, c) !== ',' && ctx.quoteOf[c] === -1 && k - c < 40) c--;
    // "…, speaking outside the plant in Laval, Que., accused": a state after its town belongs to the phrase
    // (written out too: "a nurse in Columbus, Ohio,", "who lives in Woodside, Queens,")
    const stateOfTown = c + 1 === k - 1 && stateAfterTown(ctx, c);
    if (tokenAt(ctx, c) === ',' && (STATE_ABBREVIATIONS.has(ctx.text.slice(ctx.tokens[c + 1]!.start, ctx.tokens[k - 1]!.end)) || stateOfTown)) {
      c--;
      while (inSentence(ctx, c, sentence) && tokenAt(ctx, c) !== ',' && ctx.quoteOf[c] === -1 && k - c < 40) c--;
    }
    // (the town and its state may open the phrase themselves: "A nurse in Columbus, Ohio, said")
    if (stateOfTown && !(inSentence(ctx, c, sentence) && tokenAt(ctx, c) === ',')) {
      k -= 1;
      break;
    }
    if (!inSentence(ctx, c, sentence) || tokenAt(ctx, c) !== ',') return null;
    const opener = ctx.tokens[c + 1]!;
    // "Another participant, who asked to be identified only by her first name, Colleen, because her
    // employer does not know, said": a reason clause between commas
    if (REASON_OPENERS.has(opener.lower) && k - c <= 25) {
      k = c - 1;
      continue;
    }
    // "A nurse who has worked there for a decade, and who spoke on condition of anonymity, said";
    // "Lumisphere, which is based in Sunnyvale, California, and runs its operations from Dublin, says":
    // a second relative clause (or predicate) joined by "and": back to before the first "who"/"which"
    if (opener.lower === 'and' && (/^(who|which)$/.test(ctx.tokens[c + 2]?.lower ?? '') || /^(VERB|AUX)$/.test(ctx.tokens[c + 2]?.pos ?? ''))) {
      let w = c - 1;
      // ("A mother whose son …, and who asked not to be named, said": the first relative may be "whose")
      while (inSentence(ctx, w, sentence) && c - w < 40 && ctx.quoteOf[w] === -1 && !/^(who|which|whose)$/.test(ctx.tokens[w]!.lower)) w--;
      if (!inSentence(ctx, w, sentence) || !/^(who|which|whose)$/.test(ctx.tokens[w]?.lower ?? '') || !inSentence(ctx, w - 1, sentence)) return null;
      k = tokenAt(ctx, w - 1) === ',' ? w - 2 : w - 1;
      continue;
    }
    // ("The head of the ESF delegation, retired General Hamid Dakoro, said": a lower-case word before the title and name)
    // (an adjective or a past participle, "retired", "former": not "representing Mr Kilbride")
    const modified = (opener.pos === 'ADJ' || (opener.pos === 'VERB' && opener.lower.endsWith('ed'))) && /^\p{Ll}/u.test(opener.text) && ctx.tokens[c + 2]?.pos === 'PROPN' && TITLES.has(ctx.tokens[c + 2]!.lower);
    if ((opener.pos === 'PROPN' && !APPOSITION_OPENERS.has(opener.lower)) || modified) {
      let e = modified ? c + 2 : c + 1;
      // ("The mission's lead scientist, Prof Sunniva Dahle of the University of Oslo, said": "the" after "of")
      // (and "in" before a capitalised place: "Dr Ann Roe of Brookfield University in Minneapolis")
      while (e + 1 < k && (ctx.tokens[e + 1]!.pos === 'PROPN' || /^\p{Lu}/u.test(tokenAt(ctx, e + 1)) || NP_LINKS.has(ctx.tokens[e + 1]!.lower) || (ctx.tokens[e + 1]!.lower === 'the' && ctx.tokens[e]!.lower === 'of') || (ctx.tokens[e + 1]!.lower === 'in' && /^\p{Lu}/u.test(tokenAt(ctx, e + 2))))) e++;
      // a name fills the apposition ("Her mother, Teresa Lindqvist, said"); "Roe, Chile coach, said" is a role
      if (e === k - 1) return { first: modified ? c + 2 : c + 1, last: e };
      k = c - 1;
      continue;
    }
    // ", in an interview,", ", speaking on condition of anonymity ...,": a parenthetical
    // (up to 28 tokens: "The association, in a communiqué issued at the end of an emergency meeting of its … Council in Lagos on Saturday, said")
    const parenthetical = (opener.pos === 'ADP' || (opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower))) && k - c <= 28;
    if (!APPOSITION_OPENERS.has(opener.lower) && opener.pos !== 'NOUN' && opener.pos !== 'ADJ' && opener.pos !== 'NUM' && !parenthetical) return null;
    // ", the first-term mayor defended the plan, acknowledged that ...": a clause, whose subject speaks
    // "..., speaking over the phone from Tokyo, where he is leading a roadshow, said": a participle
    // phrase before the relative clause is a parenthetical too
    if (opener.lower === 'where' || opener.lower === 'who' || opener.lower === 'which') {
      let p = c - 1;
      while (inSentence(ctx, p, sentence) && tokenAt(ctx, p) !== ',' && ctx.quoteOf[p] === -1 && c - p < 20) p--;
      const lead = ctx.tokens[p + 1];
      if (inSentence(ctx, p, sentence) && tokenAt(ctx, p) === ',' && lead && lead.pos === 'VERB' && /ing$/.test(lead.lower) && p + 1 < c) {
        k = p - 1;
        continue;
      }
    }
    if (opener.pos === 'DET') {
      let v = c + 1;
      // (a capitalised "verb" is a name wink mis-tagged: "the security firm Redline Forensics")
      const verbAt = (j: number): boolean => /^(VERB|AUX)$/.test(ctx.tokens[j]!.pos) && !/^\p{Lu}/u.test(tokenAt(ctx, j));
      while (v < k && !verbAt(v) && !/^(who|which|that|whose)$/.test(ctx.tokens[v]!.lower)) v++;
      if (v < k && verbAt(v) && /^(NOUN|PROPN)$/.test(ctx.tokens[v - 1]!.pos) && !/ing$/.test(ctx.tokens[v]!.lower)) {
        const subject = speakerBefore(ctx, v - 1, sentence);
        if (subject && subject.first > c) return subject;
      }
    }
    k = c - 1;
  }
  // "Vaalgaard himself said": an emphatic reflexive after the subject is no part of it
  const reflexive = /^(himself|herself|themselves|itself)$/.test(ctx.tokens[k]!.lower) && /^(PROPN|NOUN)$/.test(ctx.tokens[k - 1]?.pos ?? '') && inSentence(ctx, k - 1, sentence);
  const last = reflexive ? k - 1 : k;
  // "according to the interior ministry, which said ...": the relative pronoun, for its antecedent
  if (ctx.tokens[last]!.lower === 'which' && tokenAt(ctx, last - 1) === ',') return { first: last, last };
  // a base-form "verb" right before the cue is a noun wink mis-tagged ("a long-promised upgrade said")
  const nounAsVerb = ctx.tokens[last]!.pos === 'VERB' && (/^(NOUN|ADJ|DET)$/.test(ctx.tokens[last - 1]?.pos ?? '') || (!/(ed|ing)$/.test(ctx.tokens[last]!.lower) && ctx.tokens[last - 1]?.pos === 'VERB' && /ed$/.test(ctx.tokens[last - 1]!.lower)));
  // ... and an "adjective" right after a determiner ("the chief said", wink's "chief/ADJ")
  // ... or the last word of a title ("the attorney general", "the surgeon general")
  // ... or a title after the noun of its field ("the health chief said", wink's "chief/ADJ")
  const adjectiveAsNoun = ctx.tokens[last]!.pos === 'ADJ' && (ctx.tokens[last - 1]?.pos === 'DET' || /^(his|her|their|its|our|my)$/.test(ctx.tokens[last - 1]?.lower ?? '') || (TITLES.has(ctx.tokens[last]!.lower) && (TITLES.has(ctx.tokens[last - 1]?.lower ?? '') || /^(NOUN|PROPN)$/.test(ctx.tokens[last - 1]?.pos ?? ''))));
  // ... or the lower-case syllable of a hyphenated given name ("Lam Wai-ching told")
  const hyphenedName = isJoinedHyphen(ctx.tokens, last - 1) && /^\p{Lu}/u.test(tokenAt(ctx, last - 2));
  // ... and an "adverb" closing a noun phrase ("the Toronto-based firm", wink's "firm/ADV")
  const adverbAsNoun = ctx.tokens[last]!.pos === 'ADV' && !/ly$/.test(ctx.tokens[last]!.lower) && (/^(DET|ADJ)$/.test(ctx.tokens[last - 1]?.pos ?? '') || (ctx.tokens[last - 1]?.pos === 'VERB' && /ed$/.test(ctx.tokens[last - 1]!.lower) && isJoinedHyphen(ctx.tokens, last - 2)));
  // ... or the particle that closes a hyphenated noun ("the runner-up said", "a passer-by said")
  const hyphenedNoun = /^(ADP|ADV|PART)$/.test(ctx.tokens[last]!.pos) && isJoinedHyphen(ctx.tokens, last - 1) && ctx.tokens[last - 2]?.pos === 'NOUN';
  // ... or an age used as a noun ("the 48-year-old said")
  const ageNoun = /\b\d{1,3}-year-old$/.test(ctx.text.slice(Math.max(0, ctx.tokens[last]!.end - 16), ctx.tokens[last]!.end));
  if (!HEAD_POS.has(ctx.tokens[last]!.pos) && !/^\p{Lu}/u.test(tokenAt(ctx, last)) && !nounAsVerb && !adjectiveAsNoun && !hyphenedName && !hyphenedNoun && !adverbAsNoun && !ageNoun) return null;
  const partitive = /^(them|us|those)$/.test(ctx.tokens[last]!.lower) && ctx.tokens[last - 1]?.lower === 'of';
  if (ctx.tokens[last]!.pos === 'PRON' && !partitive) {
    return SUBJECT_PRONOUNS.has(ctx.tokens[last]!.lower) ? { first: last, last } : null;
  }
  // "Another said …": "another" alone, opening the sentence, stands for one more of a group just described
  if (ctx.tokens[last]!.lower === 'another' && ctx.tokens[last]!.start === ctx.sentences[sentence]!.start) return { first: last, last };
  // (an acronym wink tags as a determiner is a name: "The DA said")
  if (ctx.tokens[last]!.pos === 'DET' && !/^\p{Lu}{2,}$/u.test(tokenAt(ctx, last))) return null;
  let first = last;
  for (let i = last - 1; inSentence(ctx, i, sentence) && last - i < 16; i--) {
    const t = ctx.tokens[i]!;
    const s = tokenAt(ctx, i);
    // 'Senator Miguel "Migs" Ilagan': a nickname in quotation marks inside the name
    if (ctx.quoteOf[i] === -1 && isNicknameAt(ctx.text, ctx.tokens, i - 2) && /^\p{Lu}/u.test(tokenAt(ctx, i - 3))) {
      first = i - 3;
      i -= 3;
      continue;
    }
    if (ctx.quoteOf[i] !== -1 || isMarkAt(ctx, i)) break;
    // "the Centers for Disease Control and Prevention": "and" inside a capitalised name
    const andInName = t.lower === 'and' && /^\p{Lu}/u.test(ctx.tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '');
    if (andInName) {
      first = i;
      continue;
    }
    // ("a nurse in Columbus, Ohio": a state or country after its town's comma belongs to the phrase)
    if (s === ',' && i + 1 === first && stateAfterTown(ctx, i) && inSentence(ctx, i - 2, sentence)) {
      first = i;
      continue;
    }
    // ("spokesperson Cmdr. Ana Tabuena": the full stop of a title's abbreviation, when wink splits it off)
    if (t.text === '.' && ctx.tokens[i - 1]?.end === t.start && /^\p{Lu}\p{Ll}{0,4}$/u.test(ctx.tokens[i - 1]!.text) && /^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '')) {
      first = i;
      continue;
    }
    // ("chairman and managing director Rajendra Mehrotra": "and" between two titles)
    const andInTitle = t.lower === 'and' && TITLES.has(ctx.tokens[i - 1]?.lower ?? '') && /^\p{Ll}/u.test(ctx.tokens[i + 1]?.text ?? '');
    // ("Residents of Karsby and neighbouring villages accused": "and" inside a subject that opens
    // the sentence, with no verb or comma before it)
    const andInSubject = t.lower === 'and' && i > ctx.sentenceTokens[sentence]![0] && subjectRunsFromStart(ctx, i, sentence);
    if (andInSubject) {
      first = i;
      continue;
    }
    if (CLAUSE_OPENERS.has(t.lower) && !andInTitle && !(t.lower === 'and' && NP_POS.has(ctx.tokens[i - 1]?.pos ?? '') && ctx.tokens[i - 1]?.pos !== 'PRON' && /^(current|former|senior|junior)$/.test(ctx.tokens[i - 1]?.lower ?? ''))) break;
    // ("“…,” de Kerviler said": a surname's lower-case particle before its capital)
    if (NAME_PARTICLES.has(t.text) && /^\p{Lu}/u.test(tokenAt(ctx, i + 1)) && i + 1 === first) {
      first = i;
      continue;
    }
    // ("Ward 3 Coun. Ana Li said": a number belongs to the capitalised word it follows, whatever wink tags that word)
    if (/^\p{Lu}\p{Ll}+$/u.test(s) && ctx.tokens[i + 1]?.pos === 'NUM' && i + 1 === first) {
      first = i;
      continue;
    }
    // ("the United Forum of IT Employees": an acronym wink reads as the pronoun "it")
    if ((NP_POS.has(t.pos) && t.pos !== 'PRON') || /^(his|her|their|its|our|my)$/.test(t.lower) || andInTitle || (TITLES.has(t.lower) && /^\p{Ll}/u.test(t.text)) || (/^\p{Lu}{2,}$/u.test(s) && i < last)) first = i;
    // "sources close to the club said", "people close to the negotiations"
    else if (t.lower === 'to' && ctx.tokens[i - 1]?.lower === 'close') first = i;
    else if (/^(by|on|with|about|in|to|at|through|from|under|via|for|near)$/.test(t.lower) && ctx.tokens[i - 1]?.pos === 'VERB' && (/(ed|en|wn)$/.test(ctx.tokens[i - 1]!.lower) || (/ing$/.test(ctx.tokens[i - 1]!.lower) && ctx.tokens[i - 2]?.pos === 'NOUN')) && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 2]?.pos ?? '')) {
      // "a draft memo seen by the Courier says", "two people briefed on the talks said": a reduced relative clause
      // ("a firefighter working on the northern edge said": a present participle's too)
      first = i - 2;
      i -= 2;
    }
    else if (NP_LINKS.has(t.lower) && i > 0 && NP_POS.has(ctx.tokens[i - 1]!.pos)) first = i;
    // "a long-promised upgrade": a hyphenated modifier
    else if (t.text === '-' && ctx.tokens[i - 1]?.end === t.start && ctx.tokens[i + 1]?.start === t.end && inSentence(ctx, i - 1, sentence)) {
      first = i - 1; // both halves: "well-known", "long-promised"
      i--;
    } else if (t.pos === 'VERB' && ctx.tokens[i - 1]?.text === '-' && ctx.tokens[i - 1]!.end === t.start) first = i;
    // "the study’s lead author": a modifier wink tags as a verb, between a determiner or possessive and a noun
    else if (t.pos === 'VERB' && ctx.tokens[i + 1]?.pos === 'NOUN' && /^(DET|PART|ADJ)$/.test(ctx.tokens[i - 1]?.pos ?? '') && i + 1 <= last) first = i;
    // "the Better Business Bureau serving northern Indiana said": a present participle inside the phrase
    else if (t.pos === 'VERB' && /ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]?.pos ?? '') && /^(NOUN|PROPN|ADJ|DET)$/.test(ctx.tokens[i + 1]?.pos ?? '')) first = i;
    // "aid workers in Kessin said", "residents in Gaza said": people in a named place
    // (and "in nearby Pine Ridge", "in neighbouring Kessin"; "Sources in the Union Ministry of ...")
    // ("a senior official in the prime minister’s office": after a common noun, any "in the ...")
    // (and "merchants on Central Avenue", "residents along Harbor Road": plural people on a named street)
    else if (/^(on|along)$/.test(t.lower) && ctx.tokens[i - 1]?.pos === 'NOUN' && /[^s]s$/.test(ctx.tokens[i - 1]!.lower) && /^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '')) first = i;
    else if (t.lower === 'in' && /^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]?.pos ?? '') && (/^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '') || ((/^(ADJ|ADV)$/.test(ctx.tokens[i + 1]?.pos ?? '') || ctx.tokens[i + 1]?.lower === 'the') && /^\p{Lu}/u.test(ctx.tokens[i + 2]?.text ?? '')) || (ctx.tokens[i + 1]?.lower === 'the' && (ctx.tokens[i - 1]!.pos === 'NOUN' || (ctx.tokens[i - 1]!.pos === 'PROPN' && !inSentence(ctx, i - 2, sentence) && isEnglishWord(ctx.tokens[i - 1]!.lower)))))) first = i;
    else if (t.lower === 'and' && /^(current|former)$/.test(ctx.tokens[i - 1]?.lower ?? '')) first = i;
    // "in the north Queensland town of …": a compass word wink tags an adverb, after an article
    else if (t.pos === 'ADV' && !/ly$/.test(t.lower) && ctx.tokens[i - 1]?.pos === 'DET' && /^(NOUN|PROPN|ADJ)$/.test(ctx.tokens[i + 1]?.pos ?? '')) first = i;
    // "a lecturer in history at a university": a field after a role noun
    else if (t.lower === 'in' && ctx.tokens[i - 1]?.pos === 'NOUN' && ctx.tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokenAt(ctx, i + 1))) first = i;
    // "the Fraternal Order of Police Lodge 27 said", "Calder Falls": a capitalised word wink took for a verb, inside a name
    // ("a Red Cross spokeswoman said": after a capitalised word, before the noun the name modifies)
    else if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && inSentence(ctx, i - 1, sentence) && (ctx.tokens[i - 1]?.pos === 'PROPN' || /^\p{Lu}/u.test(ctx.tokens[i - 1]?.text ?? ''))) first = i;
    // ("Hector Villagran said", "union president Mark Reyes said": a first name wink took for a
    // verb, before a capitalised name)
    else if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && i + 1 <= last && ctx.tokens[i + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.tokens[i + 1]!.text)) first = i;
    else break;
  }
  // never start on a link word
  while (first < last && NP_LINKS.has(ctx.tokens[first]!.lower)) first++;
  // nor on the date of an opening time phrase without its comma ("On April 30 Roe told …")
  if (first > 0 && ctx.tokens[first - 1]!.lower === 'on' && (WEEKDAY_WORDS.has(ctx.tokens[first]!.lower) || MONTH_OR_SEASON.has(ctx.tokens[first]!.lower))) {
    let k = first + 1;
    if (ctx.tokens[k]?.pos === 'NUM') k++;
    if (k <= last && /^\p{Lu}/u.test(tokenAt(ctx, k))) first = k;
  }
  // "Jason Levitt, executive director of X, a nonprofit group, said": the role was itself an
  // apposition to the name that opens the sentence
  if (tokenAt(ctx, first - 1) === ',' && /^\p{Ll}/u.test(tokenAt(ctx, first))) {
    let n = first - 2;
    while (inSentence(ctx, n, sentence) && ctx.tokens[n]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokenAt(ctx, n))) n--;
    // (or that follows the quotation it attributes: "“…,” Ramona Whitfield, the attorney general, who led the team, said")
    if (n < first - 3 && (!inSentence(ctx, n, sentence) || (isMarkAt(ctx, n) && ctx.quoteOf[n] !== -1))) return { first: n + 1, last: first - 2 };
  }
  return { first, last };
}

/** The noun phrase starting at token k, read forwards ("a person familiar with the situation"). */
export function speakerAfter(ctx: QuoteContext, k: number, sentence: number, nounFirst = false): TokenRange | null {
  if (!inSentence(ctx, k, sentence) || ctx.quoteOf[k] !== -1) return null;
  const t0 = ctx.tokens[k]!;
  // "according to its latest filing": a possessive opens a noun phrase
  const possessiveFirst = nounFirst && t0.pos === 'PRON' && /^(its|his|her|their|our|my|your)$/.test(t0.lower);
  // "according to him": after a preposition an object pronoun names the speaker
  if (t0.pos === 'PRON' && !possessiveFirst) return SUBJECT_PRONOUNS.has(t0.lower) || (nounFirst && /^(him|her|them|us|me)$/.test(t0.lower)) ? { first: k, last: k } : null;
  // a verb-tagged first word is a tagging slip only before a noun ("district records"), or where
  // only a noun can stand: after "according to" wink reads "to police", "to people" as infinitives
  const misTagged = t0.pos === 'VERB' && ((nounFirst && !/(ed|ing)$/.test(t0.lower)) || (/^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[k + 1]?.pos ?? '') && !/(ed|ing)$/.test(t0.lower)));
  // "according to de Grandpré": a surname opening with its lower-case particle
  const particleFirst = NAME_PARTICLES.has(t0.text) && /^\p{Lu}/u.test(tokenAt(ctx, k + 1));
  if ((t0.pos === 'ADP' && !particleFirst) || t0.pos === 'ADV' || (t0.pos === 'VERB' && !misTagged) || t0.pos === 'AUX' || t0.pos === 'SCONJ') return null;
  let last = -1;
  for (let i = k; inSentence(ctx, i, sentence) && i - k < 14; i++) {
    const t = ctx.tokens[i]!;
    const s = tokenAt(ctx, i);
    if (ctx.quoteOf[i] !== -1 || isMarkAt(ctx, i) || t.pos === 'PUNCT' && !['-', '‑', '.', '’', "'"].includes(s)) break;
    if (AFTER_STOP.has(t.lower) && i > k) break;
    // "an incident report his family obtained": a possessive after a noun opens a clause of its own
    // (and a subject pronoun: "according to figures it released", "a report they published")
    if (i > k && /^(his|her|their|its|our|my|it|he|she|they|we)$/.test(t.lower) && (/^(NOUN|PROPN)$/.test(ctx.tokens[i - 1]!.pos) || (i - 1 === k && misTagged))) break;
    const capitalisedName = i > k && /^\p{Lu}/u.test(s) && /^(PROPN|NOUN)$/.test(ctx.tokens[i - 1]!.pos); // "said Lisa Grant"
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(i === k && misTagged) && !capitalisedName) {
      // "familiar" and participles inside a description are fine; a finite verb is not
      if (!/(ed|ing)$/.test(t.lower) || i === k) break;
    }
    if (NP_POS.has(t.pos) || NP_LINKS.has(t.lower) || /^\p{Lu}/u.test(s) || t.lower === 'familiar' || (i === k && (misTagged || possessiveFirst || particleFirst))) last = i;
    // "its most recent filing", "a large randomized trial": an adverb-tagged modifier before an adjective
    // ("the north Queensland town": a compass word wink tags an adverb, after an article, before a noun)
    else if (t.pos === 'ADV' && i > k && (ctx.tokens[i + 1]?.pos === 'ADJ' || (ctx.tokens[i - 1]!.pos === 'DET' && /^(NOUN|PROPN)$/.test(ctx.tokens[i + 1]?.pos ?? '')))) continue;
    else if (t.pos === 'ADP' && (t.lower === 'with' || t.lower === 'of')) last = i;
    else break;
  }
  if (last < k) return null;
  while (last > k && (NP_LINKS.has(ctx.tokens[last]!.lower) || ctx.tokens[last]!.pos === 'ADP' || ctx.tokens[last]!.pos === 'DET')) last--;
  if (!HEAD_POS.has(ctx.tokens[last]!.pos) && !/^\p{Lu}/u.test(tokenAt(ctx, last)) && ctx.tokens[last]!.pos !== 'ADJ' && !(last === k && misTagged)) return null;
  // "according to his spokeswoman, Megan Sowell.": the full name in apposition is the speaker's
  if (tokenAt(ctx, last + 1) === ',' && /^\p{Ll}/u.test(tokenAt(ctx, last))) {
    let e = last + 2;
    while (inSentence(ctx, e, sentence) && ctx.tokens[e]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokenAt(ctx, e)) && ctx.quoteOf[e] === -1) e++;
    if (e - (last + 2) >= 2 && (!inSentence(ctx, e, sentence) || /^[,.;]$/.test(tokenAt(ctx, e)))) return { first: k, last: e - 1 };
  }
  return { first: k, last };
}
