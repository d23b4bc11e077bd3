import type { CountryCodes } from '../model/entitySearch';

let loading: Promise<CountryCodes> | null = null;

/**
 * Two-letter codes and other names for every country, so "DE", "UK" or "Holland" finds Germany, the
 * United Kingdom or the Netherlands. The table (i18n-iso-countries' codes, ~3 KB gzip) is its own
 * chunk, fetched when a search box is first used and precached for offline use like every other bundle.
 */
export function loadCountryCodes(): Promise<CountryCodes> {
  loading ??= import('./countryTable').then((m) => m.COUNTRY_CODES);
  // A failed fetch (offline before the first visit finished caching) may be retried by the next search.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
