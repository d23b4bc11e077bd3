import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/createAppStore';
import {
  rememberSlide,
  rememberViewBeforePresenting,
  slideToResume,
  viewAfterPresenting,
} from '../../src/state/presentReturn';

describe('presentReturn', () => {
  it('resumes at a slide left mid-story, per store', () => {
    const store = createAppStore();
    const other = createAppStore();
    expect(slideToResume(store)).toBe(0);
    rememberSlide(store, 3, 9);
    expect(slideToResume(store)).toBe(3);
    expect(slideToResume(other)).toBe(0);
  });

  it('starts again at slide 1 when left at the first or the last slide', () => {
    const store = createAppStore();
    rememberSlide(store, 3, 9);
    rememberSlide(store, 8, 9);
    expect(slideToResume(store)).toBe(0);
    rememberSlide(store, 4, 9);
    rememberSlide(store, 0, 9);
    expect(slideToResume(store)).toBe(0);
  });

  it('brings back the view presenting started from, in the theme chosen meanwhile', () => {
    const store = createAppStore({ entities: ['dnk'], color: 'pledge' });
    rememberViewBeforePresenting(store);
    store.getState().update({ present: true, slide: 2, entities: [], theme: 'contrast' });
    expect(viewAfterPresenting(store)).toMatchObject({
      entities: ['dnk'],
      color: 'pledge',
      present: false,
      slide: 0,
      theme: 'contrast',
    });
  });
});
