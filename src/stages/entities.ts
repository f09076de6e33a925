import type { Stage } from '../pipeline.js';
export interface EntitiesOptions {}
export function createEntitiesStage(_options: EntitiesOptions = {}): Stage<'tokens' | 'sentences', 'entities'> {
  return { name: 'entities', reads: ['tokens', 'sentences'], writes: ['entities'], run: () => ({ entities: [] }) };
}
