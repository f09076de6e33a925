/** Ingest, one input format at a time: what text and metadata a user gets from each kind of file. */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/document.js';
import { ingestBytes, type IngestOptions, type IngestResult } from '../../src/ingest/ingest.js';
import { markdownToText } from '../../src/ingest/markdown.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function docs(file: string, content: string | Uint8Array, options: IngestOptions = {}): DocumentMeta[] {
  const results = ingestBytes(file, 'key', typeof content === 'string' ? utf8(content) : content, options);
  return results.map((r) => {
    if (!r.ok) throw new Error(`expected ${file} to ingest, got: ${r.error.message}`);
    return r.document;
  });
}

function only(file: string, content: string | Uint8Array, options: IngestOptions = {}): DocumentMeta {
  const all = docs(file, content, options);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function errors(results: IngestResult[]): string[] {
  return results.flatMap((r) => (r.ok ? [] : [r.error.message]));
}

describe('txt', () => {
  it('without front matter: the whole file is the text, no title, no date', () => {
    const d = only('a.txt', 'First paragraph.\n\nSecond paragraph.\n');
    expect(d).toMatchObject({ id: 'key', source: 'a.txt', title: null, date: null, language: 'en', text: 'First paragraph.\n\nSecond paragraph.\n' });
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with YAML front matter: title and date come from it, and the body starts after it', () => {
    const d = only('a.txt', '---\ntitle: "Mayor resigns: a timeline"\ndate: 2025-04-08\nid: story-7\n---\nThe mayor resigned.\n');
    expect(d).toMatchObject({ id: 'story-7', title: 'Mayor resigns: a timeline', date: '2025-04-08', text: 'The mayor resigned.\n' });
  });

  it.each([
    ['a timestamp', '2025-04-08T09:30:00Z', '2025-04-08'],
    ['"published" instead of "date"', null, '2024-12-31'],
  ])('front matter date as %s', (_name, value, expected) => {
    const fm = value === null ? 'published: 2024-12-31' : `date: ${value}`;
    expect(only('a.txt', `---\n${fm}\n---\nBody.`).date).toBe(expected);
  });

  it('the sha256 is of the raw bytes, front matter included', async () => {
    const { createHash } = await import('node:crypto');
    const raw = '---\ntitle: T\n---\nBody.\n';
    expect(only('a.txt', raw).sha256).toBe(createHash('sha256').update(raw).digest('hex'));
  });

  it('a line of dashes later in the text is not front matter', () => {
    const d = only('a.txt', 'Intro.\n---\ntitle: no\n---\nMore.');
    expect(d.title).toBeNull();
    expect(d.text).toBe('Intro.\n---\ntitle: no\n---\nMore.');
  });

  it.each([
    ['an impossible date', '---\ndate: 2025-02-30\n---\nBody.', /a\.txt: date "2025-02-30" is not an ISO date/],
    ['broken YAML', '---\ntitle: [unclosed\n---\nBody.', /a\.txt: front matter is not valid YAML/],
    ['a YAML list', '---\n- a\n- b\n---\nBody.', /a\.txt: .*front matter/],
    ['front matter and nothing else', '---\ntitle: T\n---\n', /a\.txt: the article text is empty/],
  ])('%s is an error naming the file', (_name, content, message) => {
    expect(errors(ingestBytes('a.txt', 'key', utf8(content)))).toEqual([expect.stringMatching(message)]);
  });
});

describe('md: markup removed, paragraph structure kept', () => {
  it.each<[string, string, string]>([
    ['emphasis and strong', 'Some **bold**, __strong__, *em* and _em_ words.', 'Some bold, strong, em and em words.'],
    ['links and images', 'A [link](https://example.org) and ![a chart](chart.png)here.', 'A link and here.'],
    ['reference links and their definitions', 'See [the report][r].\n\n[r]: https://example.org', 'See the report.'],
    ['inline code and HTML', 'Run `make` <b>now</b>.', 'Run make now.'],
    ['headings become their own paragraph', '# A *big* heading\nText under it.', 'A big heading\n\nText under it.'],
    ['setext heading', 'Title\n=====\n\nBody.', 'Title\n\nBody.'],
    ['soft line breaks are joined', 'One line\nand the next.', 'One line and the next.'],
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\nThree.', 'One.\n\nTwo.\n\nThree.'],
    ['list items are paragraphs', '- first item\n- second item\n1. third', 'first item\n\nsecond item\n\nthird'],
    ['block quotes lose their marker', '> “We will win,” she said.', '“We will win,” she said.'],
    ['code blocks are dropped', 'Before.\n\n```\nconst x = 1;\n```\n\nAfter.', 'Before.\n\nAfter.'],
    ['thematic breaks are dropped', 'Before.\n\n* * *\n\nAfter.', 'Before.\n\nAfter.'],
    ['escapes', 'Price: 5\\*3 \\_not em\\_.', 'Price: 5*3 _not em_.'],
    ['curly quotes and apostrophes are kept', '‘It’s “fine”,’ he said.', '‘It’s “fine”,’ he said.'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });

  it('front matter is read from a .md file and the body converted', () => {
    const d = only('story.md', '---\ntitle: Budget\ndate: 2025-01-15\n---\n# Budget\n\nThe **council** voted.\n');
    expect(d).toMatchObject({ title: 'Budget', date: '2025-01-15', text: 'Budget\n\nThe council voted.' });
  });

  it('.markdown is read as Markdown', () => {
    expect(only('story.markdown', 'The *council* voted.').text).toBe('The council voted.');
  });
});

describe('html: the article body via readability, title and date from meta tags', () => {
  const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Council votes</h1>
    <p>The city council voted on Tuesday to expand the bus network, a decision that will add twelve routes.</p>
    <p>“This is a good day for riders,” said the transit director, who has pushed for the change for years.</p></article>
    <footer>Copyright and cookie notices</footer><script>var tracking = 1;</script>`;

  it('keeps the paragraphs of the article and drops navigation, footer, scripts and the heading that repeats the title', () => {
    const d = only('a.html', page('<title>Council votes | City News</title>', article));
    expect(d.text.split('\n\n')).toEqual([
      'The city council voted on Tuesday to expand the bus network, a decision that will add twelve routes.',
      '“This is a good day for riders,” said the transit director, who has pushed for the change for years.',
    ]);
    expect(d.text).not.toMatch(/Home|Copyright|tracking/);
  });

  it.each<[string, string, string | null, string | null]>([
    ['og:title and article:published_time', '<title>Tag</title><meta property="og:title" content="OG title"><meta property="article:published_time" content="2025-02-03T10:00:00Z">', 'OG title', '2025-02-03'],
    ['<title> and meta name=date', '<title>Tag title</title><meta name="date" content="2024-11-05">', 'Tag title', '2024-11-05'],
    ['itemprop datePublished', '<title>T</title><meta itemprop="datePublished" content="2023-07-01">', 'T', '2023-07-01'],
    ['JSON-LD datePublished', '<title>T</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-04T05:06:07Z"}</script>', 'T', '2022-03-04'],
    ['no metadata at all', '', null, null],
  ])('%s', (_name, head, title, date) => {
    const d = only('a.html', page(head, article));
    expect(d.title).toBe(title);
    expect(d.date).toBe(date);
  });

  it('a <time datetime> in the page gives the date', () => {
    expect(only('a.htm', page('<title>T</title>', `<time datetime="2025-05-06">May 6</time>${article}`)).date).toBe('2025-05-06');
  });

  it('the --date fallback applies when the page has no date', () => {
    expect(only('a.html', page('', article), { date: '2020-01-01' }).date).toBe('2020-01-01');
  });
});

describe('json', () => {
  it('a single record: id, title, date and text', () => {
    const d = only('a.json', JSON.stringify({ id: 'r-1', title: 'T', date: '2025-01-02', text: 'Body text.' }));
    expect(d).toMatchObject({ id: 'r-1', source: 'a.json', title: 'T', date: '2025-01-02', text: 'Body text.' });
  });

  it.each(['body', 'content'])('the text may be called "%s"', (field) => {
    expect(only('a.json', JSON.stringify({ [field]: 'Body text.' })).text).toBe('Body text.');
  });

  it('an array: one document per record, keyed by id or position; a bad record fails alone', () => {
    const results = ingestBytes('a.json', 'key', utf8(JSON.stringify([{ id: 'first', text: 'One.' }, { text: 'Two.' }, { id: 'no-text' }, 7])));
    expect(results.map((r) => r.key)).toEqual(['key/first', 'key/2', 'key/no-text', 'key/4']);
    expect(results.map((r) => (r.ok ? r.document.text : null))).toEqual(['One.', 'Two.', null, null]);
    expect(errors(results)).toEqual([
      'a.json[2]: the record has no "text", "body" or "content" string',
      'a.json[3]: the record is not a JSON object',
    ]);
  });

  it('record ids that are not safe file names are made safe for the output path', () => {
    const results = ingestBytes('a.json', 'key', utf8(JSON.stringify([{ id: '../../etc/passwd', text: 'x.' }, { id: 'a b/c', text: 'y.' }])));
    expect(results.map((r) => r.key)).toEqual(['key/.._.._etc_passwd', 'key/a_b_c']);
    for (const r of results) expect(posix.normalize(`out/${r.key}.json`).startsWith('out/key/')).toBe(true);
  });

  it('an empty array is an error, not silence', () => {
    expect(errors(ingestBytes('a.json', 'key', utf8('[]')))).toEqual([expect.stringMatching(/^a\.json: .*no records/)]);
  });

  it('invalid JSON is an error naming the file', () => {
    expect(errors(ingestBytes('a.json', 'key', utf8('{"text": ')))).toEqual([expect.stringMatching(/^a\.json: not valid JSON/)]);
  });
});

describe('jsonl', () => {
  it('one document per line; blank lines skipped; a broken line fails alone with its line number', () => {
    const results = ingestBytes('feed.jsonl', 'feed', utf8('{"id":"a","text":"One."}\n{broken\n\n{"text":"Four.","date":"2025-03-03"}\n'));
    expect(results.map((r) => r.key)).toEqual(['feed/a', 'feed/2', 'feed/4']);
    expect(results[2]).toMatchObject({ ok: true, document: { text: 'Four.', date: '2025-03-03', source: 'feed.jsonl:4' } });
    expect(errors(results)).toEqual([expect.stringMatching(/^feed\.jsonl:2: line 2 is not valid JSON/)]);
  });

  it('.ndjson is JSON Lines', () => {
    expect(docs('feed.ndjson', '{"text":"One."}\n{"text":"Two."}').map((d) => d.text)).toEqual(['One.', 'Two.']);
  });
});

describe('unknown extensions', () => {
  it.each(['a.pdf', 'a.docx', 'README'])('%s is an error listing what presslens reads', (file) => {
    expect(errors(ingestBytes(file, 'key', utf8('text')))).toEqual([expect.stringMatching(/unknown extension .*\.txt .*\.md .*\.html .*\.json .*\.jsonl/)]);
  });
});
