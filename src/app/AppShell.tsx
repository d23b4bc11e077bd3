import { EntityPanel } from '../components/EntityPanel';
import { FilterBar } from '../components/filters/FilterBar';
import { ThemeSelect } from '../components/ThemeSelect';
import { ViewBoundary } from '../components/ViewBoundary';
import { formatCalendarDate } from '../model/calendar';
import { useSummit } from '../state/hooks';
import { MapView } from '../views/map/MapView';
import { StanceMatrix } from '../views/matrix/StanceMatrix';
import { TimelineView } from '../views/timeline/TimelineView';

interface AppShellProps {
  onOpenLoader?: () => void;
}

export function AppShell({ onOpenLoader }: AppShellProps) {
  const summit = useSummit();
  const { meta } = summit;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the views
      </a>
      <header className="app-header">
        <div className="app-header__text">
          <p className="app-header__brand">Summit Atlas</p>
          <h1 className="app-header__title">{meta.title}</h1>
          <p className="app-header__when">
            <time dateTime={meta.date}>{formatCalendarDate(meta.date)}</time> · {meta.location}
          </p>
        </div>
        <div className="app-header__tools">
          {onOpenLoader && (
            <button type="button" onClick={onOpenLoader}>
              Load your own summit
            </button>
          )}
          <ThemeSelect />
        </div>
      </header>
      <ViewBoundary name="Filters">
        <FilterBar />
      </ViewBoundary>
      <main className="views" id="main" tabIndex={-1}>
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
      <ViewBoundary name="Details">
        <EntityPanel />
      </ViewBoundary>
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
