import { matchingPreset, PRESETS, presetEntityIds } from '../../src/model/presets';
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
