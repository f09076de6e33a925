/**
 * Step 2: the reason an article gives for granting anonymity: "who spoke on the condition of
 * anonymity for fear of reprisal" → "for fear of reprisal"; "who were not authorized to speak
 * publicly" → "not authorized to speak publicly".
 */
import anonymity from '../../lexicon/anonymity.json' with { type: 'json' };
import { foldCase, foldSource } from '../quantities/word-pattern.js';

/** The phrases as one alternation, longest first, apostrophes either way and any space between words. */
function phraseAlternation(phrases: string[]): string {
  return phrases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

function phraseRegExp(phrases: string[]): RegExp {
  return new RegExp(`\\b(?:${phraseAlternation(phrases)})\\b`, 'giu');
}

/**
 * A quick test that a text (or its stretch [from, to)) may hold one of the phrases: it holds each
 * phrase's longest word, in any case (the phrases' own pattern matches under the same case
 * folding), so that the phrases' long alternation runs only where one can match.
 */
function phrasesMayOccur(phrases: string[]): (text: string, from?: number, to?: number) => boolean {
  const anchors = new Set<string>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(' ').filter((w) => /^[a-z]+$/.test(w));
    if (!words.length) return () => true;
    anchors.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const any = new RegExp([...anchors].join('|'), 'iu');
  return (text, from = 0, to = text.length) => any.test(text.slice(Math.max(0, from), to));
}

/** The lexicon's ways of saying a source gave only a first name, as one alternation (for the entities stage). */
export const NAME_WITHHELD_PHRASES = phraseAlternation(anonymity.nameWithheld);
/** Might the text (or its stretch [from, to)) hold one of those ways? (false: it holds none) */
export const nameWithheldMayOccur = phrasesMayOccur(anonymity.nameWithheld);

const GRANTS = phraseRegExp(anonymity.grants);
const REASON_INTROS = phraseRegExp(anonymity.reasonIntros);
const SELF_REASONS = phraseRegExp(anonymity.selfReasons);
const NO_COMMENT = phraseRegExp(anonymity.noComment);
/**
 * The same without the `i` flag, for the text case-folded: under `i` and `u` V8 compiles every
 * letter as its class of case variants, and this pattern runs over every document that mentions
 * a comment (a scan of the corpus took ~16 ms against ~27 ms, at the same places).
 */
const NO_COMMENT_FOLDED = ((folded) => (folded === null ? null : new RegExp(folded, 'gu')))(foldSource(NO_COMMENT.source));

/** Where the text says a source declined to comment or could not be reached ("did not respond to a request for comment"): each phrase's offset. */
export function noCommentPhrases(text: string): number[] {
  // (the folded text has one code unit for each of the text's, so the offsets are the text's)
  const folded = NO_COMMENT_FOLDED ? foldCase(text) : null;
  if (folded !== null) return Array.from(folded.matchAll(NO_COMMENT_FOLDED!), (m) => m.index);
  return Array.from(text.matchAll(NO_COMMENT), (m) => m.index);
}
const NAME_WITHHELD = phraseRegExp(anonymity.nameWithheld);
const NAME_WITHHELD_AT = new RegExp(`(?:${phraseAlternation(anonymity.nameWithheld)})\\b`, 'iuy');

/** Does one of the lexicon's name-withheld phrases begin at `at` ("asked that his last name not be used")? */
export function nameWithheldAt(text: string, at: number): boolean {
  if (!nameWithheldMayOccur(text, at, at + 160)) return false;
  NAME_WITHHELD_AT.lastIndex = at;
  return NAME_WITHHELD_AT.test(text);
}

/**
 * "Brianna, who asked that her last name not be used to protect her children’s privacy": a source
 * named by first name only at her request. Looks in [start, end); the reason is the clause that
 * follows the request ("to protect her children’s privacy"), when there is one.
 */
export function findNameWithheld(text: string, start: number, end: number): AnonymityFinding {
  if (!nameWithheldMayOccur(text, start, end)) return { granted: false, reason: null };
  const part = text.slice(start, end);
  NAME_WITHHELD.lastIndex = 0;
  let granted = false;
  // ("identified in court only as Carla, who cannot be named for legal reasons": the reason may follow a later phrase)
  for (let m = NAME_WITHHELD.exec(part); m !== null; m = NAME_WITHHELD.exec(part)) {
    granted = true;
    const after = m.index + m[0].length;
    REASON_INTROS.lastIndex = after;
    const intro = REASON_INTROS.exec(part);
    // the reason follows the request directly, or after the first name it gave ("…, Yosra, for fear of reprisals")
    // (or after the name and the rest of the request: "only her first name, Kayla, be used because …")
    if (intro && /^[\s,]*(?:\p{Lu}[\p{L}’'-]*[\s,]*)?(?:be\s+(?:used|published|printed|given)\s*)?$/u.test(part.slice(after, intro.index))) {
      const reason = clauseFrom(part, intro.index, part.length);
      if (reason.split(/\s+/).length >= 2) return { granted: true, reason };
    }
    NAME_WITHHELD.lastIndex = after;
  }
  return { granted, reason: null };
}

/** Up to the end of the clause: a comma, semicolon, dash, closing quotation or the sentence end. */
function clauseFrom(text: string, start: number, end: number): string {
  const rest = text.slice(start, end);
  const stop = rest.search(/[,;:—–()“”"]|\.(?:\s|$)/u);
  return (stop < 0 ? rest : rest.slice(0, stop)).replace(/[\s.]+$/u, '').trim();
}

export interface AnonymityFinding {
  /** The article says it withheld the identity ("spoke on condition of anonymity"). */
  granted: boolean;
  reason: string | null;
}

/** Looks in [start, end) (a sentence, from the speaker on) for a grant of anonymity and its reason. */
export function findAnonymityReason(text: string, start: number, end: number): AnonymityFinding {
  const part = text.slice(start, end);
  GRANTS.lastIndex = 0;
  const grant = GRANTS.exec(part);
  if (grant) {
    const after = grant.index + grant[0].length;
    REASON_INTROS.lastIndex = after;
    const intro = REASON_INTROS.exec(part);
    if (intro && /^[\s,]*$/u.test(part.slice(after, intro.index))) {
      const reason = clauseFrom(part, intro.index, part.length);
      if (reason.split(/\s+/).length >= 2) return { granted: true, reason };
    }
  }
  SELF_REASONS.lastIndex = 0;
  const self = SELF_REASONS.exec(part);
  if (self) {
    // from the phrase to the end of its clause: "not authorized to speak publicly about the talks"
    let reason = clauseFrom(part, self.index, part.length);
    reason = reason.replace(/^(?:were|was)\s+/i, '');
    return { granted: true, reason };
  }
  return { granted: grant !== null, reason: null };
}
