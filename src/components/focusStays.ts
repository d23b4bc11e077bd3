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
