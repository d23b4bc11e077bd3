import type { CountryCodes } from '../model/entitySearch';

/**
 * The EU's own codes where they differ from ISO's (its style guide writes EL for Greece and UK for
 * the United Kingdom; ISO 3166-1 reserves UK for the latter too). Readers from EU institutions type them.
 */
const EU_CODES: Readonly<Record<string, string>> = { GRC: 'EL', GBR: 'UK' };

let loading: Promise<CountryCodes> | null = null;

/**
 * Two-letter codes for every country, so "DE" or "UK" finds Germany or the United Kingdom. The ISO
 * table (i18n-iso-countries, ~3 KB gzip) is its own chunk, fetched when a search box is first used
 * and precached for offline use like every other bundle.
 */
export function loadCountryCodes(): Promise<CountryCodes> {
  loading ??= import('i18n-iso-countries/codes.json').then(({ default: rows }) => {
    const codes = new Map<string, string[]>();
    for (const [alpha2, alpha3] of rows as readonly (readonly string[])[]) {
      if (alpha2 === undefined || alpha3 === undefined) continue;
      const eu = EU_CODES[alpha3];
      codes.set(alpha3, eu === undefined ? [alpha2] : [alpha2, eu]);
    }
    return codes;
  });
  // A failed fetch (offline before the first visit finished caching) may be retried by the next search.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
