import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { ViewSection } from '../ViewSection';
import type { ViewName } from '../../state/viewNames';
import {
  applySlideCommand,
  clampSlide,
  hasQuestion,
  slideViewState,
  type SlideCommand,
} from '../../model/slides';
import { DetailSlotContext } from '../../components/detailSlot';
import { useAppStore, useAppStoreApi, useSummit } from '../../state/hooks';
import { rememberSlide, viewAfterPresenting } from '../../state/presentReturn';
import { KeyHelp } from './KeyHelp';
import { SlideCaption } from './SlideCaption';
import { PresentStyles } from './PresentStyles';
import { SlideSources } from './SlideSources';
import { useFullscreen } from './useFullscreen';
import { useSlideKeys } from './useSlideKeys';

/** Presenting mode: one large view per slide, big type, clicker keys, predict-then-reveal. */
export function PresentShell() {
  const { story } = useSummit();
  const store = useAppStoreApi();
  const index = clampSlide(
    useAppStore((s) => s.slide),
    story.length,
  );
  const view = useAppStore((s) => s.view);
  const slide = story[index];
  // Every answer revealed stays revealed: back on a question the class has discussed, it is not asked again.
  const [revealedSlides, setRevealedSlides] = useState<ReadonlySet<number>>(() => new Set());
  const [help, setHelp] = useState(false);
  // A blank screen, to turn the class's eyes away from the slide; a slide key or a click brings it back.
  const [blank, setBlank] = useState(false);
  const [detailSlot, setDetailSlot] = useState<HTMLDivElement | null>(null);
  const fullscreen = useFullscreen();
  const revealed = !hasQuestion(slide) || revealedSlides.has(index);

  const side = useRef<HTMLDivElement>(null);
  const viewPane = useRef<HTMLDivElement>(null);
  const go = (next: number) => {
    // Each slide opens at its top, as from a link to it, not scrolled as the last one was left; the
    // view may then scroll to what the slide highlights.
    for (const pane of [side.current, viewPane.current]) pane?.scrollTo?.(0, 0);
    window.scrollTo?.(0, 0);
    // Focus in the view would fall to the page when the next slide redraws it: it goes to the slide text.
    if (viewPane.current?.contains(document.activeElement)) side.current?.focus({ preventScroll: true });
    store.getState().replace(slideViewState(story, next, store.getState()));
  };
  // As a presentation's next build: on a question slide, the clicker's first Next reveals the answer and
  // the second turns the slide, so a teacher at the front need not come back to the laptop for R.
  const command = (c: SlideCommand) => {
    if (c === 'next' && !revealed) reveal();
    else go(applySlideCommand(index, story.length, c));
  };
  // A button clicked with the mouse hands focus back to the slide, so the clicker's Space turns the
  // slide instead of pressing that button again (going back again, or leaving full screen). Pressed
  // from the keyboard (detail 0), a button keeps focus.
  const pressBar = (event: MouseEvent, action: () => void) => {
    action();
    if (event.detail > 0) side.current?.focus({ preventScroll: true });
  };
  const exit = () => {
    if (fullscreen.active) void fullscreen.exit();
    store.getState().replace(viewAfterPresenting(store));
  };

  useEffect(() => rememberSlide(store, index, story.length), [store, index, story.length]);

  // A link to slide N sets present and slide; the slide's own view state is applied here once.
  useEffect(() => {
    const state = store.getState();
    store.getState().replace(slideViewState(story, state.slide, state));
  }, [store, story]);

  useEffect(() => {
    // Start on the slide's text, so a screen reader reads the first slide instead of nothing.
    side.current?.focus({ preventScroll: true });
    document.documentElement.dataset.present = 'true';
    return () => {
      delete document.documentElement.dataset.present;
    };
  }, []);

  function reveal() {
    if (revealed) return;
    setRevealedSlides((shown) => new Set(shown).add(index));
    // The reveal buttons go away with the hidden view, so focus moves to the caption, where the
    // answer appears, rather than falling back to the page.
    side.current?.focus({ preventScroll: true });
  }

  // While blank, a key only brings the slide back: a clicker's Next should not turn it unseen.
  useSlideKeys({
    onCommand: (c) => (blank ? setBlank(false) : command(c)),
    onReveal: () => (blank ? setBlank(false) : reveal()),
    onBlank: () => setBlank((b) => !b),
    onHelp: () => (blank ? setBlank(false) : setHelp(true)),
    onEscape: () => (blank ? setBlank(false) : help ? setHelp(false) : exit()),
  });

  const large: ViewName = view === 'all' ? 'map' : view;
  return (
    <div className="present">
      <PresentStyles />
      <header className="present__bar">
        <p className="present__progress" aria-live="polite">
          Slide {story.length === 0 ? 0 : index + 1} of {story.length}
          {slide && <span className="visually-hidden">: {slide.title}</span>}
        </p>
        <ol className="present__dots" aria-hidden="true">
          {story.map((s, i) => (
            <li key={s.id} className={i === index ? 'is-current' : i < index ? 'is-done' : ''} />
          ))}
        </ol>
        <div className="present__buttons">
          {/* aria-disabled, not disabled: the button pressed at the first or last slide keeps focus. */}
          <button
            type="button"
            onClick={(e) => pressBar(e, () => index > 0 && command('previous'))}
            aria-disabled={index === 0}
          >
            ← Previous
          </button>
          <button
            type="button"
            onClick={(e) => pressBar(e, () => (!revealed || index < story.length - 1) && command('next'))}
            aria-disabled={revealed && index >= story.length - 1}
          >
            Next →
          </button>
          <button
            type="button"
            onClick={(e) => pressBar(e, () => void fullscreen.toggle())}
            aria-pressed={fullscreen.active}
          >
            Full screen
          </button>
          <button type="button" onClick={() => setHelp(true)} aria-label="Keys (?)">
            ?
          </button>
          <a className="present__handout" href="?handout=1">
            Handout
          </a>
          <button type="button" onClick={exit}>
            Exit
          </button>
        </div>
      </header>
      <main className="present__main">
        <div
          className="present__side"
          role="region"
          aria-label="Slide text"
          tabIndex={0}
          ref={side}
          // Focus comes here at every slide: a quiet ring, not the bright frame of a control, on a projector.
          style={{ outlineColor: 'var(--text-muted)', outlineWidth: 2 }}
        >
          {slide ? (
            <SlideCaption slide={slide} revealed={revealed} onReveal={reveal} />
          ) : (
            <p>This summit has no story yet.</p>
          )}
          {/* The view's detail (a cell's evidence) would give the answer away, as the view would, and
              so would the sources' titles ("Trump gave no comment on a US contribution"). */}
          <div className="present__detail" ref={setDetailSlot} hidden={!revealed} />
          {slide && revealed && <SlideSources slide={slide} />}
        </div>
        <div className={`present__view ${revealed ? '' : 'is-hidden'}`} ref={viewPane} data-fit-height="">
          <div inert={!revealed}>
            {/* As in the handout, the view waits for the slot its detail docks in. */}
            {detailSlot && (
              <DetailSlotContext value={detailSlot}>
                <ViewSection which={large} />
              </DetailSlotContext>
            )}
          </div>
          {!revealed && (
            // The big target on the projected screen; the caption's own button may be below its fold.
            <button type="button" className="present__placard" onClick={reveal}>
              Predict first, then reveal (R or Next)
            </button>
          )}
        </div>
      </main>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      {blank && (
        <div className="present__blank" onClick={() => setBlank(false)}>
          <p role="status" className="visually-hidden">
            Screen blanked. Press any slide key to show the slide again.
          </p>
        </div>
      )}
    </div>
  );
}
