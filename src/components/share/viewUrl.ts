/**
 * The shareable address of what is on screen, read from the store rather than the address bar (the
 * URL sync writes it a moment later), without the embed parameter or a hash.
 */
import { withEmbedParam } from '../../export/embedParam';
import { pickViewState, type AppStore } from '../../state/createAppStore';
import { buildSearch } from '../../state/urlSync';

export function currentViewUrl(store: AppStore, loc: Location = window.location): string {
  const search = buildSearch(pickViewState(store.getState()), loc.search);
  return withEmbedParam(`${loc.origin}${loc.pathname}${search}`, null);
}
