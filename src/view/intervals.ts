/**
 * Overlapping spans → properly nested markup. The text is cut at every span boundary; each
 * piece knows which spans cover it; a stack of open elements is kept, and at each piece the
 * stack is closed down to the longest prefix it shares with the wanted (ranked) list and the
 * rest is opened. A span that crosses another is thus split into several elements, each
 * carrying the same attributes (so `data-quote-id` may appear on several pieces).
 */

/** A span to mark up. `rank` orders nesting: lower ranks sit outside higher ones. */
export interface MarkSpan {
  start: number;
  end: number;
  rank: number;
  /** The opening tag, e.g. `<mark class="q" data-quote-id="q-1">`: already escaped. */
  open: string;
  /** The closing tag, e.g. `</mark>`. */
  close: string;
}

/** A piece of text between two boundaries and the spans covering it, outermost first. */
export interface Piece {
  start: number;
  end: number;
  spans: MarkSpan[];
}

/** Outer before inner: lower rank, then earlier start, then longer, then input order. */
function compareNesting(a: MarkSpan, b: MarkSpan, order: Map<MarkSpan, number>): number {
  return a.rank - b.rank || a.start - b.start || b.end - a.end || order.get(a)! - order.get(b)!;
}

/** Cut [from, to) at every boundary of the spans inside it; empty spans are dropped. */
export function pieces(from: number, to: number, spans: readonly MarkSpan[]): Piece[] {
  const order = new Map(spans.map((s, i) => [s, i] as const));
  const inside = spans.filter((s) => s.end > s.start && s.end > from && s.start < to);
  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = inside.filter((s) => s.start <= a && s.end >= b).sort((x, y) => compareNesting(x, y, order));
    out.push({ start: a, end: b, spans: covering });
  }
  return out;
}

/**
 * Markup for text[from, to) with the spans nested. `escape` turns raw text into HTML.
 * The output is always well nested: every element opened is closed before its parent.
 */
export function nest(text: string, from: number, to: number, spans: readonly MarkSpan[], escape: (s: string) => string): string {
  const stack: MarkSpan[] = [];
  let html = '';
  for (const piece of pieces(from, to, spans)) {
    let common = 0;
    while (common < stack.length && common < piece.spans.length && stack[common] === piece.spans[common]) common++;
    while (stack.length > common) html += stack.pop()!.close;
    for (let i = common; i < piece.spans.length; i++) {
      const s = piece.spans[i]!;
      html += s.open;
      stack.push(s);
    }
    html += escape(text.slice(piece.start, piece.end));
  }
  while (stack.length) html += stack.pop()!.close;
  return html;
}
