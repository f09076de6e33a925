/** The sourcing summary a standards desk reads first: quotes by sourcing, anonymous share, reasons. */
import type { Sourcing, Summary } from '../document.js';
import type { Stage } from '../pipeline.js';

type Reads = 'paragraphs' | 'sentences' | 'entities' | 'dates' | 'quantities' | 'quotes' | 'sources';

export function createSummaryStage(): Stage<Reads, 'summary'> {
  return {
    name: 'summary',
    reads: ['paragraphs', 'sentences', 'entities', 'dates', 'quantities', 'quotes', 'sources'],
    writes: ['summary'],
    run(doc) {
      const sourcing = new Map(doc.sources.map((s) => [s.id, s.sourcing] as const));
      const quotesBySourcing: Record<Sourcing, number> = { named: 0, official: 0, anonymous: 0, unknown: 0 };
      for (const q of doc.quotes) quotesBySourcing[(q.sourceId && sourcing.get(q.sourceId)) || 'unknown']++;
      const withoutReason = doc.sources.filter((s) => s.sourcing === 'anonymous' && s.anonymityReason === null);
      const summary: Summary = {
        counts: {
          paragraphs: doc.paragraphs.length,
          sentences: doc.sentences.length,
          entities: doc.entities.length,
          dates: doc.dates.length,
          quantities: doc.quantities.length,
          quotes: doc.quotes.length,
          sources: doc.sources.length,
        },
        quotesBySourcing,
        anonymousQuoteShare: doc.quotes.length ? round(quotesBySourcing.anonymous / doc.quotes.length) : null,
        anonymousWithoutReason: withoutReason.length,
        anonymousWithoutReasonIds: withoutReason.map((s) => s.id),
        noCommentSourceIds: doc.sources.filter((s) => s.noComment).map((s) => s.id),
      };
      return { summary };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
