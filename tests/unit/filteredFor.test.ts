import { applyFilters, type FilterState } from '../../src/model/filters';
import { pickFilters } from '../../src/state/paintedFilters';
import { filteredFor } from '../../src/state/selectors';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { loadFixture } from '../helpers/renderWithStore';

const none: FilterState = pickFilters(DEFAULT_VIEW_STATE);

describe('filteredFor', () => {
  const summit = loadFixture('valid-small.json');

  it('gives every caller of one filter state the same result, equal to applyFilters', () => {
    const entities = ['fra', 'gbr'];
    const first = filteredFor(summit, { ...none, entities });
    // A new but shallow-equal object, as each component's useShallow selector returns.
    const second = filteredFor(summit, { ...none, entities });
    expect(second).toBe(first);
    expect([...first.entityIds].sort()).toEqual(
      [...applyFilters(summit, { ...none, entities }).entityIds].sort(),
    );
  });

  it('recomputes when a filter changes, and per dataset', () => {
    const e3 = filteredFor(summit, { ...none, entities: ['fra', 'gbr'] });
    const italy = filteredFor(summit, { ...none, entities: ['ita'] });
    expect(italy).not.toBe(e3);
    expect([...italy.entityIds]).toEqual(['ita']);
    const other = loadFixture('valid-small.json');
    const fresh = filteredFor(other, { ...none, entities: ['ita'] });
    expect(fresh).not.toBe(italy);
    expect([...fresh.entityIds]).toEqual(['ita']);
  });

  it('keeps the last two results: a frame asks for both the new and the painted filters', () => {
    // The store hands out the same arrays until a filter changes; each caller a new wrapping object.
    const [fra, deu, ita] = [['fra'], ['deu'], ['ita']];
    const painted = filteredFor(summit, { ...none, entities: fra });
    const next = filteredFor(summit, { ...none, entities: deu });
    expect(filteredFor(summit, { ...none, entities: fra })).toBe(painted);
    expect(filteredFor(summit, { ...none, entities: deu })).toBe(next);
    filteredFor(summit, { ...none, entities: ita });
    expect(filteredFor(summit, { ...none, entities: fra })).not.toBe(painted);
  });
});
