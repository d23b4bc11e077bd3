import { useEffect, useRef } from 'react';
import type { StorySlide } from '../../data/schema';

interface SlideCaptionProps {
  slide: StorySlide;
  revealed: boolean;
  onReveal: () => void;
}

export function SlideCaption({ slide, revealed, onReveal }: SlideCaptionProps) {
  const answer = useRef<HTMLParagraphElement>(null);
  // Revealed, the answer is brought into its pane: on a 720p projector it fell below the fold.
  useEffect(() => {
    if (revealed) answer.current?.scrollIntoView?.({ block: 'nearest' });
  }, [revealed]);
  return (
    <section className="present__caption" aria-labelledby="slide-title">
      <h1 id="slide-title">{slide.title}</h1>
      <p>{slide.caption}</p>
      {slide.question !== undefined && (
        <div className="present__question">
          <p>
            <strong>Predict:</strong> {slide.question}
          </p>
          {revealed ? (
            slide.answer !== undefined && (
              <p className="present__answer" role="status" ref={answer}>
                <strong>Answer:</strong> {slide.answer}
              </p>
            )
          ) : (
            <button type="button" className="present__reveal" onClick={onReveal}>
              Reveal the answer (R)
            </button>
          )}
        </div>
      )}
    </section>
  );
}
