/**
 * Markdown to clean article text: markup removed, paragraphs separated by blank lines, soft line
 * breaks joined. Every later offset points into this clean text.
 */

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '') // images
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1') // inline links
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1') // reference links
    .replace(/<\/?[A-Za-z][^>\n]*>/g, '') // inline HTML tags
    .replace(/`([^`\n]+)`/g, '$1') // inline code
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2') // strong
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2') // emphasis with *
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2') // emphasis with _
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1') // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1'); // escapes
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
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(stripInline(heading[1]!));
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
