/** The reader-experience sections, for AppShell to place on the page. */
export { About } from './About';
export { ClaimsPanel } from './ClaimsPanel';
export { Glossary } from './Glossary';
export { GlossaryText } from './GlossaryText';
export { Overview } from './Overview';
export { SourcesPanel } from './SourcesPanel';
