/**
 * A dateline opens a story's first line: a place in capitals, perhaps a region, a date and the
 * agency ("PITTSBURGH —", "SEOUL, Oct 22 (Wireline) -", "LAGOS/ABUJA, March 10 (Wire) -").
 */

/** Is the text from the start of its line up to `at` the head of a dateline? */
export function datelineBefore(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 60 && /^\p{Lu}{2,}[\p{Lu} .'’/-]*(?:,[^\n]*)?\s*$/u.test(text.slice(lineStart, at));
}

/** A dateline at `at`, with its dash and the space after it: "OSLO, Feb 18 (Wireline) - ", "AUSTIN, Texas — ". */
const DATELINE_AT = /^\p{Lu}{2,}[\p{Lu} .'’/-]*(?:,[^\n—–]{0,40}?)?\s+[—–-]{1,2}\s+/u;

/** Where the story begins after a dateline at `at` (`at` itself when none opens there). */
export function afterDateline(text: string, at: number): number {
  const m = DATELINE_AT.exec(text.slice(at, at + 70));
  return m ? at + m[0].length : at;
}

/** Is `at` inside the dateline that opens its line? */
export function inDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 60 && afterDateline(text, lineStart) > at;
}
