/** Optional YAML front matter at the top of a text or Markdown file. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let parseYaml: typeof import('yaml').parse | undefined;

/** The yaml parser, loaded on the first file with front matter: a run of plain text or JSONL skips its ~50 ms of start-up. */
function yamlParser(): typeof import('yaml').parse {
  parseYaml ??= (require('yaml') as typeof import('yaml')).parse;
  return parseYaml;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Where the body begins in the (normalised) file text. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Returns the parsed front matter, or null when the file has none; throws on broken YAML. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FENCE.exec(text);
  if (!m) return null;
  const data: unknown = yamlParser()(m[1]!);
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) throw new Error('front matter is not a YAML mapping');
  return { data: (data ?? {}) as Record<string, unknown>, bodyStart: m[0].length };
}
