import type { ReactNode } from 'react';
import { ViewBoundary } from '../components/ViewBoundary';
import { MapView } from '../views/map/MapView';
import { StanceMatrix } from '../views/matrix/StanceMatrix';
import { TimelineView } from '../views/timeline/TimelineView';
import { VIEW_TITLES, type ViewName } from './viewNames';

const VIEWS: Record<ViewName, () => ReactNode> = {
  map: () => <MapView />,
  matrix: () => <StanceMatrix />,
  timeline: () => <TimelineView />,
};

interface ViewSectionProps {
  which: ViewName;
  className?: string;
  /** Controls drawn above the view, e.g. its export menu. */
  tools?: ReactNode;
}

/** One view in its named region, with its own error box, the same wherever it is shown. */
export function ViewSection({ which, className = '', tools }: ViewSectionProps) {
  const title = VIEW_TITLES[which];
  return (
    <section className={`view view--${which} ${className}`} aria-label={title} id={which}>
      {tools && <div className="view__tools">{tools}</div>}
      <ViewBoundary name={title}>{VIEWS[which]()}</ViewBoundary>
    </section>
  );
}
