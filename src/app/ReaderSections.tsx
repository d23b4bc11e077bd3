import { ViewBoundary } from '../components/ViewBoundary';
import { About, ClaimsPanel, Glossary, SourcesPanel } from '../views/reader';

/** The reading sections below the views; loaded after the first paint (see AppShell). */
export default function ReaderSections() {
  return (
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
  );
}
