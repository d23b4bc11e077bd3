import { countLabel, listNames, nameInProse, upperFirst } from '../../src/model/prose';

describe('prose', () => {
  it('counts with the right number', () => {
    expect(countLabel(1, 'row')).toBe('1 row');
    expect(countLabel(0, 'row')).toBe('0 rows');
    expect(countLabel(2, 'person', 'people')).toBe('2 people');
  });

  it('joins names in plain English and cuts long lists', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D'], 2)).toBe('A, B and 2 more');
  });

  it('puts "the" before the names that take it in a sentence, and only those', () => {
    expect(
      ['Netherlands', 'United Kingdom', 'United States', 'European Commission', 'Czech Republic'].map(
        nameInProse,
      ),
    ).toEqual([
      'the Netherlands',
      'the United Kingdom',
      'the United States',
      'the European Commission',
      'the Czech Republic',
    ]);
    expect(['France', 'NATO', 'Czechia', 'Türkiye', 'New Zealand', 'Unitedland'].map(nameInProse)).toEqual([
      'France',
      'NATO',
      'Czechia',
      'Türkiye',
      'New Zealand',
      'Unitedland',
    ]);
    expect(upperFirst(listNames(['Netherlands', 'Poland'].map(nameInProse)))).toBe(
      'The Netherlands and Poland',
    );
  });
});
