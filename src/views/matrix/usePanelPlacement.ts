import { useLayoutEffect, type RefObject } from 'react';
import { placeBeside, scrollToReveal } from '../../model/panelPlacement';
import type { StanceCellRef } from '../../state/viewState';
import { cellElement } from './cellElement';

function isScrollBox(el: HTMLElement): boolean {
  const { overflowX, overflowY } = getComputedStyle(el);
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  return (
    (scrolls(overflowY) && el.scrollHeight > el.clientHeight) ||
    (scrolls(overflowX) && el.scrollWidth > el.clientWidth)
  );
}

/**
 * A cell chosen by a slide or a link may be outside the grid's scroll box, and in presenting mode the
 * grid outside its pane. The cell is brought into the grid's box, and that box into each box around it
 * (so the grid's sticky header and totals never cover the cell); the page itself is scrolled only by
 * `bringIntoWindow`, for a floating card.
 */
function revealCell(cell: HTMLElement) {
  const px = (v: string) => parseFloat(v) || 0;
  let target: HTMLElement = cell;
  for (let box = cell.parentElement; box && box !== document.body; box = box.parentElement) {
    if (!isScrollBox(box)) continue;
    const style = getComputedStyle(box);
    const { dx, dy } = scrollToReveal(target.getBoundingClientRect(), box.getBoundingClientRect(), {
      top: px(style.scrollPaddingTop),
      right: px(style.scrollPaddingRight),
      bottom: px(style.scrollPaddingBottom),
      left: px(style.scrollPaddingLeft),
    });
    if (dx !== 0 || dy !== 0) box.scrollBy(dx, dy);
    target = box;
  }
}

/**
 * The card is not modal, so the page behind stays in the tab order: a control the keyboard reaches
 * under the card must not be hidden by it (WCAG 2.4.11). The card steps aside until focus moves on.
 */
function coversFocus(card: HTMLElement, focus: Element | null): boolean {
  if (!focus || focus === document.body || card.contains(focus)) return false;
  const f = focus.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  return f.bottom > c.top && f.top < c.bottom && f.right > c.left && f.left < c.right;
}

/** Narrowest the card gets to stay right of its cell (below that it goes left). */
const MIN_CARD_REM = 20;

function applyPlacement(card: HTMLElement | null, selected: StanceCellRef) {
  if (!card) return;
  const cell = cellElement(selected);
  const box = cell?.getBoundingClientRect();
  // Measured at the stylesheet's width: a card narrowed last time would otherwise stay narrow.
  card.style.width = '';
  const place = (width: number) =>
    !box || box.width === 0
      ? null
      : placeBeside(
          box,
          { width, height: card.offsetHeight },
          { width: window.innerWidth, height: window.innerHeight },
          cell?.parentElement?.querySelector('[role="rowheader"]')?.getBoundingClientRect(),
          MIN_CARD_REM * parseFloat(getComputedStyle(document.documentElement).fontSize),
        );
  let placement = place(card.offsetWidth);
  if (placement?.kind === 'beside' && placement.width !== undefined) {
    // Narrower, the card is taller: placed again at that width so that it stays in the window.
    card.style.width = `${placement.width}px`;
    placement = place(placement.width);
  }
  // Inline values win over the stylesheet's bottom-sheet placement; cleared, the sheet returns.
  const beside = placement?.kind === 'beside' ? placement : null;
  card.style.left = beside ? `${beside.left}px` : '';
  card.style.top = beside ? `${beside.top}px` : '';
  card.style.right = beside ? 'auto' : '';
  card.style.bottom = beside ? 'auto' : '';
  // A phone's sheet steps aside while its cell is out of the window (the reader scrolled on to the
  // timeline) and comes back with it, as the floating card leaves with its cell. A card whose cell the
  // filters hide goes with the matrix instead. Not from under a control the reader tabbed to; the
  // heading, focused when the card opened, does not hold it.
  const focus = document.activeElement as HTMLElement | null;
  const near = placement ? box : card.closest('section')?.getBoundingClientRect();
  const away =
    placement?.kind !== 'beside' &&
    near !== undefined &&
    (near.bottom < 0 || near.top > window.innerHeight) &&
    !(focus && card.contains(focus) && focus.tabIndex >= 0);
  card.style.visibility = away || coversFocus(card, focus) ? 'hidden' : '';
}

/**
 * A shared link opens at the top of the page, with the chosen cell far below: without this, its card
 * floated over the summary, away from the cell. A cell out of the window is scrolled to its middle; one
 * on screen (just clicked) does not move.
 */
function bringIntoWindow(cell: HTMLElement | null) {
  if (!cell) return;
  const c = cell.getBoundingClientRect();
  if (c.top >= 0 && c.bottom <= window.innerHeight) return;
  window.scrollBy(0, c.top + c.height / 2 - window.innerHeight / 2);
}

/**
 * Where the card is a sheet over the bottom of the screen (a phone) and covers the cell it is about,
 * the page scrolls just enough to show the cell above it.
 */
function keepCellClear(cell: HTMLElement | null, card: HTMLElement | null) {
  if (!cell || !card) return;
  const c = cell.getBoundingClientRect();
  const sheet = card.getBoundingClientRect();
  const covered =
    c.bottom > sheet.top && c.top < sheet.bottom && c.right > sheet.left && c.left < sheet.right;
  if (!covered) return;
  const above = { left: 0, top: 0, right: window.innerWidth, bottom: sheet.top };
  const { dy } = scrollToReveal(c, above, { top: 8, right: 0, bottom: 8, left: 0 });
  if (dy !== 0) window.scrollBy(0, dy);
}

/**
 * Brings the selected cell into view (the page scrolls only for a floating card), and keeps that card
 * beside the cell instead of over it, following the cell when the page or the grid scrolls. Where no
 * side has room (a phone) the stylesheet's bottom sheet stays, shown while its cell is in the window, and
 * the cell is scrolled above it once, when chosen; a docked card (`floating` false) is left where it is.
 */
export function usePanelPlacement(
  panel: RefObject<HTMLElement | null>,
  selected: StanceCellRef | null,
  floating: boolean,
) {
  useLayoutEffect(() => {
    if (!selected) return;
    const cell = cellElement(selected);
    if (cell) revealCell(cell);
    if (!floating) return;
    bringIntoWindow(cell);
    applyPlacement(panel.current, selected);
    keepCellClear(cell, panel.current);
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => applyPlacement(panel.current, selected));
    };
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('focusin', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      document.removeEventListener('focusin', schedule);
    };
  }, [panel, selected, floating]);

  // Every render, not only on selection: a filter change can move the cell while its card stays open.
  useLayoutEffect(() => {
    if (selected && floating) applyPlacement(panel.current, selected);
  });
}
