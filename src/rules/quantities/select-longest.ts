/** Overlap resolution shared by the dates and quantities stages. */

/**
 * Marks for the characters taken so far, reused across calls (allocating a fresh typed array of
 * the text's length each time cost more than the selection itself). All zero between calls.
 */
let marks = new Uint8Array(1024);

/**
 * Keep the longest candidates that do not overlap (ties: `better`), sorted by (start, end).
 * Linear in the text: taken characters are marked, not compared pairwise.
 */
export function selectLongest<T extends { start: number; end: number }>(candidates: readonly T[], textLength: number, better: (a: T, b: T) => number = () => 0): T[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || better(a, b) || a.start - b.start);
  if (marks.length < textLength + 1) marks = new Uint8Array(Math.max(textLength + 1, marks.length * 2));
  const taken = marks;
  const out: T[] = [];
  try {
    for (const c of ordered) {
      if (c.end <= c.start || c.end > textLength) continue;
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      out.push(c);
    }
  } finally {
    for (const c of out) taken.fill(0, c.start, c.end);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
