import { matchingPreset, PRESETS, presetEntityIds, searchEntities } from '../../src/model/presets';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const preset = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('presets', () => {
  it('resolve against the loaded dataset', () => {
    expect(presetEntityIds(summit, preset('e3'))).toEqual(['fra', 'gbr']);
    expect(presetEntityIds(summit, preset('eu'))).toEqual(['fra', 'ita', 'lux']);
    expect(presetEntityIds(summit, preset('non-eu'))).toEqual(['gbr', 'ukr', 'usa']);
    expect(presetEntityIds(summit, preset('g7'))).toEqual(['fra', 'gbr', 'ita', 'usa']);
    expect(presetEntityIds(summit, preset('in-person'))).toEqual(['fra', 'ukr']);
    expect(presetEntityIds(summit, preset('nb8'))).toEqual([]);
  });

  it('recognise a selection that equals a preset, in any order', () => {
    expect(matchingPreset(summit, ['gbr', 'fra'])?.id).toBe('e3');
    expect(matchingPreset(summit, ['gbr'])).toBeUndefined();
    expect(matchingPreset(summit, [])).toBeUndefined();
  });
});

describe('searchEntities', () => {
  it('finds by name, ignoring case and accents, or by ISO code prefix', () => {
    expect(searchEntities(summit.entities, 'united').map((e) => e.id)).toEqual(['gbr', 'usa']);
    expect(searchEntities(summit.entities, 'ITA').map((e) => e.id)).toEqual(['ita']);
    expect(searchEntities(summit.entities, 'frânce').map((e) => e.id)).toEqual(['fra']);
    expect(searchEntities(summit.entities, '  ').map((e) => e.name)).toEqual([
      'France',
      'Italy',
      'Luxembourg',
      'NATO',
      'Russia',
      'Ukraine',
      'United Kingdom',
      'United States',
    ]);
  });
});
