import { createAppStore, pickViewState } from '../../src/state/createAppStore';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';

describe('createAppStore', () => {
  it('starts from the defaults merged with the given state', () => {
    const store = createAppStore({ color: 'pledge', entities: ['fra'] });
    expect(pickViewState(store.getState())).toEqual({
      ...DEFAULT_VIEW_STATE,
      color: 'pledge',
      entities: ['fra'],
    });
  });

  it('keeps separate stores apart', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().update({ selectedEntity: 'fra' });
    expect(b.getState().selectedEntity).toBeNull();
  });

  it('hover does not touch the view state, and reset clears both', () => {
    const store = createAppStore({ sort: 'name' });
    store.getState().hover({ hoveredEntity: 'gbr' });
    expect(pickViewState(store.getState())).toEqual({ ...DEFAULT_VIEW_STATE, sort: 'name' });
    store.getState().reset();
    expect(store.getState().hoveredEntity).toBeNull();
    expect(store.getState().sort).toBe('group');
  });

  it("keeps the reader's theme on reset", () => {
    const store = createAppStore({ theme: 'dark', entities: ['fra'] });
    store.getState().reset();
    expect(store.getState().entities).toEqual([]);
    expect(store.getState().theme).toBe('dark');
  });
});
