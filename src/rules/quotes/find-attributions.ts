/**
 * Step 4: each cue with its speaker and the reported content it governs:
 *   "CONTENT, SPEAKER said" / "CONTENT, said SPEAKER" (content before),
 *   "SPEAKER said (that) CONTENT" / "SPEAKER told LISTENER (that) CONTENT" (content after),
 *   "according to SPEAKER, CONTENT" / "CONTENT, according to SPEAKER",
 *   "NP, who said CONTENT" (speaker is the relative clause's antecedent).
 */
import { isQuoteMark, tokenAt, type QuoteContext } from './context.js';
import { findCues, type Cue } from './find-cues.js';
import { speakerAfter, speakerBefore, type TokenRange } from './speaker-phrase.js';

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

const TRAILING = /[\s,;:—–-]+$/u;

function contentSpan(ctx: QuoteContext, startChar: number, endChar: number): { start: number; end: number } | null {
  let s = startChar;
  let e = endChar;
  const text = ctx.text;
  while (s < e && /\s/.test(text[s]!)) s++;
  // a final full stop outside quotation marks is not part of what was said
  const tail = text.slice(s, e).match(TRAILING);
  if (tail) e -= tail[0].length;
  if (e > s && text[e - 1] === '.' && !isQuoteMark(text[e] ?? '')) e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const words = text.slice(s, e).match(/\p{L}+/gu)?.length ?? 0;
  return words >= 2 ? { start: s, end: e } : null;
}

/** Content after the cue: skips a listener, "in a statement", a day, "that". */
function contentAfterCue(ctx: QuoteContext, cue: Cue, sentenceEnd: number): { start: number; end: number } | null {
  const [, to] = ctx.sentenceTokens[cue.sentence]!;
  let i = cue.last + 1;
  if (i >= to) return null;
  // adjuncts before "that": "said in a statement that", "told reporters Tuesday that"
  let thatAt = -1;
  for (let k = i; k < Math.min(to, i + 9); k++) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'that' && ctx.quoteOf[k] === -1) {
      thatAt = k;
      break;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(tokenAt(ctx, k)) || tokenAt(ctx, k) === ',') break;
  }
  let hadThat = false;
  if (thatAt >= 0) {
    i = thatAt + 1;
    hadThat = true;
  } else if (cue.kind === 'tell') {
    // the listener: "told reporters", "told VOA", "told a group of shipyard workers", "warned Krause"
    const t = ctx.tokens[i]!;
    if (t.pos === 'PROPN') {
      while (i < to && ctx.tokens[i]!.pos === 'PROPN') i++;
    } else if (t.pos === 'PRON' && /^(him|her|them|me|us|you)$/.test(t.lower)) i++;
    else if (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ') {
      while (i < to && /^(DET|ADJ|NOUN|NUM)$/.test(ctx.tokens[i]!.pos)) i++;
      if (ctx.tokens[i]?.lower === 'of') {
        i++;
        while (i < to && /^(DET|ADJ|NOUN|NUM|PROPN)$/.test(ctx.tokens[i]!.pos)) i++;
      }
    }
    if (ctx.tokens[i]?.lower === 'that') {
      i++;
      hadThat = true;
    }
  }
  while (i < to && (tokenAt(ctx, i) === ',' || tokenAt(ctx, i) === ':')) i++;
  if (i >= to) return null;
  const first = ctx.tokens[i]!;
  if (!hadThat) {
    if (cue.kind === 'according') return null;
    // a bare clause needs a subject and a verb: "X said Krause led ...", "they suggested they’d ask"; not "announced plans to"
    const subjectLike = first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'NUM' || first.pos === 'ADJ' || isQuoteMark(tokenAt(ctx, i));
    if (!subjectLike || (!cue.bareClause && !(first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'PROPN'))) return null;
    if (/^(in|on|at|to|for|with|by|from|about)$/.test(first.lower)) return null;
    let verb = false;
    for (let k = i + 1; k < Math.min(to, i + 14); k++) {
      const p = ctx.tokens[k]!.pos;
      if (p === 'VERB' || p === 'AUX') {
        verb = true;
        break;
      }
    }
    if (!verb) return null;
  }
  return contentSpan(ctx, first.start, sentenceEnd);
}

export function findAttributions(ctx: QuoteContext, sentence: number): Attribution[] {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  if (to <= from) return [];
  const sent = ctx.sentences[sentence]!;
  const out: Attribution[] = [];
  for (const cue of findCues(ctx, sentence)) {
    const before = cue.first - 1;
    const prevText = before >= from ? tokenAt(ctx, before) : '';
    if (cue.kind === 'according') {
      const speaker = speakerAfter(ctx, cue.last + 1, sentence);
      if (!speaker) continue;
      let content: { start: number; end: number } | null = null;
      if (prevText === ',' || isQuoteMark(prevText)) {
        content = contentSpan(ctx, sent.start, ctx.tokens[before]!.start + (prevText === ',' ? 0 : 1));
      } else if (cue.first === from) {
        let k = speaker.last + 1;
        while (k < to && tokenAt(ctx, k) !== ',') k++;
        if (k < to) content = contentSpan(ctx, ctx.tokens[k]!.end, sent.end);
      }
      out.push({ cue, speaker, first: cue.first, last: speaker.last, content, rule: content && cue.first === from ? 'quotes/according-to-before' : 'quotes/according-to-after' });
      continue;
    }
    // inverted: "..., said the people" / "“...,” said a person familiar with the situation"
    if (prevText === ',' || isQuoteMark(prevText) || prevText === '—') {
      const speaker = speakerAfter(ctx, cue.last + 1, sentence);
      if (speaker) {
        const end = prevText === ',' ? ctx.tokens[before]!.start : ctx.tokens[before]!.end;
        out.push({ cue, speaker, first: cue.first, last: speaker.last, content: contentSpan(ctx, sent.start, end), rule: 'quotes/said-speaker-after-content' });
        continue;
      }
    }
    let speaker = speakerBefore(ctx, before, sentence);
    if (!speaker) continue;
    let rule = 'quotes/speaker-said';
    // "..., current and former IRS officials, who said it was ..."
    if (ctx.tokens[speaker.first]!.lower === 'who' && tokenAt(ctx, speaker.first - 1) === ',') {
      const antecedent = speakerBefore(ctx, speaker.first - 2, sentence);
      if (!antecedent) continue;
      speaker = antecedent;
      rule = 'quotes/who-said';
    }
    const beforeSpeaker = speaker.first - 1;
    const bText = beforeSpeaker >= from ? tokenAt(ctx, beforeSpeaker) : '';
    if (rule !== 'quotes/who-said' && (bText === ',' || isQuoteMark(bText)) && beforeSpeaker >= from) {
      // "CONTENT, the people said" / "“...,” she said"
      const end = bText === ',' ? ctx.tokens[beforeSpeaker]!.start : ctx.tokens[beforeSpeaker]!.end;
      out.push({ cue, speaker, first: speaker.first, last: cue.last, content: contentSpan(ctx, sent.start, end), rule: 'quotes/speaker-said-after-content' });
      continue;
    }
    const content = cue.afterOnly ? null : contentAfterCue(ctx, cue, sent.end);
    out.push({ cue, speaker, first: speaker.first, last: cue.last, content, rule });
  }
  return out;
}
