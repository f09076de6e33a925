/** Where a sentence begins, read from the text alone (for rules that have no sentence layer at hand). */

/** Does `offset` open a sentence: the text's start, a new line, or after ". ", "? ", "! " or ": " (opening quotes, brackets and dashes between are ignored)? */
export function opensSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 200), offset);
  return /(?:^|\n|[.!?:]["”’']?\s+)[ \t"“‘'(\[—–-]*$/.test(before);
}
