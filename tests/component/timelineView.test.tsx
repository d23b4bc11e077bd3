import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TimelineView } from '../../src/views/timeline/TimelineView';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

const ORDER = [
  '2025-03-02-context',
  '2025-08-15-alaska',
  '2025-09-04-advisers',
  '2025-09-04-summit',
  '2025-09-04-press',
  '2025-09-05-moscow',
  '2025-10-sanctions',
  '2025-11-plan',
];

const marks = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('.tl-mark')];
const mark = (container: HTMLElement, id: string) =>
  container.querySelector<SVGGElement>(`.tl-mark[data-event-id="${id}"]`)!;
const categoryButton = (name: RegExp) =>
  within(screen.getByRole('group', { name: 'Filter events by category' })).getByRole('button', { name });

describe('TimelineView: filters and counts', () => {
  test('shows every event with a mark carrying data-event-id, and "Showing N of M"', () => {
    const { container } = renderWithStore(<TimelineView />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 8 of 8 events');
    expect(marks(container).map((m) => m.getAttribute('data-event-id'))).toEqual(ORDER);
  });

  test('category buttons show counts and toggle the shared category filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimelineView />);
    expect(categoryButton(/^All/)).toHaveAccessibleName('All 8 events');
    expect(categoryButton(/^Summit/)).toHaveAccessibleName('Summit 2 events');
    expect(categoryButton(/^Talks/)).toHaveAccessibleName('Talks 3 events');
    expect(categoryButton(/^Statement/)).toHaveAccessibleName('Statement 2 events');
    expect(categoryButton(/^Sanctions/)).toHaveAccessibleName('Sanctions 1 event');
    expect(categoryButton(/^All/)).toHaveAttribute('aria-pressed', 'true');

    await user.click(categoryButton(/^Talks/));
    expect(store.getState().categories).toEqual(['talks']);
    expect(categoryButton(/^Talks/)).toHaveAttribute('aria-pressed', 'true');
    expect(categoryButton(/^All/)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 8 events');
    // Counts ignore the category filter itself, so the other buttons still say what they would add.
    expect(categoryButton(/^Summit/)).toHaveAccessibleName('Summit 2 events');

    await user.click(categoryButton(/^Talks/));
    expect(store.getState().categories).toEqual([]);
  });

  test('counts follow the shared date range', () => {
    renderWithStore(<TimelineView />, { state: { from: '2025-09-01', to: '2025-09-07' } });
    expect(categoryButton(/^Summit/)).toHaveAccessibleName('Summit 1 event');
    expect(categoryButton(/^Talks/)).toHaveAccessibleName('Talks 1 event');
    expect(categoryButton(/^Statement/)).toHaveAccessibleName('Statement 2 events');
    expect(categoryButton(/^Sanctions/)).toHaveAccessibleName('Sanctions 0 events');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 8 events');
  });
});

describe('TimelineView: keyboard', () => {
  test('one tab stop; arrows step in date order; Home/End; Enter opens the detail', async () => {
    const user = userEvent.setup();
    const { container, store } = renderWithStore(<TimelineView />);
    const tabbable = marks(container).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toHaveAttribute('data-event-id', ORDER[0]);

    act(() => tabbable[0]!.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(mark(container, '2025-09-04-advisers'));
    // The tab stop moves with focus, so Tab away and back returns here.
    expect(marks(container).filter((m) => m.getAttribute('tabindex') === '0')).toEqual([
      mark(container, '2025-09-04-advisers'),
    ]);

    await user.keyboard('{Enter}');
    expect(store.getState().selectedEvent).toBe('2025-09-04-advisers');
    const detail = screen.getByRole('region', { name: 'Advisers meet Witkoff' });
    expect(detail).toHaveTextContent('4 September 2025');
    expect(mark(container, '2025-09-04-advisers')).toHaveAttribute('aria-pressed', 'true');

    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(mark(container, '2025-08-15-alaska'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(mark(container, '2025-11-plan'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(mark(container, '2025-11-plan'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(mark(container, ORDER[0]!));
    await user.keyboard('{Escape}');
    expect(store.getState().selectedEvent).toBeNull();
  });

  test('marks are named with title, precise date and category', () => {
    const { container } = renderWithStore(<TimelineView />);
    expect(mark(container, '2025-10-sanctions')).toHaveAccessibleName(
      'Sanctions package, week of 20 October 2025, Sanctions',
    );
    expect(mark(container, '2025-03-02-context')).toHaveAccessibleName(
      '2 Mar 2025 · Coalition launched, Summit, background',
    );
  });
});

describe('TimelineView: detail', () => {
  test('click selects; the detail shows precision, place, actors and safe source links', async () => {
    const user = userEvent.setup();
    const { container, store } = renderWithStore(<TimelineView />);
    await user.click(mark(container, '2025-09-04-summit'));
    expect(store.getState().selectedEvent).toBe('2025-09-04-summit');
    const detail = screen.getByRole('region', { name: 'Paris summit' });
    expect(detail).toHaveTextContent('Where: Paris');
    const link = within(detail).getByRole('link', { name: /Declaration/ });
    expect(link).toHaveAttribute('href', 'https://www.elysee.fr/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const uk = within(detail).getByRole('button', { name: 'United Kingdom' });
    fireEvent.pointerEnter(uk);
    expect(store.getState().hoveredEntity).toBe('gbr');
    fireEvent.pointerLeave(uk);
    expect(store.getState().hoveredEntity).toBeNull();
    await user.click(uk);
    expect(store.getState().selectedEntity).toBe('gbr');
    await user.click(within(detail).getByRole('button', { name: 'Volodymyr Zelensky' }));
    expect(store.getState().selectedEntity).toBe('ukr');

    await user.click(within(detail).getByRole('button', { name: 'Close details' }));
    expect(store.getState().selectedEvent).toBeNull();
  });

  test('week and month precision are written out', () => {
    renderWithStore(<TimelineView />, { state: { selectedEvent: '2025-11-plan' } });
    expect(screen.getByRole('region', { name: 'Peace plan drafts' })).toHaveTextContent('November 2025');
  });

  test('an event hidden by the filters still shows its detail, with a note', () => {
    renderWithStore(<TimelineView />, {
      state: { selectedEvent: '2025-08-15-alaska', categories: ['summit'] },
    });
    expect(screen.getByRole('region', { name: 'Alaska summit' })).toHaveTextContent(
      'The current filters hide this event',
    );
  });

  test('dataset text stays text and only http(s) sources become links', () => {
    const summit = loadFixture('valid-small.json');
    const hostile = {
      ...summit,
      events: summit.events.map((e) =>
        e.id === '2025-09-04-summit' ? { ...e, title: '<img src=x onerror="alert(1)">' } : e,
      ),
      sources: summit.sources.map((s) => (s.id === 'src-a' ? { ...s, url: 'javascript:alert(1)' } : s)),
    };
    const { container } = renderWithStore(<TimelineView />, {
      summit: hostile,
      state: { selectedEvent: '2025-09-04-summit' },
    });
    expect(container.querySelector('img')).toBeNull();
    const detail = screen.getByRole('region', { name: '<img src=x onerror="alert(1)">' });
    expect(within(detail).queryByRole('link', { name: /Declaration/ })).toBeNull();
    expect(detail).toHaveTextContent('Declaration (no web link)');
  });
});

describe('TimelineView: linked views and range', () => {
  test('hover from another view highlights that actor’s events; hovering a mark shares the event', () => {
    const { container, store } = renderWithStore(<TimelineView />);
    act(() => store.getState().hover({ hoveredEntity: 'rus' }));
    const related = marks(container).filter((m) => m.classList.contains('is-related'));
    expect(related.map((m) => m.getAttribute('data-event-id'))).toEqual([
      '2025-08-15-alaska',
      '2025-09-05-moscow',
    ]);
    expect(mark(container, '2025-09-04-summit')).toHaveClass('is-dimmed');
    act(() => store.getState().hover({ hoveredEntity: null, hoveredPerson: 'macron' }));
    expect(
      marks(container)
        .filter((m) => m.classList.contains('is-related'))
        .map((m) => m.getAttribute('data-event-id')),
    ).toEqual(['2025-09-04-summit', '2025-09-04-press']);

    act(() => store.getState().hover({ hoveredPerson: null }));
    fireEvent.pointerOver(mark(container, '2025-09-05-moscow'));
    expect(store.getState()).toMatchObject({
      hoveredEvent: expect.objectContaining({ id: '2025-09-05-moscow' }),
      hoveredEntity: null,
      hoveredPerson: null,
    });
    fireEvent.pointerLeave(container.querySelector('svg.tl-chart')!);
    expect(store.getState()).toMatchObject({ hoveredEvent: null, hoveredEntity: null, hoveredPerson: null });
  });

  test('presets, zoom and reset write the range to the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimelineView />);
    await user.click(screen.getByRole('button', { name: 'Summit week' }));
    expect(store.getState()).toMatchObject({ from: '2025-09-01', to: '2025-09-07' });
    expect(screen.getByRole('button', { name: 'Summit week' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 8 events');

    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState()).toMatchObject({ from: '2025-09-03', to: '2025-09-06' });
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(store.getState()).toMatchObject({ from: '2025-09-05', to: '2025-09-08' });
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState()).toMatchObject({ from: '2025-09-03', to: '2025-09-10' });
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState()).toMatchObject({ from: null, to: null });
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');

    // From the whole timeline (15 August to 31 December), zooming in closes in on the summit, 4
    // September: half the days around it, held at the first event, rather than the middle of autumn.
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState()).toMatchObject({ from: null, to: '2025-10-07' });
  });
});
