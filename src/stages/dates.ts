import type { Stage } from '../pipeline.js';
export interface DatesOptions {}
export function createDatesStage(_options: DatesOptions = {}): Stage<'tokens' | 'sentences', 'dates'> {
  return { name: 'dates', reads: ['tokens', 'sentences'], writes: ['dates'], run: () => ({ dates: [] }) };
}
