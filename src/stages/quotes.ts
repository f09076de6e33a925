/**
 * Quotes: direct, mixed and indirect quotes with their cue and the span naming their speaker, by
 * rules over sentences and tokens (rules/quotes/, run in order: pair quotation marks → find cues →
 * speaker phrases → attributions → quotes). Speakers become sources in the sources stage.
 */
import type { QuoteCandidate } from '../document.js';
import type { Stage } from '../pipeline.js';
import { attributeQuotes } from '../rules/quotes/attribute-quotes.js';
import { buildContext } from '../rules/quotes/context.js';
import { pairQuotationMarks } from '../rules/quotes/pair-quotation-marks.js';

export interface QuotesOptions {
  /** Keep reported speech without quotation marks (default true). */
  indirect?: boolean;
  /** Drop quotes below this confidence (default 0: keep all, confidence says how sure). */
  minConfidence?: number;
}

export function createQuotesStage(options: QuotesOptions = {}): Stage<'tokens' | 'sentences' | 'paragraphs', 'quoteCandidates'> {
  const indirect = options.indirect ?? true;
  const minConfidence = options.minConfidence ?? 0;
  return {
    name: 'quotes',
    reads: ['tokens', 'sentences', 'paragraphs'],
    writes: ['quoteCandidates'],
    run(doc) {
      const text = doc.document.text;
      const quoted = pairQuotationMarks(text, doc.paragraphs);
      const ctx = buildContext(text, doc.tokens, doc.sentences, doc.paragraphs, quoted);
      const quoteCandidates: QuoteCandidate[] = attributeQuotes(ctx)
        .filter((d) => (indirect || d.kind !== 'indirect') && d.confidence >= minConfidence)
        .map((d) => ({ start: d.start, end: d.end, kind: d.kind, cue: d.cue, speaker: d.speaker, speakerSentence: d.speakerSentence, carried: d.carried, confidence: d.confidence, rule: d.rule }));
      return { quoteCandidates };
    },
  };
}
