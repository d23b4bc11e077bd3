import { parseSummitText, type ParseResult } from './parseSummit';

export const DEFAULT_DATA_URL = 'data/summit.json';

/** Fetches and validates a dataset. Network and HTTP failures come back as issues, never as a throw. */
export async function loadSummit(
  url: string = DEFAULT_DATA_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `could not load ${url}: ${String(error)}` }] };
  }
  if (!response.ok) {
    return {
      ok: false,
      issues: [{ path: '(file)', message: `could not load ${url}: HTTP ${response.status}` }],
    };
  }
  return parseSummitText(await response.text());
}
