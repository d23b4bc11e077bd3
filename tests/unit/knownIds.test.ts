import { keepKnownIds } from '../../src/state/knownIds';
import { decodeViewState } from '../../src/state/urlCodec';
import { loadFixture } from '../helpers/renderWithStore';

describe('keepKnownIds: ids from a link, checked against the dataset', () => {
  const summit = loadFixture('valid-small.json');
  const person = summit.people[0]!.id;
  const question = summit.questions[0]!.id;
  const event = summit.events[0]!.id;
  const category = summit.events[0]!.category;

  it('keeps every field whose ids the dataset has, untouched', () => {
    const state = decodeViewState(
      `?e=fra,gbr&q=${question}&cat=${category}&sel=fra&ev=${event}&cell=${person},${question}&ref=${person}&sort=agreement&color=pledge`,
    );
    expect(keepKnownIds(state, summit)).toEqual(state);
  });

  it('drops unknown ids from a list and keeps the known ones', () => {
    expect(keepKnownIds(decodeViewState('?e=fra,zzz,gbr'), summit).entities).toEqual(['fra', 'gbr']);
  });

  it('reads ids in any case, as a hand-typed link writes ISO codes, and keeps each once', () => {
    const state = keepKnownIds(
      decodeViewState(`?e=DEU,FRA,fra,Gbr&sel=ITA&ev=${event.toUpperCase()}`),
      summit,
    );
    expect(state).toMatchObject({ entities: ['fra', 'gbr'], selectedEntity: 'ita', selectedEvent: event });
  });

  it('drops a start after the last event and an end before the first, keeping an overlapping range', () => {
    const days = summit.events.flatMap((e) => [e.date, e.endDate ?? e.date]).sort();
    const [first, last] = [days[0]!, days.at(-1)!];
    expect(keepKnownIds(decodeViewState('?from=2030-01-01&color=pledge'), summit)).toEqual({
      color: 'pledge',
    });
    expect(keepKnownIds(decodeViewState('?to=2020-01-01'), summit)).toEqual({});
    const overlapping = decodeViewState(`?from=2020-01-01&to=${first}`);
    expect(keepKnownIds(overlapping, summit)).toEqual(overlapping);
    expect(keepKnownIds(decodeViewState(`?from=${last}`), summit)).toEqual({ from: last });
  });

  it('falls back to the default for a field with nothing known, leaving the other fields', () => {
    const kept = keepKnownIds(
      decodeViewState('?e=zzz&q=army-size&cat=parade&sel=atlantis&ev=no-such-event&color=pledge'),
      summit,
    );
    expect(kept).toEqual({ color: 'pledge' });
  });

  it('drops a cell, a comparison or a reference leader naming anyone unknown', () => {
    const kept = keepKnownIds(
      decodeViewState(`?cell=nobody,${question}&cmp=${person},nobody&ref=nobody`),
      summit,
    );
    expect(kept).toEqual({});
    expect(keepKnownIds(decodeViewState(`?cell=${person},nothing`), summit)).toEqual({});
  });

  it('drops them too when they name someone in the dataset with no row in the matrix', () => {
    // An adviser who only sat in a meeting: no stance, and no delegation's head.
    const adviser = { id: 'adviser', name: 'An Adviser', title: 'Adviser', entityId: 'fra' };
    const withAdviser = { ...summit, people: [...summit.people, adviser] };
    const kept = keepKnownIds(
      decodeViewState(`?cell=adviser,${question}&cmp=adviser,${person}&ref=adviser&sort=agreement`),
      withAdviser,
    );
    expect(kept).toEqual({ sort: 'agreement' });
  });
});
