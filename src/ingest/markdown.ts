/**
 * Markdown to clean article text: markup removed, paragraphs separated by blank lines, soft line
 * breaks joined. Every later offset points into this clean text.
 */

/** Backslash-escaped punctuation is hidden in the private use area while markup is removed. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>"'~|])/g;
const HIDDEN = /[\ue000-\ue07f]/g;

/*
 * Every pattern below is linear in the line's length: a bracket, tag or delimiter run may not
 * contain its own opening character, so a scan from one opener stops at the next one (a 1 MB line
 * of "[" or "**a " would otherwise cost minutes).
 */
const IMAGE = /!\[([^[\]\n]*)\]\([^()\n]*\)/g;
const INLINE_LINK = /\[([^[\]\n]+)\]\([^()\n]*\)/g;
const REFERENCE_LINK = /\[([^[\]\n]+)\]\[[^[\]\n]*\]/g;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const CODE = /`([^`\n]+)`/g;
const STRONG_STARS = /\*\*(?=[^\s*])([^*\n]*[^\s*])\*\*/g;
const STRONG_UNDERSCORES = /__(?=[^\s_])([^_\n]*[^\s_])__/g;
const EMPHASIS_STAR = /(^|[^\w*])\*(?=[^\s*])([^*\n]*[^\s*])\*(?!\w)/g;
const EMPHASIS_UNDERSCORE = /(^|[^\w_])_(?=[^\s_])([^_\n]*[^\s_])_(?!\w)/g;
const STRIKETHROUGH = /~~(?=[^\s~])([^~\n]*[^\s~])~~/g;

function stripInline(line: string): string {
  const escapes = line.includes('\\');
  let clean = escapes ? line.replace(ESCAPED, (_m, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0))) : line;
  clean = clean
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(HTML_TAG, '')
    .replace(CODE, '$1')
    .replace(STRONG_STARS, '$1')
    .replace(STRONG_UNDERSCORES, '$1')
    .replace(EMPHASIS_STAR, '$1$2')
    .replace(EMPHASIS_UNDERSCORE, '$1$2')
    // strong around emphasis ("**a *b* c**") once the emphasis is gone
    .replace(STRONG_STARS, '$1')
    .replace(STRONG_UNDERSCORES, '$1')
    .replace(STRIKETHROUGH, '$1');
  return escapes ? clean.replace(HIDDEN, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)) : clean;
}

/** Clean text of a Markdown body (front matter already removed). */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  let fence: string | null = null;
  for (const raw of markdown.split('\n')) {
    if (fence !== null) {
      if (raw.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const fenceOpen = /^\s*(```+|~~~+)/.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    let line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (/^(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    if (/^\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^=+$|^-+$/.test(line) && current.length) {
      flush(); // setext heading underline
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      // the optional closing hashes ("## Title ##"), without a backtracking pattern
      const title = heading[1]!.trimEnd();
      const closing = /(?:^|\s)#+$/.exec(title);
      const clean = stripInline(closing ? title.slice(0, closing.index).trimEnd() : title).trim();
      if (clean) current.push(clean);
      flush();
      continue;
    }
    line = line.replace(/^(?:>\s?)+/, '');
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      line = item[1]!;
    }
    const clean = stripInline(line).trim();
    if (clean) current.push(clean);
  }
  flush();
  return paragraphs.join('\n\n');
}
