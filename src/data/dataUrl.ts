/**
 * Where `?data=` points. A same-origin file loads at once; another origin only after the person
 * confirms the host, because fetching it would tell that host who opened the link.
 */
export type DataRequest =
  | { kind: 'default' }
  | { kind: 'same-origin'; url: string }
  | { kind: 'remote'; url: string; host: string }
  | { kind: 'invalid'; value: string };

export function resolveDataParam(search: string, pageHref: string): DataRequest {
  const value = new URLSearchParams(search).get('data');
  if (value === null || value.trim() === '') return { kind: 'default' };
  let url: URL;
  try {
    url = new URL(value, pageHref);
  } catch {
    return { kind: 'invalid', value };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'invalid', value };
  if (url.origin === new URL(pageHref).origin) return { kind: 'same-origin', url: url.href };
  return { kind: 'remote', url: url.href, host: url.host };
}
