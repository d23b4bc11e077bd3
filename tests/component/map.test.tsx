import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Summit } from '../../src/data/schema';
import { MapView } from '../../src/views/map/MapView';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';
import { serveWorldGeometry } from '../helpers/worldGeometry';

// Wrapped, not replaced: labels are placed as in the app, and the test can count how often.
const placeLabel = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/model/mapMarkers', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/mapMarkers')>();
  return {
    ...actual,
    placeOutsiderLabel: (...args: Parameters<typeof actual.placeOutsiderLabel>) => {
      placeLabel.calls++;
      return actual.placeOutsiderLabel(...args);
    },
  };
});

serveWorldGeometry();

async function renderMap(options: Parameters<typeof renderWithStore>[1] = {}) {
  const result = renderWithStore(<MapView />, options);
  const svg = await screen.findByRole('application', { name: 'Participants map' });
  return { ...result, svg };
}

const mark = (container: Element, id: string) => {
  const el = container.querySelector(`svg [data-entity-id="${id}"]`);
  if (!el) throw new Error(`no mark for ${id}`);
  return el;
};

const legendCounts = () =>
  Object.fromEntries(
    [...document.querySelectorAll('.map-legend__item[data-category]')].map((li) => [
      li.getAttribute('data-category'),
      parseInt(li.querySelector('.map-legend__count')?.textContent ?? '', 10),
    ]),
  );

describe('MapView', () => {
  it('loads the geometry from the relative URL and draws every fixture entity as a mark', async () => {
    const { container } = await renderMap();
    expect(fetch).toHaveBeenCalledWith('geo/world.topo.json');
    for (const id of ['fra', 'gbr', 'ita', 'lux', 'ukr', 'usa', 'rus'])
      expect(mark(container, id)).toBeInTheDocument();
    expect(container.querySelector('path[data-entity-id="fra"]')).toBeInTheDocument();
    // Luxembourg is tiny: a clickable circle marker as well as its shape.
    expect(container.querySelector('g.map-marker[data-entity-id="lux"]')).toBeInTheDocument();
    expect(container.querySelector('g.map-marker[data-entity-id="fra"]')).toBeNull();
    // NATO is a badge of its own, and every list item carries its id too.
    expect(container.querySelector('.map-orgs [data-entity-id="nato"]')).toHaveTextContent('NATO');
    expect(container.querySelectorAll('.map-finder li[data-entity-id]')).toHaveLength(8);
    expect(container.querySelector('.map-outsider')).toHaveTextContent('Russia not taking part');
  });

  it('is one tab stop: only the svg itself is focusable', async () => {
    const { svg } = await renderMap();
    expect(svg).toHaveAttribute('tabindex', '0');
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(svg.querySelectorAll('a, button, input')).toHaveLength(0);
  });

  it('shows legend counts per value and switches dimension through the radio group', async () => {
    const { store } = await renderMap();
    expect(screen.getByRole('heading', { name: 'Colour key: role' })).toBeInTheDocument();
    expect(legendCounts()).toEqual({
      host: 1,
      'co-chair': 1,
      member: 4,
      guest: 1,
      'non-participant': 1,
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Attendance' }));
    expect(store.getState().color).toBe('attendance');
    expect(legendCounts()).toEqual({
      'in-person': 2,
      video: 4,
      partial: 1,
      'non-participant': 1,
    });
    const video = document.querySelector('.map-legend__item[data-category="video"]')!;
    expect(video).toHaveTextContent('By video');
    // The swatch uses the same hatched pattern as the map.
    const swatch = video.querySelector('rect')!.style.fill;
    const id = /url\("?#([^")]+)"?\)/.exec(swatch)![1]!;
    expect(document.getElementById(id)?.querySelector('line')).toBeInTheDocument();
  });

  it('counts participants and dims what the filters leave out', async () => {
    const { container } = await renderMap({ state: { entities: ['fra', 'gbr'] } });
    expect(screen.getByText('Showing 2 of 7 participants')).toBeInTheDocument();
    expect(mark(container, 'ita')).toHaveClass('is-dimmed');
    expect(mark(container, 'fra')).not.toHaveClass('is-dimmed');
    // The participant list says it too, not only by dimming.
    const list = container.querySelector<HTMLElement>('.map-finder')!;
    expect(await within(list).findByRole('button', { name: /^Italy/ })).toHaveAccessibleDescription(
      'outside the current filters',
    );
    expect(within(list).getByRole('button', { name: /^France/ })).not.toHaveAccessibleDescription();
    expect(legendCounts()).toMatchObject({ host: 1, 'co-chair': 1, member: 0 });
    // A row the filter empties says how many there are in all; a full one just its count.
    const countText = (category: string) =>
      document.querySelector(`.map-legend__item[data-category="${category}"] .map-legend__count`)
        ?.textContent;
    expect(countText('member')).toMatch(/^0 of [1-9]\d*$/);
    expect(countText('host')).toBe('1');
    // Non-participants stay hatched and labelled whatever the filter, so the key still counts them.
    expect(legendCounts()).toMatchObject({ 'non-participant': 1 });
  });

  it('outlines low-confidence pledges dotted when coloured by pledge, and keys the outline', async () => {
    const small = loadFixture('valid-small.json');
    const summit: Summit = {
      ...small,
      entities: small.entities.map((e) =>
        e.id === 'lux' && e.pledge ? { ...e, pledge: { ...e.pledge, confidence: 'low' } } : e,
      ),
    };
    const { container, store } = await renderMap({ summit, state: { color: 'pledge' } });
    const outlines = () =>
      [...container.querySelectorAll('.map-unconfirmed path')].map((p) => p.getAttribute('d'));
    const keyItem = () => screen.queryByText('Dotted outline: low confidence (unnamed or single sources)');
    expect(outlines()).toEqual([mark(container, 'lux').getAttribute('d') ?? 'no shape']);
    expect(
      container.querySelector('g.map-marker[data-entity-id="lux"] circle:not(.map-hit)'),
    ).toHaveAttribute('stroke-dasharray');
    expect(container.querySelector('g.map-marker[data-entity-id="fra"]')).toBeNull();
    expect(keyItem()?.nextElementSibling).toHaveTextContent('1');
    // Left out by a filter, it is dimmed and drawn plain; the key counts what is shown.
    act(() => store.getState().update({ entities: ['fra'] }));
    await waitFor(() => expect(outlines()).toEqual([]));
    expect(keyItem()?.nextElementSibling).toHaveTextContent('0');
    // Coloured by role, confidence of a pledge is beside the point.
    act(() => store.getState().update({ entities: [], color: 'role' }));
    await waitFor(() => expect(keyItem()).toBeNull());
    expect(outlines()).toEqual([]);
  });

  it('shows a tooltip on hover and shares the hover with the other views', async () => {
    const { container, store } = await renderMap();
    await userEvent.hover(mark(container, 'gbr'));
    const tip = screen.getByTestId('map-tooltip');
    expect(tip).toHaveTextContent('United Kingdom');
    expect(tip).toHaveTextContent('Co-chair');
    expect(tip).toHaveTextContent('Keir Starmer, by video');
    expect(tip).toHaveTextContent('From Glasgow');
    expect(tip).toHaveTextContent('Ready to deploy troops — Ready to deploy.');
    expect(tip).toHaveTextContent('1 source');
    expect(store.getState().hoveredEntity).toBe('gbr');
    await userEvent.unhover(container.querySelector('svg.map-svg')!);
    expect(store.getState().hoveredEntity).toBeNull();
  });

  it('outlines the entity another view hovers', async () => {
    const { container, store } = await renderMap();
    expect(container.querySelector('.map-outline--hovered')).toBeNull();
    act(() => store.getState().hover({ hoveredEntity: 'ita' }));
    await waitFor(() => expect(container.querySelector('.map-outline--hovered')).toBeInTheDocument());
  });

  it('outlines every participant of the event the timeline hovers', async () => {
    const { container, store } = await renderMap();
    const summit = loadFixture('valid-small.json').events.find((e) => e.id === '2025-09-04-summit');
    act(() => store.getState().hover({ hoveredEvent: summit ?? null }));
    // France, the UK, Italy and Ukraine have outlines; NATO, an organisation, its badge.
    await waitFor(() => expect(container.querySelectorAll('.map-outline--hovered')).toHaveLength(4));
    expect(container.querySelector('.map-orgs [data-entity-id="nato"]')).toHaveClass('is-hovered');
    act(() => store.getState().hover({ hoveredEvent: null }));
    await waitFor(() => expect(container.querySelector('.map-outline--hovered')).toBeNull());
  });

  it('Esc inside the details closes them, and focus returns to the map', async () => {
    const { container, store } = await renderMap({ state: { selectedEntity: 'fra' } });
    const panel = await screen.findByRole('region', { name: 'France' });
    within(panel).getByRole('button', { name: 'Clear selection' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedEntity).toBeNull();
    expect(document.activeElement).toBe(container.querySelector('svg.map-svg'));
  });

  it('selects on click: store, strong outline and a detail panel with safe source links', async () => {
    const { container, store } = await renderMap();
    await userEvent.click(mark(container, 'fra'));
    expect(store.getState().selectedEntity).toBe('fra');
    expect(container.querySelector('.map-outline--selected')).toBeInTheDocument();
    const panel = await screen.findByRole('region', { name: 'France' });
    expect(panel).toHaveTextContent('Host');
    expect(panel).toHaveTextContent('In person — Host and co-chair');
    expect(panel).toHaveTextContent('Emmanuel Macron, President of France');
    expect(panel).toHaveTextContent('Ready to deploy troops (land, air)');
    expect(panel).toHaveTextContent('High confidence');
    const link = within(panel).getByRole('link', { name: /Declaration/ });
    expect(link).toHaveAttribute('href', 'https://www.elysee.fr/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().selectedEntity).toBeNull();
  });

  it('renders dataset text as text and never links a non-http URL', async () => {
    const base = loadFixture('valid-small.json');
    const summit: Summit = {
      ...base,
      sources: base.sources.map((s) => (s.id === 'src-a' ? { ...s, url: 'javascript:alert(1)' } : s)),
      entities: base.entities.map((e) =>
        e.id === 'fra' ? { ...e, name: '<img src=x onerror=alert(1)>' } : e,
      ),
    };
    const { container } = await renderMap({ summit, state: { selectedEntity: 'fra' } });
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: /Declaration/ })).toBeNull();
    expect(screen.getByText('Declaration')).toBeInTheDocument();
  });

  it('travels by keyboard: focus starts at the host, arrows move, Enter selects, Escape clears', async () => {
    const { svg, store } = await renderMap();
    for (let i = 0; i < 5 && document.activeElement !== svg; i++) await userEvent.tab();
    expect(svg).toHaveFocus();
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('France');
    expect(store.getState().hoveredEntity).toBe('fra');
    expect(svg.querySelector('.map-focus-ring')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Luxembourg');
    expect(screen.getByText(/^Luxembourg\. Member\. By video/)).toBeInTheDocument(); // live region
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Italy');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selectedEntity).toBe('ita');
    expect(screen.getByRole('region', { name: 'Italy' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedEntity).toBeNull();
    expect(screen.queryByTestId('map-tooltip')).toBeNull();
  });

  it('travels among the participants the filters keep, starting at one of them', async () => {
    const { svg } = await renderMap({ state: { entities: ['gbr', 'ita'] } });
    act(() => svg.focus());
    // France, the host, is dimmed: travel starts at the first kept mark in reading order.
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('United Kingdom');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Italy');
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('United Kingdom');
    await userEvent.keyboard('{End}');
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Italy');
  });

  it('reaches the organisation badges with the keyboard', async () => {
    const { svg, store } = await renderMap({ state: { selectedEntity: 'ita' } });
    act(() => svg.focus());
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Italy'); // starts at the selection
    fireEvent.keyDown(svg, { key: 'End' });
    fireEvent.keyDown(svg, { key: 'Enter' });
    expect(store.getState().selectedEntity).toBe('nato');
    expect(document.querySelector('.map-org[data-entity-id="nato"]')).toHaveClass(
      'is-selected',
      'is-focused',
    );
  });

  it('finds a participant by name or code in the list, which also selects', async () => {
    const { store } = await renderMap();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a participant' }), 'luxe');
    expect(screen.getByText('1 found')).toBeInTheDocument();
    const buttons = within(document.querySelector('.map-finder__results')!).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(store.getState().selectedEntity).toBe('lux');
    expect(buttons[0]).toHaveAttribute('aria-pressed', 'true');

    // Or by a code: the alpha-2 table comes with the first search.
    const search = screen.getByRole('searchbox', { name: 'Find a participant' });
    await userEvent.clear(search);
    await userEvent.type(search, 'GB');
    await waitFor(() => expect(screen.getByText('1 found')).toBeInTheDocument());
    expect(within(document.querySelector('.map-finder__results')!).getByRole('button')).toHaveTextContent(
      'United Kingdom',
    );
  });

  it('chosen in the participant list, the details take focus: the panel opens above and pushes the entry away', async () => {
    const { store } = await renderMap();
    const list = document.querySelector<HTMLElement>('.map-finder__results')!;
    await userEvent.click(within(list).getByRole('button', { name: /^Italy/ }));
    const heading = await screen.findByRole('heading', { name: 'Italy' });
    await waitFor(() => expect(heading).toHaveFocus());
    // Another entry, reached by keyboard: focus follows to the new details.
    act(() =>
      within(list)
        .getByRole('button', { name: /^France/ })
        .focus(),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'France' })).toHaveFocus());
    // Chosen on the map, focus stays on the map, its own tab stop.
    act(() => store.getState().update({ selectedEntity: null }));
    const svg = screen.getByRole('application', { name: 'Participants map' });
    act(() => svg.focus());
    act(() => store.getState().update({ selectedEntity: 'gbr' }));
    await screen.findByRole('heading', { name: 'United Kingdom' });
    expect(svg).toHaveFocus();
  });

  it('places the outsider label again when the zoom changes, not on a filter change or a hover', async () => {
    const { container, store } = await renderMap();
    const before = placeLabel.calls;
    act(() => store.getState().update({ entities: ['fra', 'ita'] }));
    act(() => store.getState().hover({ hoveredEntity: 'ita' }));
    await waitFor(() => expect(mark(container, 'gbr')).toHaveClass('is-dimmed'));
    expect(placeLabel.calls).toBe(before);
    expect(container.querySelector('.map-outsider')).toHaveTextContent('Russia not taking part');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in on the map' }));
    expect(placeLabel.calls).toBeGreaterThan(before);
  });

  it('zooms with the buttons and keeps the view in the store', async () => {
    const { store } = await renderMap();
    expect(screen.getByRole('button', { name: 'Europe' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in on the map' }));
    expect(store.getState().zoom).toMatchObject({ k: 1.6 });
    await userEvent.click(screen.getByRole('button', { name: 'World' }));
    expect(store.getState().zoom!.k).toBeLessThan(0.3);
    expect(screen.getByRole('button', { name: 'World' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Reset map zoom' }));
    expect(store.getState().zoom).toBeNull();
  });

  it('states the border policy in "About this map"', async () => {
    await renderMap();
    const about = screen.getByText('About this map').closest('details')!;
    expect(about).toHaveTextContent('Crimea is shown as part of Ukraine');
    expect(about).toHaveTextContent('68/262');
  });

  it('keeps the list working when the geometry cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 500 })),
    );
    const { store } = renderWithStore(<MapView />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded (HTTP 500)');
    await userEvent.click(screen.getByRole('button', { name: /^France/ }));
    expect(store.getState().selectedEntity).toBe('fra');
  });
});
