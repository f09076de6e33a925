/** Every test that produces a document checks the contract with this. */
import { expect } from 'vitest';
import { findProblems } from '../../src/validate.js';

export function expectValid(doc: unknown): void {
  expect(findProblems(doc)).toEqual([]);
}
