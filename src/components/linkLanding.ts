let landed = false;

/**
 * A shared link that names a record (`sel=` a participant, `ev=` an event) opens at it, as a link to a
 * stance cell opens at its cell: the views start below the summary, 2,000 px down at 1440 px. Only for
 * the address the page was opened with, once per page, while the reader has not scrolled and not
 * inside another page's frame; choices made later are made where they are seen. True if it landed.
 */
export function landOn(param: 'sel' | 'ev', id: string, target: Element | null | undefined): boolean {
  if (landed || !target || window.scrollY > 0 || window.self !== window.top) return false;
  const opened = (performance.getEntriesByType?.('navigation') ?? [])[0]?.name ?? window.location.href;
  if (new URL(opened).searchParams.get(param) !== id) return false;
  landed = true;
  target.scrollIntoView?.({ block: 'start' });
  return true;
}
