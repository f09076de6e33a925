/** Binary searches over arrays sorted by offset, shared by the stages. */
import type { Token } from './document.js';

/** The first index in [0, length) where `before(i)` is false, for a `before` true on a prefix. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that ends after `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.end <= offset);
}
