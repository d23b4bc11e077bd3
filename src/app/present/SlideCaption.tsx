import { useEffect, useId, useRef } from 'react';
import type { StorySlide } from '../../data/schema';

interface SlideCaptionProps {
  slide: StorySlide;
  revealed: boolean;
  onReveal: () => void;
}

export function SlideCaption({ slide, revealed, onReveal }: SlideCaptionProps) {
  const answer = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  // Once revealed, the answer is brought into its pane: on a 720p projector it fell below the fold. Not
  // one shown from the start: the handout, every answer shown, opened scrolled to its last one.
  const wasRevealed = useRef(revealed);
  useEffect(() => {
    if (revealed && !wasRevealed.current) answer.current?.scrollIntoView?.({ block: 'nearest' });
    wasRevealed.current = revealed;
  }, [revealed]);
  return (
    <section className="present__caption" aria-labelledby={titleId}>
      <h1 id={titleId}>{slide.title}</h1>
      <p>{slide.caption}</p>
      {slide.question !== undefined && (
        <div className="present__question">
          <p>
            <strong>Predict:</strong> {slide.question}
          </p>
          {/* The live region is there before the answer: one inserted already filled is often
              not read out. */}
          <div role="status">
            {revealed && slide.answer !== undefined && (
              <p className="present__answer" ref={answer}>
                <strong>Answer:</strong> {slide.answer}
              </p>
            )}
          </div>
          {!revealed && (
            <button type="button" className="present__reveal" onClick={onReveal}>
              Reveal the answer (R or Next)
            </button>
          )}
        </div>
      )}
    </section>
  );
}
