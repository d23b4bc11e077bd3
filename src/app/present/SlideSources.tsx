import { useMemo } from 'react';
import { SourceList } from '../../components/SourceList';
import type { StorySlide } from '../../data/schema';
import { sourcesFor } from '../../model/sourcesFor';
import { useSummit } from '../../state/hooks';
import { SourceLinks } from '../../views/reader/SourceLinks';

/**
 * What a slide's caption, question and answer rest on. After the slide's detail, not between it and
 * the caption: there it pushed France's card below a 720p projector's edge. On paper (`full`) each
 * source is given in full (publisher, date, title), since a link cannot be followed there.
 */
export function SlideSources({ slide, full = false }: { slide: StorySlide; full?: boolean }) {
  const summit = useSummit();
  const sources = useMemo(() => sourcesFor(summit, slide.sourceIds ?? []), [summit, slide.sourceIds]);
  if (sources.length === 0) return null;
  return (
    <div className="slide-sources">
      {full ? (
        <>
          <h2>Sources</h2>
          <SourceList sources={sources} />
        </>
      ) : (
        <SourceLinks sources={sources} />
      )}
    </div>
  );
}
