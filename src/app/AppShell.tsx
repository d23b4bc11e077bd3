import { useSummit } from '../state/hooks';
import { ViewBoundary } from '../components/ViewBoundary';
import { MapView } from '../views/map/MapView';
import { StanceMatrix } from '../views/matrix/StanceMatrix';
import { TimelineView } from '../views/timeline/TimelineView';
import { formatCalendarDate } from '../model/calendar';

export function AppShell() {
  const summit = useSummit();
  const { meta } = summit;
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-header__brand">Summit Atlas</p>
        <h1 className="app-header__title">{meta.title}</h1>
        <p className="app-header__when">
          <time dateTime={meta.date}>{formatCalendarDate(meta.date)}</time> · {meta.location}
        </p>
      </header>
      <main className="views" id="main">
        <section className="view view--map" aria-label="Map" id="map">
          <ViewBoundary name="Map">
            <MapView />
          </ViewBoundary>
        </section>
        <section className="view view--matrix" aria-label="Stance matrix" id="matrix">
          <ViewBoundary name="Stance matrix">
            <StanceMatrix />
          </ViewBoundary>
        </section>
        <section className="view view--timeline" aria-label="Timeline" id="timeline">
          <ViewBoundary name="Timeline">
            <TimelineView />
          </ViewBoundary>
        </section>
      </main>
      <footer className="app-footer">
        <p>
          Dataset version {meta.datasetVersion}, updated{' '}
          <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time> · {summit.sources.length}{' '}
          sources
        </p>
      </footer>
    </div>
  );
}
