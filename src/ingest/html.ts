/** HTML to article text with @mozilla/readability over linkedom; title and date from meta tags. */
import { createRequire } from 'node:module';
import { isoDate } from './metadata.js';

type HtmlLibraries = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
const require = createRequire(import.meta.url);
let libraries: HtmlLibraries | undefined;

/** linkedom and Readability, loaded on the first HTML article: a run of text (and each worker thread) skips their ~0.25 s start-up. */
function htmlLibraries(): HtmlLibraries {
  libraries ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return libraries;
}

export interface HtmlArticle {
  title: string | null;
  date: string | null;
  text: string;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

const BOILERPLATE = 'nav, aside, form, script, style, noscript, template, body > header, body > footer';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function metaDate(document: Document): string | null {
  for (const sel of DATE_SELECTORS) {
    const d = isoDate(document.querySelector(sel)?.getAttribute('content') ?? null);
    if (d) return d;
  }
  const time = document.querySelector('time[datetime]');
  const d = isoDate(time?.getAttribute('datetime') ?? null);
  if (d) return d;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const ld = m ? isoDate(m[1]) : null;
    if (ld) return ld;
  }
  return null;
}

/** Paragraph texts of the block elements under root, innermost blocks only. */
function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const blocks = [...root.querySelectorAll(BLOCKS)];
  for (const el of blocks) {
    if (el.querySelector(BLOCKS)) continue; // a container: its inner blocks are taken instead
    const t = clean(el.textContent ?? '');
    if (t) out.push(t);
  }
  if (!out.length) {
    const t = clean(root.textContent ?? '');
    if (t) out.push(t);
  }
  return out;
}

/**
 * Readability's cost grows steeply with the nesting depth (2,000 nested blocks take over a minute).
 * Deeper pages, which no real article is, get the simple block extraction below instead.
 */
const MAX_READABILITY_DEPTH = 150;

function deeperThan(root: Element | null, limit: number): boolean {
  if (!root) return false;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const date = metaDate(document as unknown as Document);
  const titleTag = clean(document.querySelector('title')?.textContent ?? '');
  // Navigation, asides, forms and the page's own header and footer are never the article: removed
  // before Readability looks, so a page without an article body gives no text rather than its menu.
  for (const el of document.querySelectorAll(BOILERPLATE)) el.remove();
  let paragraphs: string[] = [];
  try {
    if (deeperThan(document.body as unknown as Element | null, MAX_READABILITY_DEPTH)) throw new Error('too deeply nested for Readability');
    const article = new Readability(document as unknown as Document).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      paragraphs = blockTexts(inner.body as unknown as Element);
    }
  } catch {
    paragraphs = [];
  }
  if (!paragraphs.length) {
    const body = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    if (body) {
      for (const el of body.querySelectorAll('script, style, noscript, nav, header, footer')) el.remove();
      paragraphs = blockTexts(body as unknown as Element);
    }
  }
  return { title: clean(ogTitle ?? '') || titleTag || null, date, text: paragraphs.join('\n\n') };
}
