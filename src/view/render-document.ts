/** One annotated document → one self-contained HTML page (inline style and script, no requests). */
import type { Annotation, Offsets, Quantity, Source, Sourcing } from '../document.js';
import { ARTICLE_SCRIPT, ARTICLE_STYLE, SOURCING_COLOURS } from './assets.js';
import { escapeHtml, page, percent } from './html.js';
import { nest, type MarkSpan } from './intervals.js';

export interface RenderDocumentOptions {
  /** Link to the corpus index from the page header (default "index.html"; null for none). */
  indexHref?: string | null;
}

/** Nesting ranks: quotes outermost, then speaker and cue, then entity mentions, then values. */
const RANK = { quote: 0, attribution: 1, entity: 2, value: 3 } as const;

function attrs(pairs: Record<string, string | number | null | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

function quantityTitle(q: Quantity): string {
  const value = q.value === null ? 'no value' : String(q.value);
  return `${q.kind} ${q.approximate ? '≈ ' : ''}${value}${q.unit ? ` ${q.unit}` : ''}`;
}

/** Every highlight of the document as a mark span. */
export function markSpans(doc: Annotation): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const sourcingOf = new Map(doc.sources.map((s) => [s.id, s.sourcing] as const));
  for (const q of doc.quotes) {
    const sourcing: Sourcing = (q.sourceId && sourcingOf.get(q.sourceId)) || 'unknown';
    const source = q.sourceId ? doc.sources.find((s) => s.id === q.sourceId) : undefined;
    const title = `${q.kind} quote · ${sourcing}${source ? ` · ${source.name}` : ''}`;
    spans.push({
      start: q.start,
      end: q.end,
      rank: RANK.quote,
      open: `<mark${attrs({ class: `q q-${sourcing}`, 'data-quote-id': q.id, 'data-source-id': q.sourceId, tabindex: 0, title })}>`,
      close: '</mark>',
    });
    if (q.speaker) spans.push({ start: q.speaker.start, end: q.speaker.end, rank: RANK.attribution, open: `<span${attrs({ class: 'spk', 'data-speaker-of': q.id })}>`, close: '</span>' });
    if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, rank: RANK.attribution, open: `<span${attrs({ class: 'cue', 'data-cue-of': q.id })}>`, close: '</span>' });
  }
  for (const e of doc.entities) {
    const open = `<span${attrs({ class: `ent ent-${e.type}`, 'data-entity-id': e.id, title: `${e.type} · ${e.name}` })}>`;
    for (const m of e.mentions) spans.push({ start: m.start, end: m.end, rank: RANK.entity, open, close: '</span>' });
  }
  for (const d of doc.dates) {
    spans.push({ start: d.start, end: d.end, rank: RANK.value, open: `<span${attrs({ class: 'tmx', title: `${d.type} ${d.value ?? 'unresolved'}` })}>`, close: '</span>' });
  }
  for (const q of doc.quantities) {
    spans.push({ start: q.start, end: q.end, rank: RANK.value, open: `<span${attrs({ class: 'qty', title: quantityTitle(q) })}>`, close: '</span>' });
  }
  return spans;
}

/** The blocks shown as paragraphs: the paragraph layer, plus any non-blank text it leaves out. */
export function blocks(text: string, paragraphs: readonly Offsets[]): Offsets[] {
  const out: Offsets[] = [];
  let at = 0;
  const gap = (a: number, b: number): void => {
    if (b > a && text.slice(a, b).trim() !== '') out.push({ start: a, end: b });
  };
  for (const p of paragraphs) {
    if (p.start < at) continue;
    gap(at, p.start);
    if (p.end > p.start) out.push({ start: p.start, end: p.end });
    at = p.end;
  }
  gap(at, text.length);
  return out;
}

/** The article's text with all spans nested, one <p> per block (quotes split at block breaks). */
export function renderText(doc: Annotation): string {
  const text = doc.document.text;
  const spans = markSpans(doc);
  const html = blocks(text, doc.paragraphs).map((b) => `<p>${nest(text, b.start, b.end, spans, escapeHtml)}</p>`);
  return html.length ? html.join('\n') : '<p class="empty">(empty article)</p>';
}

const SOURCING_ORDER: Sourcing[] = ['named', 'official', 'anonymous', 'unknown'];

/** A horizontal bar of quotes by sourcing, as inline SVG (no style attributes, so the CSP holds). */
export function sourcingBar(counts: Record<Sourcing, number>, width = 260, height = 14): string {
  const total = SOURCING_ORDER.reduce((n, k) => n + counts[k], 0);
  let x = 0;
  const rects = SOURCING_ORDER.filter((k) => counts[k] > 0).map((k) => {
    const w = total ? (counts[k] / total) * width : 0;
    const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${height}" fill="${SOURCING_COLOURS[k]}"><title>${k}: ${counts[k]} of ${total} quotes</title></rect>`;
    x += w;
    return r;
  });
  const bg = `<rect x="0" y="0" width="${width}" height="${height}" fill="#eeeeee"/>`;
  return `<svg class="bar" role="img" aria-label="quotes by sourcing" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bg}${rects.join('')}</svg>`;
}

function summaryHtml(doc: Annotation): string {
  const s = doc.summary;
  const byId = new Map(doc.sources.map((x) => [x.id, x] as const));
  const noReason = s.anonymousWithoutReasonIds.map((id) => byId.get(id)?.name ?? id);
  const legend = SOURCING_ORDER.map((k) => `<span class="badge b-${k}">${k} ${s.quotesBySourcing[k]}</span>`).join(' ');
  return `<section class="summary" aria-label="sourcing summary">
<span class="stat">quotes <b>${s.counts.quotes}</b></span>
<span class="stat">sources <b>${s.counts.sources}</b></span>
${sourcingBar(s.quotesBySourcing)}
<span>${legend}</span>
<span class="stat" id="anonymous-share">anonymous share <b>${percent(s.anonymousQuoteShare)}</b></span>
<span class="stat${s.anonymousWithoutReason ? ' warn' : ''}" id="anonymous-without-reason"${noReason.length ? ` title="${escapeHtml(noReason.join('; '))}"` : ''}>anonymous sources without a stated reason <b>${s.anonymousWithoutReason}</b></span>
</section>`;
}

function rosterHtml(doc: Annotation): string {
  if (!doc.sources.length) return '<p class="empty">No sources found.</p>';
  const items = doc.sources.map((s: Source) => {
    const sub = [s.role, s.affiliation].filter((x): x is string => !!x).join(', ');
    const flags = [s.sourcing === 'anonymous' && !s.anonymityReason ? 'no reason stated' : null, s.noComment ? 'no comment' : null].filter(Boolean).join(' · ');
    return `<li${attrs({ class: `s-${s.sourcing}`, 'data-source-id': s.id, tabindex: 0 })}><span class="count">${s.quoteIds.length} ${s.quoteIds.length === 1 ? 'quote' : 'quotes'}</span><span class="badge b-${s.sourcing}">${s.sourcing}</span> ${escapeHtml(s.name)}${sub ? `<div class="sub">${escapeHtml(sub)}</div>` : ''}${flags ? `<div class="sub">${escapeHtml(flags)}</div>` : ''}</li>`;
  });
  return `<ul class="roster">\n${items.join('\n')}\n</ul>`;
}

/** The data the page script needs to fill the source card (the rest is in the markup). */
function pageData(doc: Annotation): unknown {
  return {
    quotes: doc.quotes.map((q) => ({ id: q.id, text: q.text, kind: q.kind, cue: q.cue, speaker: q.speaker, sourceId: q.sourceId, confidence: q.confidence, rule: q.rule })),
    sources: doc.sources,
    entities: doc.entities.map((e) => ({ id: e.id, type: e.type, name: e.name })),
  };
}

/** The whole page for one document. */
export function renderDocument(doc: Annotation, options: RenderDocumentOptions = {}): string {
  const indexHref = options.indexHref === undefined ? 'index.html' : options.indexHref;
  const d = doc.document;
  const title = d.title ?? d.id;
  const meta = [d.date, d.source, `presslens ${doc.pipeline.version}`].filter(Boolean).map((x) => escapeHtml(String(x)));
  const back = indexHref ? `<a href="${escapeHtml(indexHref)}">← all articles</a> · ` : '';
  const body = `<header>
<h1>${escapeHtml(title)}</h1>
<div class="meta">${back}${meta.join(' · ')}</div>
</header>
${summaryHtml(doc)}
<div class="layout">
<article id="text" aria-label="article text">
${renderText(doc)}
</article>
<aside>
<h2>Selected quote</h2>
<div id="card" aria-live="polite"><span class="hint">Select a quote (or a source below) to see who said it.</span></div>
<h2>Sources</h2>
${rosterHtml(doc)}
<h2>Legend</h2>
<div class="legend"><span class="ent ent-PERSON">person</span><span class="ent ent-ORG">organisation</span><span class="ent ent-PLACE">place</span><span class="tmx">date</span><span class="qty">quantity</span><br>quotes: <span class="q q-named">named</span> <span class="q q-official">official</span> <span class="q q-anonymous">anonymous</span> <span class="q q-unknown">unknown</span><br>hover a date or quantity for its value</div>
</aside>
</div>`;
  return page({ title: `${title} · presslens`, style: ARTICLE_STYLE, script: ARTICLE_SCRIPT, body, data: pageData(doc) });
}
