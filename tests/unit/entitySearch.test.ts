import { loadCountryCodes } from '../../src/data/countryCodes';
import { byName, findEntities } from '../../src/model/entitySearch';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const entities = byName(summit.entities);
const ids = (query: string, codes?: Awaited<ReturnType<typeof loadCountryCodes>>) =>
  findEntities(entities, query, codes).map((e) => e.id);

describe('findEntities', () => {
  it('finds by name, ignoring case and accents, or by the start of the alpha-3 code', () => {
    expect(ids('united')).toEqual(['gbr', 'usa']);
    expect(ids('ITA')).toEqual(['ita']);
    expect(ids('frânce')).toEqual(['fra']);
    expect(ids('lu')).toEqual(['lux']);
    expect(ids('  ').map((id) => entities.find((e) => e.id === id)?.name)).toEqual([
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

  it('finds a country by its two-letter code, the exact match first', async () => {
    const codes = await loadCountryCodes();
    // Without the table, "UK" is only part of "Ukraine".
    expect(ids('UK')).toEqual(['ukr']);
    expect(ids('UK', codes)).toEqual(['gbr', 'ukr']);
    expect(ids('gb', codes)).toEqual(['gbr']);
    expect(ids('us', codes)).toEqual(['usa', 'rus']); // Russia has "us" in its name
    expect(ids('ua', codes)).toEqual(['ukr']);
    // Italy by its code first, then the names with "it" in them, as before.
    expect(ids('it', codes)).toEqual(['ita', 'gbr', 'usa']);
    expect(ids('FR', codes)).toEqual(['fra']);
    // A two-letter code is matched whole: "u" is not a code, so only names and alpha-3 starts count.
    expect(ids('u', codes)).toEqual(['lux', 'rus', 'ukr', 'gbr', 'usa']);
  });

  it('finds a country by a name it is still widely known by, from the start of a word', async () => {
    const codes = await loadCountryCodes();
    expect(ids('Britain')).toEqual([]);
    expect(ids('britain', codes)).toEqual(['gbr']);
    expect(ids('Great Brit', codes)).toEqual(['gbr']);
    expect(ids('america', codes)).toEqual(['usa']);
    expect(ids('russian fed', codes)).toEqual(['rus']);
    // Not from inside a word: "ita" is Italy's code, not the middle of "Britain".
    expect(ids('ita', codes)).toEqual(['ita']);
    expect(codes.get('TUR')).toContain('Turkey');
    expect(codes.get('CZE')).toContain('Czech Republic');
    expect(codes.get('NLD')).toContain('Holland');
  });
});

describe('loadCountryCodes', () => {
  it('maps alpha-3 to alpha-2 for every country, with the EU’s EL and UK, then other names', async () => {
    const codes = await loadCountryCodes();
    expect(codes.size).toBeGreaterThan(240);
    expect(codes.get('DEU')).toEqual(['DE']);
    expect(codes.get('GRC')).toEqual(['GR', 'EL']);
    expect(codes.get('GBR')).toEqual(['GB', 'UK', 'Britain', 'Great Britain']);
    for (const e of summit.entities) if (e.iso3 !== undefined) expect(codes.get(e.iso3)).toBeDefined();
  });
});
