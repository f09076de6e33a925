/** Escaping and the Content-Security-Policy shared by every page of the view. */
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values: everything that could start markup is escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** JSON inside `<script type="application/json">`: no `<` can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The CSP source expression for an inline script or style element with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy: nothing may load from anywhere (`default-src 'none'`), and the only script and
 * style that may run are the view's own, named by their hashes. Article text, which is
 * untrusted, is escaped anyway; the policy is the second wall.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [`default-src 'none'`, `script-src ${cspHash(script)}`, `style-src ${cspHash(style)}`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

/** A whole page: CSP first in <head>, the inline style, the body, the inline script last. */
export function page(options: { title: string; style: string; script: string; body: string; data?: unknown }): string {
  const csp = contentSecurityPolicy(options.script, options.style);
  const data = options.data === undefined ? '' : `<script type="application/json" id="presslens-data">${jsonForScript(options.data)}</script>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="presslens">
<title>${escapeHtml(options.title)}</title>
<style>${options.style}</style>
</head>
<body>
${options.body}
${data}<script>${options.script}</script>
</body>
</html>
`;
}

/** Percent with no decimals, or an en dash for "not applicable". */
export function percent(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;
}
