import type { Stage } from '../pipeline.js';
export interface QuotesOptions {}
export function createQuotesStage(_options: QuotesOptions = {}): Stage<'tokens' | 'sentences' | 'paragraphs' | 'entities', 'quotes'> {
  return { name: 'quotes', reads: ['tokens', 'sentences', 'paragraphs', 'entities'], writes: ['quotes'], run: () => ({ quotes: [] }) };
}
