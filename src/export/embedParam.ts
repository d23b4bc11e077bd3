/**
 * The `?embed=` parameter, apart from the rest of embedding (`embed.ts`): every page load reads it,
 * while the labels, snippets and height reporting load only when embedding is used.
 */

export const EMBED_KINDS = ['map', 'matrix', 'timeline', 'story'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

export function parseEmbedParam(search: string): EmbedKind | null {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && (EMBED_KINDS as readonly string[]).includes(value) ? (value as EmbedKind) : null;
}

/** The same page and view state with `embed` set to `kind` (or removed when `kind` is null). */
export function withEmbedParam(href: string, kind: EmbedKind | null): string {
  const url = new URL(href);
  url.hash = '';
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  // Keep the view state's readable commas and colons, as the app writes them.
  const rest = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  const query = [kind === null ? '' : `embed=${kind}`, rest].filter((p) => p !== '').join('&');
  url.search = query === '' ? '' : `?${query}`;
  return url.href;
}
