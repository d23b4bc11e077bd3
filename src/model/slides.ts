/**
 * The story as slides. A slide is a caption plus a view state written as a query string, so a slide
 * is also a link: `?present=1&slide=4` opens the fourth slide.
 */
import type { StorySlide } from '../data/schema';
import { decodeViewState } from '../state/urlCodec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';

export function clampSlide(index: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), count - 1);
}

export type SlideCommand = 'next' | 'previous' | 'first' | 'last';

/** Presentation clickers send PageDown/PageUp; keyboards use arrows and Space. */
export function commandForKey(key: string, shiftKey = false): SlideCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** No wrap-around: a class should not jump from the last slide back to the first by one click too many. */
export function applySlideCommand(index: number, count: number, command: SlideCommand): number {
  switch (command) {
    case 'next':
      return clampSlide(index + 1, count);
    case 'previous':
      return clampSlide(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampSlide(count - 1, count);
  }
}

/**
 * The whole view state of slide `index` of the story (clamped, so that a link to slide 10 of 9 opens
 * slide 9 with its view, not slide 9's caption over the default view); presenting and the theme carry
 * over from the current state.
 */
export function slideViewState(
  story: readonly StorySlide[],
  index: number,
  current: Pick<ViewState, 'theme'>,
): ViewState {
  const at = clampSlide(index, story.length);
  const slide = story[at];
  const fromSlide = slide ? decodeViewState(slide.state) : {};
  return { ...DEFAULT_VIEW_STATE, ...fromSlide, theme: current.theme, present: true, slide: at };
}

export function hasQuestion(slide: StorySlide | undefined): boolean {
  return slide?.question !== undefined && slide.question.trim() !== '';
}
