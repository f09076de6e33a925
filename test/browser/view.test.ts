/**
 * The HTML view in a real browser: Debian's chromium driven by playwright-core. Skipped, with
 * a message, where chromium is not installed (CI installs it: see .ci/run).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialize } from '../../src/annotate.js';
import { viewInput } from '../../src/view/write-view.js';
import { ferryDocument, hostileDocument, HOSTILE_IMG, HOSTILE_SCRIPT } from './fixtures.js';

const CHROMIUM = process.env.PRESSLENS_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

const SCREENSHOT = new URL('../../docs/screenshot.png', import.meta.url);

describe.skipIf(!hasChromium)('HTML view in Chromium', () => {
  const ferry = ferryDocument();
  const hostile = hostileDocument();
  let browser: Browser;
  let html: string;
  /** Console errors and CSP reports: the view's own code must never trip its policy. */
  const complaints: string[] = [];

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('console', (m) => {
      if (m.type() === 'error') complaints.push(`${file}: ${m.text()}`);
    });
    page.on('pageerror', (e) => complaints.push(`${file}: ${e.message}`));
    await page.goto(pathToFileURL(join(html, file)).href);
    return page;
  }

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presslens-browser-'));
    await writeFile(join(dir, 'ferry-vote.json'), serialize(ferry));
    await writeFile(join(dir, 'hostile.json'), serialize(hostile));
    await writeFile(join(dir, 'errors.jsonl'), `${JSON.stringify({ key: 'unreadable.pdf', source: 'in/unreadable.pdf', error: 'in/unreadable.pdf: binary input' })}\n`);
    html = join(dir, 'html');
    await viewInput(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows one highlighted quote per JSON quote and one roster entry per source', async () => {
    const page = await open('ferry-vote.html');
    const ids = await page.$$eval('#text [data-quote-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-quote-id')))]);
    expect(ids.sort()).toEqual(ferry.quotes.map((q) => q.id).sort());
    const roster = await page.$$eval('.roster [data-source-id]', (els) => els.map((e) => e.getAttribute('data-source-id')));
    expect(roster).toEqual(ferry.sources.map((s) => s.id));
    const mentions = await page.$$eval('#text [data-entity-id]', (els) => els.length);
    expect(mentions).toBe(ferry.entities.reduce((n, e) => n + e.mentions.length, 0));
    await page.close();
  });

  it('clicking a quote shows its source card, speaker and cue, and the source’s other quotes', async () => {
    const page = await open('ferry-vote.html');
    const quote = ferry.quotes.find((q) => q.text.startsWith('We cannot wait'))!;
    await page.click(`[data-quote-id="${quote.id}"]`);
    const card = await page.locator('#card').innerText();
    expect(card).toContain('Lena Okafor');
    expect(card).toMatch(/role\s+Mayor/);
    expect(card).toMatch(/speaker\s+Mayor Lena Okafor/);
    expect(card).toMatch(/rule\s+fixture/);
    expect(await page.locator(`[data-speaker-of="${quote.id}"].active`).innerText()).toBe('Mayor Lena Okafor');
    expect(await page.locator(`[data-cue-of="${quote.id}"].active`).innerText()).toBe('said');
    const others = ferry.sources.find((s) => s.id === 'okafor')!.quoteIds.filter((id) => id !== quote.id);
    const marked = await page.$$eval('.q.same-source', (els) => [...new Set(els.map((e) => e.getAttribute('data-quote-id')))]);
    expect(marked.sort()).toEqual(others.sort());
    expect(await page.locator('.roster li.selected').getAttribute('data-source-id')).toBe('okafor');

    // An anonymous source with a stated reason, then one without.
    const staffQuote = ferry.quotes.find((q) => q.sourceId === 'staff')!;
    await page.click(`[data-quote-id="${staffQuote.id}"]`);
    expect(await page.locator('#card').innerText()).toMatch(/anonymity reason\s+they were not authorized to speak publicly/);
    expect(await page.locator('.q.selected').count()).toBe(1);
    await page.locator('.roster [data-source-id="officials"]').click();
    expect(await page.locator('#card').innerText()).toMatch(/anonymity reason\s+none stated in the article/);
    await page.close();
  });

  it('selecting a quote that spans two paragraphs selects both of its pieces', async () => {
    const page = await open('ferry-vote.html');
    const multi = ferry.quotes.find((q) => q.text.includes('\n'))!;
    await page.locator(`[data-quote-id="${multi.id}"]`).last().click();
    expect(await page.locator(`[data-quote-id="${multi.id}"].selected`).count()).toBe(2);
    expect(await page.locator('#card').innerText()).toContain('Ravi Menon');
    await page.close();
  });

  it('a date or quantity shows its normalised value on hover (title)', async () => {
    const page = await open('ferry-vote.html');
    expect(await page.locator('.tmx', { hasText: 'Tuesday' }).getAttribute('title')).toBe('DATE 2025-05-13');
    expect(await page.locator('.qty', { hasText: '$3.2 million' }).getAttribute('title')).toBe('MONEY ≈ 3200000 USD');
    await page.close();
  });

  it('article text with <script> and <img onerror> is shown as text and never runs', async () => {
    const page = await open('hostile.html');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = await page.locator('#text').innerText();
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(text).toContain(HOSTILE_IMG);
    expect(await page.locator('img').count()).toBe(0);
    await page.click('[data-quote-id]');
    expect(await page.locator('#card').innerText()).toContain(HOSTILE_IMG);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toContain('</title><script>');
    await page.close();
  });

  it('the CSP blocks a script that is not the view’s own, even one injected at run time', async () => {
    const page = await open('ferry-vote.html');
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __pwned?: number }).__pwned;
    });
    expect(ran).toBeUndefined();
    // That refusal is the only complaint this page may produce; drop it.
    const refused = complaints.filter((c) => c.startsWith('ferry-vote.html') && /Content Security Policy/.test(c));
    expect(refused.length).toBeGreaterThan(0);
    complaints.splice(0, complaints.length, ...complaints.filter((c) => !refused.includes(c)));
    await page.close();
  });

  it('index.html lists the articles and the failed input, sorts by a clicked header, and charts anonymous share', async () => {
    const page = await open('index.html');
    const rows = (): Promise<string[]> => page.$$eval('#articles tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id') ?? ''));
    expect(await rows()).toEqual(['ferry-vote', 'hostile', 'unreadable.pdf']);
    expect(await page.locator('tr.failed').innerText()).toContain('binary input');
    await page.click('th:has-text("quotes")');
    expect(await rows()).toEqual(['unreadable.pdf', 'hostile', 'ferry-vote']);
    await page.click('th:has-text("quotes")');
    expect(await rows()).toEqual(['ferry-vote', 'hostile', 'unreadable.pdf']);
    expect(await page.locator('#share-chart .chart-row').count()).toBe(2);
    await page.click('a:has-text("Harbor City council")');
    expect(page.url()).toMatch(/ferry-vote\.html$/);
    await page.close();
  });

  it('saves a screenshot of an article with a quote selected (docs/screenshot.png)', async () => {
    const page = await open('ferry-vote.html');
    await page.click(`[data-quote-id="${ferry.quotes.find((q) => q.sourceId === 'staff')!.id}"]`);
    await mkdir(new URL('.', SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT.pathname, clip: { x: 0, y: 0, width: 1280, height: 760 } });
    expect(png.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('no page produced a script error or a CSP violation of its own', () => {
    expect(complaints).toEqual([]);
  });
});
