import { useMemo, useState } from 'react';
import { ViewSection } from '../ViewSection';
import { DetailSlotContext } from '../../components/detailSlot';
import type { StorySlide } from '../../data/schema';
import { slideViewState } from '../../model/slides';
import { AppProviders } from '../../state/AppProviders';
import { createAppStore } from '../../state/createAppStore';
import { useSummit } from '../../state/hooks';
import { VIEW_TITLES, type ViewName } from '../../state/viewNames';
import { SlideCaption } from './SlideCaption';
import { PresentStyles } from './PresentStyles';
import { SlideSources } from './SlideSources';

/** The story as printable pages: each slide's caption, question and answer, its view and its sources. */
export function Handout() {
  const summit = useSummit();
  const slides = useMemo(
    () =>
      summit.story.map((slide, i) => {
        const state = { ...slideViewState(summit.story, i, { theme: 'light' }), present: false };
        return { slide, store: createAppStore(state), view: state.view === 'all' ? 'map' : state.view };
      }),
    [summit],
  );
  return (
    <main className="handout">
      <PresentStyles />
      <header className="handout__head">
        <h1>
          {summit.meta.title}: the story in {slides.length} slides
        </h1>
        <p className="handout__actions">
          <button type="button" onClick={() => window.print()}>
            Print the handout
          </button>{' '}
          <a href="./">Back to the atlas</a>
        </p>
      </header>
      {slides.map(({ slide, store, view }, i) => (
        <article key={slide.id} className="handout__page" aria-label={`Slide ${i + 1}: ${slide.title}`}>
          <p className="handout__number">
            Slide {i + 1} of {slides.length}
          </p>
          <AppProviders store={store} summit={summit}>
            <HandoutSlide slide={slide} view={view} label={`${VIEW_TITLES[view]}, slide ${i + 1}`} />
          </AppProviders>
        </article>
      ))}
    </main>
  );
}

/**
 * One slide on paper. The detail a slide opens (a cell's evidence, a country, an event) is docked under
 * its caption, as when presenting: floating, a card spilled over the next slide's page.
 */
function HandoutSlide({ slide, view, label }: { slide: StorySlide; view: ViewName; label: string }) {
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <SlideCaption slide={slide} revealed onReveal={() => undefined} />
      <div className="present__detail" ref={setSlot} />
      {/* The view waits for its slot: drawn before it, a cell's card took itself for a floating one
          for a moment and scrolled the page to its cell, so the handout opened at slide 7. */}
      {slot && (
        <DetailSlotContext value={slot}>
          <ViewSection which={view} label={label} />
        </DetailSlotContext>
      )}
      {view === 'matrix' && (
        <p className="handout__print-note">
          On paper the grid leaves out the leaders with no stated position on these questions; the column
          totals count them.
        </p>
      )}
      <SlideSources slide={slide} full />
    </>
  );
}
