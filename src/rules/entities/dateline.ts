/**
 * A dateline opens a story's first line: a place in capitals, perhaps a region, a date and the
 * agency ("PITTSBURGH —", "SEOUL, Oct 22 (Tidewire) -", "LAGOS/ABUJA, March 10 (Wire) -").
 */

/** Is the text from the start of its line up to `at` the head of a dateline? */
export function datelineBefore(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 60 && /^\p{Lu}{2,}[\p{Lu} .'’/-]*(?:,[^\n]*)?\s*$/u.test(text.slice(lineStart, at));
}
