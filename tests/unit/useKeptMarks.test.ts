import { renderHook } from '@testing-library/react';
import type { SummitEvent } from '../../src/data/schema';
import type { MarkLayout } from '../../src/model/timelineLayout';
import { useKeptMarks } from '../../src/views/timeline/useKeptMarks';

const mark = (id: string, x0: number) => ({ id, x0 }) as MarkLayout;
const events = (...ids: string[]) => new Map(ids.map((id) => [id, { id } as SummitEvent]));

describe('useKeptMarks', () => {
  it('keeps filtered-out marks at their last place, hidden, in order of first appearance', () => {
    const dataset = {};
    const { result, rerender } = renderHook(
      ({ marks }) => useKeptMarks(marks, events('a', 'b', 'c'), dataset),
      {
        initialProps: { marks: [mark('a', 1), mark('b', 2)] },
      },
    );
    expect(result.current.map((k) => [k.mark.id, k.shown])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    rerender({ marks: [mark('c', 3), mark('a', 5)] });
    expect(result.current.map((k) => [k.mark.id, k.mark.x0, k.shown])).toEqual([
      ['a', 5, true],
      ['b', 2, false],
      ['c', 3, true],
    ]);
  });

  it('starts afresh with another dataset', () => {
    const first = {};
    const { result, rerender } = renderHook(
      ({ marks, dataset }) => useKeptMarks(marks, events('a', 'b'), dataset),
      { initialProps: { marks: [mark('a', 1), mark('b', 2)], dataset: first } },
    );
    rerender({ marks: [mark('a', 1)], dataset: first });
    expect(result.current.map((k) => k.mark.id)).toEqual(['a', 'b']);
    rerender({ marks: [mark('a', 1)], dataset: {} });
    expect(result.current.map((k) => k.mark.id)).toEqual(['a']);
  });
});
