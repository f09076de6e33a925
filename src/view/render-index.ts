/** The corpus page: a sortable table of articles and a chart of anonymous share per article. */
import { INDEX_SCRIPT, INDEX_STYLE, SOURCING_COLOURS } from './assets.js';
import { escapeHtml, page, percent } from './html.js';

export interface IndexRow {
  /** Where the article page is, relative to index.html (null for a document that failed). */
  href: string | null;
  /** The document id, or the input key for a failed document. */
  id: string;
  title: string | null;
  date: string | null;
  quotes: number | null;
  sources: number | null;
  anonymousQuoteShare: number | null;
  anonymousWithoutReason: number | null;
  error: string | null;
}

function num(n: number | null): string {
  return n === null ? `<td class="num" data-sort="-1">–</td>` : `<td class="num">${n}</td>`;
}

/** Horizontal bars, one per article with quotes, of the anonymous share (inline SVG). */
export function anonymousShareChart(rows: readonly IndexRow[]): string {
  const shown = rows.filter((r) => r.anonymousQuoteShare !== null && r.error === null);
  if (!shown.length) return '<p class="meta">No article has quotes yet, so there is no anonymous share to chart.</p>';
  const label = 220;
  const barW = 300;
  const rowH = 18;
  const height = shown.length * rowH + 20;
  const width = label + barW + 50;
  const bars = shown.map((r, i) => {
    const y = i * rowH;
    const share = r.anonymousQuoteShare!;
    const name = (r.title ?? r.id).length > 34 ? `${(r.title ?? r.id).slice(0, 33)}…` : (r.title ?? r.id);
    return `<g class="chart-row" data-id="${escapeHtml(r.id)}"><text x="${label - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(name)}</text><rect x="${label}" y="${y + 2}" width="${barW}" height="${rowH - 5}" fill="#eeeeee"/><rect x="${label}" y="${y + 2}" width="${(share * barW).toFixed(1)}" height="${rowH - 5}" fill="${SOURCING_COLOURS.anonymous}"><title>${escapeHtml(r.title ?? r.id)}: ${percent(share)} of quotes anonymous</title></rect><text x="${label + barW + 6}" y="${y + 12}">${percent(share)}</text></g>`;
  });
  const axis = [0, 0.5, 1].map((t) => `<text x="${label + t * barW}" y="${height - 4}" text-anchor="middle">${percent(t)}</text>`).join('');
  return `<svg id="share-chart" role="img" aria-label="anonymous share of quotes per article" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars.join('')}${axis}</svg>`;
}

export function renderIndex(rows: readonly IndexRow[], options: { title?: string; note?: string } = {}): string {
  const title = options.title ?? 'presslens: articles';
  const body = rows.map((r) => {
    const name = r.title ?? r.id;
    const link = r.href ? `<a href="${escapeHtml(r.href)}">${escapeHtml(name)}</a>` : escapeHtml(name);
    const share = r.anonymousQuoteShare === null ? `<td class="num" data-sort="-1">–</td>` : `<td class="num" data-sort="${r.anonymousQuoteShare}">${percent(r.anonymousQuoteShare)}</td>`;
    return `<tr${r.error ? ' class="failed"' : ''} data-id="${escapeHtml(r.id)}"><td>${link}</td><td class="date">${escapeHtml(r.date ?? '')}</td>${num(r.quotes)}${num(r.sources)}${share}${num(r.anonymousWithoutReason)}<td class="err">${escapeHtml(r.error ?? '')}</td></tr>`;
  });
  const failed = rows.filter((r) => r.error !== null).length;
  const html = `<h1>${escapeHtml(title)}</h1>
<div class="meta">${rows.length - failed} articles${failed ? `, ${failed} failed` : ''}. Click a column header to sort.${options.note ? ` ${escapeHtml(options.note)}` : ''}</div>
<table id="articles">
<thead><tr><th>article</th><th>date</th><th>quotes</th><th>sources</th><th>anonymous share</th><th>anonymous, no reason</th><th>error</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
<figure>
<figcaption>Share of quotes from anonymous sources, per article</figcaption>
${anonymousShareChart(rows)}
</figure>`;
  return page({ title, style: INDEX_STYLE, script: INDEX_SCRIPT, body: html });
}
