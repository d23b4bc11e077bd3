import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { AppShell } from '../../src/app/AppShell';
import { OffscreenScope } from '../../src/components/OffscreenScope';
import { OffscreenContext } from '../../src/state/contexts';
import { useViewFilters } from '../../src/state/selectors';
import { renderWithStore, stubEmptyWorld } from '../helpers/renderWithStore';

/** Records the entity filter each render of a view saw. */
function Recorder({ seen }: { seen: string[] }) {
  seen.push(useViewFilters().entities.join(',') || 'all');
  return null;
}

/** A view's filters, render by render, on screen or out of sight. */
function renderRecorder(offscreen: boolean) {
  const seen: string[] = [];
  const { store } = renderWithStore(
    <OffscreenContext value={offscreen}>
      <Recorder seen={seen} />
    </OffscreenContext>,
  );
  return { seen, store };
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

describe('views out of sight follow a filter change after the next painted frame', () => {
  it('off screen: no render in the frame of the change, one with the new filters after it', async () => {
    const { seen, store } = renderRecorder(true);
    act(() => store.getState().update({ entities: ['fra'] }));
    expect(seen).toEqual(['all']);
    // What the frame of the change paints: a view out of sight has not rendered yet.
    await act(async () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(seen).toEqual(['all']);
    await waitFor(() => expect(seen.at(-1)).toBe('fra'));
    expect(seen).toEqual(['all', 'fra']);
  });

  it('off screen: changes within one frame arrive together', async () => {
    const { seen, store } = renderRecorder(true);
    act(() => store.getState().update({ entities: ['fra'] }));
    act(() => store.getState().update({ entities: ['fra', 'deu'] }));
    await waitFor(() => expect(seen.at(-1)).toBe('fra,deu'));
    await settle();
    expect(seen).toEqual(['all', 'fra,deu']);
  });

  it('on screen: the new filters at once, and no second render', async () => {
    const { seen, store } = renderRecorder(false);
    act(() => store.getState().update({ entities: ['fra'] }));
    expect(seen).toEqual(['all', 'fra']);
    await settle();
    expect(seen).toEqual(['all', 'fra']);
  });

  it('a hover does not wake a view out of sight', async () => {
    const { seen, store } = renderRecorder(true);
    act(() => store.getState().hover({ hoveredEntity: 'fra' }));
    await settle();
    expect(seen).toEqual(['all']);
  });
});

describe('OffscreenScope', () => {
  // A stand-in IntersectionObserver: the test says when an observed element enters or leaves the screen.
  const observers = new Map<Element, IntersectionObserverCallback>();
  beforeEach(() => {
    observers.clear();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: IntersectionObserverCallback) {}
        observe(element: Element) {
          observers.set(element, this.callback);
        }
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const cross = (element: Element, isIntersecting: boolean) =>
    act(() =>
      observers.get(element)?.([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver),
    );

  function Probe() {
    const target = useRef<HTMLDivElement>(null);
    return (
      <div ref={target} data-testid="region">
        <OffscreenScope target={target}>
          <OffscreenContext.Consumer>
            {(off) => (off ? 'out of sight' : 'in sight')}
          </OffscreenContext.Consumer>
        </OffscreenScope>
      </div>
    );
  }

  it('watches its region and says whether it is on screen', () => {
    render(<Probe />);
    const region = screen.getByTestId('region');
    expect([...observers.keys()]).toEqual([region]);
    expect(screen.getByText('in sight')).toBeInTheDocument();
    cross(region, false);
    expect(screen.getByText('out of sight')).toBeInTheDocument();
    cross(region, true);
    expect(screen.getByText('in sight')).toBeInTheDocument();
  });

  describe('in the app', () => {
    stubEmptyWorld();

    it('a timeline out of sight catches up with a preset the map and matrix show at once', async () => {
      renderWithStore(<AppShell />);
      const timeline = screen.getByRole('region', { name: 'Timeline' });
      await within(timeline).findByText(/Showing 8 of 8 events/);
      expect([...observers.keys()].map((e) => e.getAttribute('aria-label') ?? e.className)).toEqual([
        'map-finder-part',
        'Map',
        'Stance matrix',
        'Timeline',
      ]);
      cross(timeline, false);
      await userEvent.click(screen.getByRole('button', { name: /^E3/ }));
      expect(
        within(screen.getByRole('region', { name: 'Map' })).getByText(/Showing 2 of 7 participants/),
      ).toBeInTheDocument();
      await within(timeline).findByText(/Showing 4 of 8 events/);
      expect(timeline.querySelectorAll('[data-event-id]:not([aria-hidden])')).toHaveLength(4);
    });

    it('the list of participants below the screen follows a filter after the frame, the map at once', async () => {
      const { store } = renderWithStore(<AppShell />);
      await screen.findByText('Find a participant');
      const part = document.querySelector('.map-finder-part')!;
      cross(part, false);
      const dimmed = () => part.querySelectorAll('li.is-dimmed').length;
      expect(dimmed()).toBe(0);
      act(() => store.getState().update({ entities: ['fra'] }));
      expect(
        within(screen.getByRole('region', { name: 'Map' })).getByText(/Showing 1 of 7 participants/),
      ).toBeInTheDocument();
      expect(dimmed()).toBe(0);
      await waitFor(() => expect(dimmed()).toBeGreaterThan(0));
    });
  });
});
