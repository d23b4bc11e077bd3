/**
 * A control that removes or disables itself hands focus on, so a keyboard user is never dropped on
 * <body> with the page scrolled away.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterBar } from '../../src/components/filters/FilterBar';
import { MapView } from '../../src/views/map/MapView';
import { SourcesPanel } from '../../src/views/reader';
import { TimelineView } from '../../src/views/timeline/TimelineView';
import { renderWithStore } from '../helpers/renderWithStore';
import { serveWorldGeometry } from '../helpers/worldGeometry';

describe('focus stays on the page', () => {
  serveWorldGeometry();

  it('a removed chip passes focus to the next chip, the last one to the picker', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <section>
        <FilterBar />
      </section>,
      { state: { entities: ['fra', 'gbr'] } },
    );
    const chips = screen.getByRole('list', { name: 'Chosen countries and organisations' });
    await user.click(within(chips).getByRole('button', { name: /^France/ }));
    expect(store.getState().entities).toEqual(['gbr']);
    expect(document.activeElement).toHaveAccessibleName(/^United Kingdom/);
    await user.keyboard('{Enter}');
    expect(store.getState().entities).toEqual([]);
    expect(document.activeElement).toHaveTextContent('Countries and organisations');
  });

  it('"All dates" passes focus to the From field', async () => {
    const user = userEvent.setup();
    renderWithStore(<FilterBar />, { state: { from: '2025-09-01' } });
    // The folded panel says a filter in it is set (the timeline's zoom sets the dates).
    const more = screen.getByText(/^More filters/);
    expect(more).toHaveTextContent('dates (1 in use)');
    await user.click(await screen.findByRole('button', { name: 'All dates' }));
    expect(screen.queryByRole('button', { name: 'All dates' })).toBeNull();
    expect(document.activeElement).toHaveAccessibleName(/^From/);
    expect(more).not.toHaveTextContent('in use');
  });

  it("clearing the map's selection returns focus to the map, and a zoom button at its limit keeps it", async () => {
    const user = userEvent.setup();
    renderWithStore(<MapView />, { state: { selectedEntity: 'fra' } });
    const map = await screen.findByRole('application', { name: 'Participants map' });
    await user.click(await screen.findByRole('button', { name: 'Clear selection' }));
    expect(document.activeElement).toBe(map);
    const zoomIn = screen.getByRole('button', { name: 'Zoom in on the map' });
    for (let i = 0; i < 12; i++) await user.click(zoomIn);
    expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(zoomIn);
  });

  it("closing an event's detail returns focus to its mark", async () => {
    const user = userEvent.setup();
    const { container, store } = renderWithStore(<TimelineView />, {
      state: { selectedEvent: '2025-09-05-moscow' },
    });
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().selectedEvent).toBeNull();
    expect(document.activeElement).toBe(
      container.querySelector('.tl-mark[data-event-id="2025-09-05-moscow"]'),
    );
  });

  it('"Show all" sources passes focus to the first source it adds', async () => {
    const user = userEvent.setup();
    renderWithStore(<SourcesPanel pageSize={1} />);
    await user.click(screen.getByRole('button', { name: 'Show all 3 sources' }));
    const second = document.querySelectorAll('.source-card')[1]!;
    expect(document.activeElement).toBe(second.querySelector('a, button'));
  });

  it('"All kinds" passes focus to the first kind', async () => {
    const user = userEvent.setup();
    renderWithStore(<SourcesPanel />);
    const group = screen.getByRole('group', { name: 'Show sources of these kinds' });
    await user.click(within(group).getByRole('button', { name: 'Official (1)' }));
    await user.click(within(group).getByRole('button', { name: 'All kinds' }));
    expect(document.activeElement).toBe(within(group).getAllByRole('button')[0]);
  });
});
