import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/annotate.js';
import { findProblems } from '../../src/validate.js';
import { blocks, renderDocument } from '../../src/view/render-document.js';
import { renderIndex } from '../../src/view/render-index.js';
import { viewInput, viewRun } from '../../src/view/write-view.js';
import { ferryDocument, hostileDocument, HOSTILE_IMG, HOSTILE_SCRIPT } from '../browser/fixtures.js';

function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The text of every element carrying data-quote-id=id, in document order. */
function quotePieces(doc: Document, id: string): string {
  return [...doc.querySelectorAll(`[data-quote-id="${id}"]`)].map((e) => e.textContent).join('');
}

const sha = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('renderDocument', () => {
  const doc = ferryDocument();
  const page = dom(renderDocument(doc));

  it('the fixtures honour the annotation contract', () => {
    expect(findProblems(doc)).toEqual([]);
    expect(findProblems(hostileDocument())).toEqual([]);
  });

  it('one highlighted quote per JSON quote, its pieces spelling exactly the quote text minus paragraph breaks', () => {
    const ids = new Set([...page.querySelectorAll('#text [data-quote-id]')].map((e) => e.getAttribute('data-quote-id')));
    expect([...ids].sort()).toEqual(doc.quotes.map((q) => q.id).sort());
    for (const q of doc.quotes) expect(quotePieces(page, q.id)).toBe(q.text.replace(/\n+/g, ''));
  });

  it('a quote over a paragraph break is split into one element per paragraph', () => {
    const multi = doc.quotes.find((q) => q.text.includes('\n'))!;
    expect(page.querySelectorAll(`[data-quote-id="${multi.id}"]`).length).toBe(2);
  });

  it('quotes are outermost: no quote element sits inside an entity, date or quantity element', () => {
    for (const q of page.querySelectorAll('[data-quote-id]')) expect(q.parentElement?.closest('[data-entity-id], .tmx, .qty')).toBeNull();
  });

  it('every entity mention is one element with its entity id; colours follow the type', () => {
    for (const e of doc.entities) {
      const els = [...page.querySelectorAll(`#text [data-entity-id="${e.id}"]`)];
      expect(els.map((x) => x.textContent)).toEqual(e.mentions.map((m) => m.text));
      for (const x of els) expect(x.classList.contains(`ent-${e.type}`)).toBe(true);
    }
  });

  it('dates and quantities show their normalised value in the title', () => {
    const titles = [...page.querySelectorAll('.tmx, .qty')].map((e) => `${e.textContent} → ${e.getAttribute('title')}`);
    expect(titles).toContain('Tuesday → DATE 2025-05-13');
    expect(titles).toContain('about $3.2 million → MONEY ≈ 3200000 USD');
  });

  it('quotes are coloured by their source’s sourcing; unresolved quotes are "unknown"', () => {
    const cls = (id: string): string => page.querySelector(`[data-quote-id="${id}"]`)!.getAttribute('class')!;
    for (const q of doc.quotes) {
      const sourcing = doc.sources.find((s) => s.id === q.sourceId)?.sourcing ?? 'unknown';
      expect(cls(q.id)).toBe(`q q-${sourcing}`);
    }
  });

  it('the roster lists every source once with its quote count', () => {
    const items = [...page.querySelectorAll('.roster [data-source-id]')];
    expect(items.map((i) => i.getAttribute('data-source-id'))).toEqual(doc.sources.map((s) => s.id));
    expect(page.querySelector('.roster [data-source-id="okafor"] .count')!.textContent).toBe('3 quotes');
  });

  it('the summary bar states the anonymous share and the sources without a stated reason', () => {
    expect(page.querySelector('#anonymous-share')!.textContent).toBe(`anonymous share ${Math.round(doc.summary.anonymousQuoteShare! * 100)}%`);
    expect(page.querySelector('#anonymous-without-reason b')!.textContent).toBe('1');
    expect(page.querySelector('#anonymous-without-reason')!.getAttribute('title')).toBe('Officials');
  });

  it('the whole article text is on the page, paragraph by paragraph', () => {
    const shown = [...page.querySelectorAll('#text p')].map((p) => p.textContent);
    expect(shown).toEqual(blocks(doc.document.text, doc.paragraphs).map((b) => doc.document.text.slice(b.start, b.end)));
  });

  it('the CSP allows exactly the page’s own script and style, by hash, and nothing external', () => {
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const scripts = [...page.querySelectorAll('script:not([type])')];
    expect(scripts.length).toBe(1);
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`script-src ${sha(scripts[0]!.textContent!)}`);
    expect(csp).toContain(`style-src ${sha(page.querySelector('style')!.textContent!)}`);
    expect(page.querySelectorAll('[src], link, [style]').length).toBe(0);
  });

  it('the same document renders to the same bytes', () => {
    expect(renderDocument(ferryDocument())).toBe(renderDocument(doc));
  });
});

describe('untrusted text', () => {
  const doc = hostileDocument();
  const html = renderDocument(doc);
  const page = dom(html);

  it('markup in the article, title and source names is text, never elements', () => {
    expect(page.querySelectorAll('img, #text b, .roster b, header b').length).toBe(0);
    expect(page.querySelectorAll('script:not([type])').length).toBe(1);
    expect(page.querySelector('#text')!.textContent).toContain(HOSTILE_SCRIPT);
    expect(page.querySelector('#text')!.textContent).toContain(HOSTILE_IMG);
    expect(page.querySelector('title')!.textContent).toContain('</title><script>');
    expect(page.querySelector('.roster li')!.textContent).toContain(HOSTILE_IMG);
  });

  it('the embedded JSON cannot close its script element', () => {
    const data = page.querySelector('#presslens-data')!.textContent!;
    expect(data).not.toMatch(/<\/?script/i);
    expect((JSON.parse(data) as { sources: { name: string }[] }).sources[0]!.name).toContain(HOSTILE_IMG);
  });
});

describe('renderIndex and viewInput', () => {
  it('a table row per article and per failed input, and a bar per article with quotes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-view-'));
    await writeFile(join(dir, 'ferry-vote.json'), serialize(ferryDocument()));
    await writeFile(join(dir, 'hostile.json'), serialize(hostileDocument()));
    await writeFile(join(dir, 'errors.jsonl'), `${JSON.stringify({ key: 'broken.txt', source: 'corpus/broken.txt', error: 'corpus/broken.txt: empty article' })}\n`);
    await writeFile(join(dir, 'index.json'), JSON.stringify({ documents: [] }));
    const report = await viewInput(dir);
    expect((await readdir(join(dir, 'html'))).sort()).toEqual(['ferry-vote.html', 'hostile.html', 'index.html']);
    const index = dom(await readFile(report.index, 'utf8'));
    const rows = [...index.querySelectorAll('#articles tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['ferry-vote', 'hostile', 'broken.txt']);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('ferry-vote.html');
    expect(rows[2]!.textContent).toContain('empty article');
    expect(index.querySelectorAll('#share-chart .chart-row').length).toBe(2);
  });

  it('writes into --out and refuses a file that is not an annotation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-view-'));
    await mkdir(join(dir, 'x'));
    await writeFile(join(dir, 'x', 'one.json'), serialize(ferryDocument()));
    await writeFile(join(dir, 'gold.json'), '{"format":"text-anchored gold v1"}');
    const report = await viewInput(join(dir, 'x', 'one.json'), join(dir, 'pages'));
    expect(report.pages).toEqual([join(dir, 'pages', 'one.html')]);
    await expect(viewInput(join(dir, 'gold.json'))).rejects.toThrow(/not a presslens annotation/);
  });

  it('annotate --html renders the documents the run wrote, not stale files beside them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-view-'));
    await writeFile(join(dir, 'ferry-vote.json'), serialize(ferryDocument()));
    await writeFile(join(dir, 'stale.json'), serialize(hostileDocument()));
    await writeFile(join(dir, 'errors.jsonl'), `${JSON.stringify({ key: 'bad.txt', source: 'bad.txt', error: 'bad.txt: empty article' })}\n`);
    await viewRun(dir, [join(dir, 'ferry-vote.json')]);
    expect((await readdir(join(dir, 'html'))).sort()).toEqual(['ferry-vote.html', 'index.html']);
    const rows = [...dom(await readFile(join(dir, 'html', 'index.html'), 'utf8')).querySelectorAll('#articles tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['ferry-vote', 'bad.txt']);
  });

  it('an index with no quotes anywhere says so instead of an empty chart', () => {
    const html = renderIndex([{ href: 'a.html', id: 'a', title: 'A', date: null, quotes: 0, sources: 0, anonymousQuoteShare: null, anonymousWithoutReason: 0, error: null }]);
    expect(dom(html).querySelector('#share-chart')).toBeNull();
  });
});
