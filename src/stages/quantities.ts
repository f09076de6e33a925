import type { Stage } from '../pipeline.js';
export interface QuantitiesOptions {}
export function createQuantitiesStage(_options: QuantitiesOptions = {}): Stage<'tokens' | 'dates', 'quantities'> {
  return { name: 'quantities', reads: ['tokens', 'dates'], writes: ['quantities'], run: () => ({ quantities: [] }) };
}
