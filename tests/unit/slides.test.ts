import type { StorySlide } from '../../src/data/schema';
import {
  applySlideCommand,
  clampSlide,
  commandForKey,
  hasQuestion,
  slideViewState,
} from '../../src/model/slides';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';

describe('slide controller', () => {
  it('maps clicker and keyboard keys to commands', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => commandForKey(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => commandForKey(k))).toEqual(['previous', 'previous']);
    expect(commandForKey(' ', true)).toBe('previous');
    expect([commandForKey('Home'), commandForKey('End'), commandForKey('x')]).toEqual([
      'first',
      'last',
      null,
    ]);
  });

  it('steps without wrapping around', () => {
    expect(applySlideCommand(0, 8, 'next')).toBe(1);
    expect(applySlideCommand(7, 8, 'next')).toBe(7);
    expect(applySlideCommand(0, 8, 'previous')).toBe(0);
    expect(applySlideCommand(3, 8, 'last')).toBe(7);
    expect(applySlideCommand(3, 8, 'first')).toBe(0);
    expect(applySlideCommand(0, 0, 'next')).toBe(0);
  });

  it('clamps a slide number from a link', () => {
    expect(clampSlide(12, 8)).toBe(7);
    expect(clampSlide(-3, 8)).toBe(0);
  });

  it('turns a slide into a full view state, keeping the theme', () => {
    const slide: StorySlide = {
      id: 's',
      title: 'T',
      caption: 'C',
      state: 'view=map&color=attendance&sel=fra&bogus=1',
    };
    const other: StorySlide = { id: 'o', title: 'O', caption: 'C', state: 'view=timeline' };
    expect(slideViewState([other, other, slide], 2, { theme: 'dark' })).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'map',
      color: 'attendance',
      selectedEntity: 'fra',
      theme: 'dark',
      present: true,
      slide: 2,
    });
    // A link past the end opens the last slide, its view with it.
    expect(slideViewState([other, slide], 9, { theme: 'light' })).toMatchObject({
      slide: 1,
      view: 'map',
      selectedEntity: 'fra',
    });
  });

  it('knows which slides ask a question first', () => {
    expect(
      hasQuestion({ id: 'a', title: 'a', caption: '', state: '', question: 'How many?', answer: '9' }),
    ).toBe(true);
    expect(hasQuestion({ id: 'a', title: 'a', caption: '', state: '' })).toBe(false);
  });
});
