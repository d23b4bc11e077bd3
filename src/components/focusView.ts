/** Each view's own keyboard widget (its one tab stop), tried in this order before any other control. */
const WIDGETS = ['[role="grid"] [tabindex="0"]', 'svg[tabindex="0"]', '[data-event-id][tabindex="0"]'];

/** Moves focus into a view: its own keyboard widget if it has one, else the region itself. */
export function focusView(id: string) {
  const region = document.getElementById(id);
  if (!region) return;
  const widget = WIDGETS.map((s) => region.querySelector<HTMLElement>(s)).find((el) => el !== null);
  const target = widget ?? region;
  if (target === region) region.tabIndex = -1;
  region.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
