import type { Stage } from '../pipeline.js';
export interface SourcesOptions {}
export function createSourcesStage(_options: SourcesOptions = {}): Stage<'quotes' | 'entities', 'sources'> {
  return { name: 'sources', reads: ['quotes', 'entities'], writes: ['sources'], run: () => ({ sources: [] }) };
}
