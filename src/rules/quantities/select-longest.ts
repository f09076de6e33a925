/** Overlap resolution shared by the dates and quantities stages. */
/**
 * Keep the longest candidates that do not overlap (ties: `better`), sorted by (start, end).
 * Linear in the text: taken characters are marked, not compared pairwise.
 */
export function selectLongest<T extends { start: number; end: number }>(candidates: readonly T[], textLength: number, better: (a: T, b: T) => number = () => 0): T[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || better(a, b) || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const out: T[] = [];
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
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
