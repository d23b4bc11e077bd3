/** Each view's own keyboard widget (its one tab stop), tried in this order before any other control. */
const WIDGETS = ['[role="grid"] [tabindex="0"]', 'svg[tabindex="0"]', '[data-event-id][tabindex="0"]'];

/**
 * Moves focus into a view: its own keyboard widget if it has one, else the region itself. With
 * `record`, an open detail of the chosen record (marked `data-record-focus`) comes first: the grid's
 * tab stop may sit on another cell.
 */
export function focusView(id: string, record = false) {
  const region = document.getElementById(id);
  if (!region) return;
  const selectors = record ? ['[data-record-focus]', ...WIDGETS] : WIDGETS;
  const widget = selectors.map((s) => region.querySelector<HTMLElement>(s)).find((el) => el !== null);
  const target = widget ?? region;
  if (target === region) region.tabIndex = -1;
  region.scrollIntoView({ block: 'start' });
  // A record far down its view (an event in a phone's long list) is brought into the window too.
  if (widget?.matches('[data-record-focus]')) widget.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
