import { lazy, Suspense, useId, useRef, type ReactNode } from 'react';
import { ViewBoundary } from '../components/ViewBoundary';
import { MapView } from '../views/map/MapView';
import { StanceMatrix } from '../views/matrix/StanceMatrix';
import { VIEW_TITLES, type ViewName } from '../state/viewNames';
import { OffscreenScope } from '../components/OffscreenScope';

// The timeline sits below the fold on every screen size, so its code (and d3's time scale) is not in
// the first bundle; its download starts as soon as this module runs, in parallel with the dataset.
const timelineModule = import('../views/timeline/TimelineView');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));
// The text alternative of each view (its description and table) is not needed for the first paint.
const ViewText = lazy(() => import('../components/alternatives/ViewText'));

const VIEWS: Record<ViewName, () => ReactNode> = {
  map: () => <MapView />,
  matrix: () => <StanceMatrix />,
  timeline: () => (
    <Suspense fallback={<p role="status">Loading the timeline…</p>}>
      <TimelineView />
    </Suspense>
  ),
};

interface ViewSectionProps {
  which: ViewName;
  className?: string;
  /** Controls drawn above the view, e.g. its export menu. */
  tools?: ReactNode;
  /** The region's name where a page shows a view more than once (the handout); ids are then its own. */
  label?: string;
}

/** One view in its named region, with its own error box, the same wherever it is shown. */
export function ViewSection({ which, className = '', tools, label }: ViewSectionProps) {
  const title = VIEW_TITLES[which];
  const uid = useId();
  const describedBy = `${which}-description${label ? uid : ''}`;
  const region = useRef<HTMLElement>(null);
  return (
    <section
      ref={region}
      className={`view view--${which} ${className}`}
      aria-label={label ?? title}
      aria-describedby={describedBy}
      id={label ? undefined : which}
    >
      <OffscreenScope target={region}>
        <ViewBoundary name={title}>{VIEWS[which]()}</ViewBoundary>
        <ViewBoundary name={`${title} description`}>
          <Suspense fallback={null}>
            <ViewText which={which} id={describedBy} />
          </Suspense>
        </ViewBoundary>
      </OffscreenScope>
      {tools && <div className="view__tools">{tools}</div>}
    </section>
  );
}
