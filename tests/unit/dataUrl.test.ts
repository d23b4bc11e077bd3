import { resolveDataParam } from '../../src/data/dataUrl';

const page = 'https://atlas.example.org/app/?x=1';

describe('resolveDataParam', () => {
  it('uses the shipped dataset without a data parameter', () => {
    expect(resolveDataParam('', page)).toEqual({ kind: 'default' });
    expect(resolveDataParam('?data=', page)).toEqual({ kind: 'default' });
  });

  it('resolves relative and same-origin URLs', () => {
    expect(resolveDataParam('?data=data/mine.json', page)).toEqual({
      kind: 'same-origin',
      url: 'https://atlas.example.org/app/data/mine.json',
    });
    expect(resolveDataParam('?data=/x.json', page)).toEqual({
      kind: 'same-origin',
      url: 'https://atlas.example.org/x.json',
    });
  });

  it('names the host of another origin so it can be confirmed', () => {
    expect(resolveDataParam('?data=https://evil.example.com/s.json', page)).toEqual({
      kind: 'remote',
      url: 'https://evil.example.com/s.json',
      host: 'evil.example.com',
    });
    expect(resolveDataParam('?data=//evil.example.com:8080/s.json', page)).toMatchObject({
      kind: 'remote',
      host: 'evil.example.com:8080',
    });
  });

  it('refuses non-http schemes', () => {
    expect(resolveDataParam('?data=javascript:alert(1)', page)).toEqual({
      kind: 'invalid',
      value: 'javascript:alert(1)',
    });
    expect(resolveDataParam('?data=data:application/json,{}', page).kind).toBe('invalid');
  });
});
