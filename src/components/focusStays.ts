/**
 * For a control that removes itself (a chip's ×, "Close", "All dates"): move focus, before it goes,
 * to the first candidate that can take it, so a keyboard user is not dropped on <body> with the page
 * scrolled away. Candidates that are missing, hidden or not focusable are skipped.
 */
export function focusFirst(...candidates: (Element | null | undefined)[]): void {
  for (const el of candidates) {
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) continue;
    el.focus();
    if (document.activeElement === el) return;
  }
}

/** The element among `root`'s descendants marked with data-`key`="`value`" that matches `selector`. */
export function findByData(
  root: ParentNode | null | undefined,
  selector: string,
  key: string,
  value: string | null,
): Element | undefined {
  if (!root || value === null) return undefined;
  return [...root.querySelectorAll<HTMLElement | SVGElement>(selector)].find(
    (el) => el.dataset[key] === value,
  );
}
