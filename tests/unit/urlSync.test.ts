import { createAppStore } from '../../src/state/createAppStore';
import { buildSearch, startUrlSync } from '../../src/state/urlSync';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';

describe('URL sync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps page parameters (data, embed) and drops unknown ones when rewriting', () => {
    expect(buildSearch({ ...DEFAULT_VIEW_STATE, color: 'pledge' }, '?embed=map&junk=1&color=role')).toBe(
      '?embed=map&color=pledge',
    );
    expect(buildSearch(DEFAULT_VIEW_STATE, '?junk=1')).toBe('');
  });

  it('takes out of the address what the view did not take, at load and on Back, without a history entry', () => {
    window.history.replaceState(null, '', '/?embed=map&e=fra,xx&color=purple&junk=1');
    const store = createAppStore({ entities: ['fra'] });
    const before = window.history.length;
    const stop = startUrlSync(store);
    expect(window.location.search).toBe('?embed=map&e=fra');
    window.history.replaceState(null, '', '/?color=purple&zoom=abc');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before);
    stop();
  });

  it('pushes a history entry for a filter change and restores it on Back', async () => {
    const store = createAppStore();
    const stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().update({ entities: ['fra', 'gbr'] });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?e=fra,gbr');
    expect(window.history.length).toBe(before + 1);

    store.getState().update({ selectedEntity: 'fra' });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?e=fra,gbr&sel=fra');

    window.history.replaceState(null, '', '/?e=fra,gbr');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedEntity).toBeNull();
    expect(store.getState().entities).toEqual(['fra', 'gbr']);
    stop();
  });

  it('pushes a history entry for a date range, so Back undoes only that', () => {
    const store = createAppStore({ entities: ['fra'] });
    const stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().update({ from: '2025-09-01', to: '2025-09-07' });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?e=fra&from=2025-09-01&to=2025-09-07');
    expect(window.history.length).toBe(before + 1);
    stop();
  });

  it('replaces rather than pushes for a zoom change', () => {
    const store = createAppStore();
    const stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().update({ zoom: { lon: 10, lat: 50, k: 2 } });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?zoom=10,50,2');
    expect(window.history.length).toBe(before);
    stop();
  });

  it('passes what Back decodes through the dataset check', () => {
    const store = createAppStore();
    const stop = startUrlSync(store, window, (state) => ({
      ...state,
      entities: (state.entities ?? []).filter((id) => id !== 'zzz'),
    }));
    window.history.replaceState(null, '', '/?e=fra,zzz');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().entities).toEqual(['fra']);
    stop();
  });
});
