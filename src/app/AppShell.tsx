import { useState } from 'react';
import { EntityPanel } from '../components/EntityPanel';
import { EmbedFrame } from '../components/share/EmbedFrame';
import { ExportMenu } from '../components/share/ExportMenu';
import { ShareMenu } from '../components/share/ShareMenu';
import { parseEmbedParam } from '../export/embed';
import { FilterBar } from '../components/filters/FilterBar';
import { ThemeSelect } from '../components/ThemeSelect';
import { ViewBoundary } from '../components/ViewBoundary';
import { formatCalendarDate } from '../model/calendar';
import { slideViewState } from '../model/slides';
import { useAppStore, useAppStoreApi, useSummit } from '../state/hooks';
import { PresentShell } from '../views/present/PresentShell';
import { About, ClaimsPanel, Glossary, Overview, SourcesPanel } from '../views/reader';
import { ShortcutHelp } from './ShortcutHelp';
import { useDrawnMark } from './useDrawnMark';
import { useShortcuts } from './useShortcuts';
import { ViewSection } from './ViewSection';
import { VIEW_NAMES } from './viewNames';

interface AppShellProps {
  onOpenLoader?: () => void;
}

export function AppShell({ onOpenLoader }: AppShellProps) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const present = useAppStore((s) => s.present);
  const focus = useAppStore((s) => s.view);
  const [help, setHelp] = useState(false);
  const [embed] = useState(() => parseEmbedParam(window.location.search));
  useShortcuts(() => setHelp(true), !present && !embed);
  useDrawnMark();
  const { meta } = summit;
  if (embed) {
    return (
      <EmbedFrame which={embed}>
        {embed === 'story' ? <PresentShell /> : <ViewSection which={embed} />}
      </EmbedFrame>
    );
  }
  if (present) return <PresentShell />;

  const startPresenting = () =>
    store.getState().replace(slideViewState(summit.story[0], 0, store.getState()));
  const views = focus === 'all' ? VIEW_NAMES : [focus, ...VIEW_NAMES.filter((v) => v !== focus)];

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
          {summit.story.length > 0 && (
            <button type="button" onClick={startPresenting}>
              Present the story
            </button>
          )}
          {onOpenLoader && (
            <button type="button" onClick={onOpenLoader}>
              Load your own summit
            </button>
          )}
          <ShareMenu />
          <ThemeSelect />
        </div>
      </header>
      <ViewBoundary name="Overview">
        <Overview />
      </ViewBoundary>
      <ViewBoundary name="Filters">
        <FilterBar />
      </ViewBoundary>
      <main className={`views views--focus-${focus}`} id="main" tabIndex={-1}>
        {views.map((which) => (
          <ViewSection
            key={which}
            which={which}
            className={which === focus ? 'view--large' : ''}
            tools={<ExportMenu view={which} />}
          />
        ))}
      </main>
      <div className="reader">
        <ViewBoundary name="Claims">
          <ClaimsPanel />
        </ViewBoundary>
        <ViewBoundary name="Sources">
          <SourcesPanel />
        </ViewBoundary>
        <ViewBoundary name="Glossary">
          <Glossary />
        </ViewBoundary>
        <ViewBoundary name="About">
          <About />
        </ViewBoundary>
      </div>
      <ViewBoundary name="Details">
        <EntityPanel />
      </ViewBoundary>
      <footer className="app-footer">
        <p>
          Dataset version {meta.datasetVersion}, updated{' '}
          <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time> · {summit.sources.length}{' '}
          sources
        </p>
        <button type="button" onClick={() => setHelp(true)}>
          Keyboard shortcuts (?)
        </button>
      </footer>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
