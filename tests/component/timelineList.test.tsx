import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Summit, SummitEvent } from '../../src/data/schema';
import { TimelineView } from '../../src/views/timeline/TimelineView';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

/** jsdom has no layout: report a phone-width container for the timeline's root. */
function fakeContainerWidth(width: number) {
  const real = HTMLElement.prototype.getBoundingClientRect;
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.classList.contains('tl')) return DOMRect.fromRect({ width, height: 800 });
    return real.call(this);
  });
}

describe('TimelineView on a narrow container', () => {
  let spy: ReturnType<typeof fakeContainerWidth>;
  beforeEach(() => {
    spy = fakeContainerWidth(390);
  });
  afterEach(() => spy.mockRestore());

  test('is a list grouped by month, each item a button with date, title and category', () => {
    const { container } = renderWithStore(<TimelineView />);
    expect(container.querySelector('svg.tl-chart')).toBeNull();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Background',
      'August 2025',
      'September 2025',
      'October 2025',
      'November 2025',
    ]);
    const september = screen.getByRole('region', { name: 'September 2025' });
    const items = within(september).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      '4 SepAdvisers meet WitkoffTalks',
      '4 SepParis summitSummit',
      '4 SepPress conferenceStatement',
      '5 SepPutin repliesStatement',
    ]);
    expect(screen.getByRole('button', { name: /Sanctions package/ })).toHaveTextContent('wk of 20 Oct');
    expect(screen.getByRole('button', { name: /Peace plan drafts/ })).toHaveTextContent('Nov 2025');
    expect(screen.getByRole('button', { name: /Coalition launched/ })).toHaveTextContent('2 Mar 2025');
  });

  test('the same filters apply, and selecting opens the detail under the item', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimelineView />, { state: { categories: ['statement'] } });
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 8 events');
    const item = screen.getByRole('button', { name: /Putin replies/ });
    expect(item).toHaveAttribute('aria-expanded', 'false');
    await user.click(item);
    expect(store.getState().selectedEvent).toBe('2025-09-05-moscow');
    expect(item).toHaveAttribute('aria-expanded', 'true');
    const detail = screen.getByRole('region', { name: 'Putin replies' });
    expect(item.getAttribute('aria-controls')).toBe(detail.id);
    expect(detail).toHaveTextContent('Foreign troops would be targets.');
    // Arrow keys move between items too.
    act(() => item.focus());
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName(/Press conference/);
  });

  test('Esc closes the open detail, from its row or from inside it, and focus returns to the row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimelineView />, { state: { selectedEvent: '2025-09-05-moscow' } });
    const item = screen.getByRole('button', { name: /Putin replies/ });
    const detail = screen.getByRole('region', { name: 'Putin replies' });
    act(() => within(detail).getAllByRole('link')[0]!.focus());
    await user.keyboard('{Escape}');
    expect(store.getState().selectedEvent).toBeNull();
    expect(item).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(item);
    await user.click(item);
    await user.keyboard('{Escape}');
    expect(item).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('TimelineView with 2,000 events', () => {
  // jsdom is slow with thousands of SVG nodes; the browser is not, but shared CI machines can be.
  test('renders every mark and steps by keyboard', { timeout: 30_000 }, () => {
    const base = loadFixture('valid-small.json');
    const cats = ['summit', 'call', 'talks', 'statement', 'sanctions', 'military', 'attack', 'pledge'];
    const events: SummitEvent[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${String(i).padStart(4, '0')}`,
      date: `2025-${String(8 + (i % 5)).padStart(2, '0')}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`,
      datePrecision: 'day',
      title: `Event ${i}`,
      description: '',
      category: cats[i % cats.length]!,
      entityIds: ['fra'],
      personIds: [],
      sourceIds: ['src-a'],
    }));
    const summit: Summit = { ...base, events };
    const { container, store } = renderWithStore(<TimelineView />, { summit });
    const marks = container.querySelectorAll('.tl-mark');
    expect(marks).toHaveLength(2000);
    expect(container.querySelectorAll('.tl-mark[tabindex="0"]')).toHaveLength(1);
    const first = container.querySelector<SVGGElement>('.tl-mark[tabindex="0"]')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'End' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(store.getState().selectedEvent).toBe([...marks].at(-1)?.getAttribute('data-event-id'));
  });
});
