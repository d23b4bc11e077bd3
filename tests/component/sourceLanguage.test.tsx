import { render, screen } from '@testing-library/react';
import { SourceList } from '../../src/components/SourceList';
import type { Source } from '../../src/data/schema';
import { SourceItem } from '../../src/views/reader/SourceItem';
import { SourceLink } from '../../src/views/reader/SourceLinks';
import { renderWithStore } from '../helpers/renderWithStore';

const italian: Source = {
  id: 'src-it',
  publisher: 'Il Fatto Quotidiano',
  title: 'Ucraina, Parigi, volenterosi',
  language: 'it',
  url: 'https://www.ilfattoquotidiano.it/a',
  accessed: '2026-11-27',
  kind: 'news',
};
const english: Source = { ...italian, id: 'src-en', title: 'Paris talks', language: undefined };
delete (english as { language?: string }).language;

/** A title in another language is marked so, and only the title: "(opens in a new tab)" stays English. */
describe('source titles in their own language', () => {
  it('in the lists of the panels', () => {
    render(<SourceList sources={[italian, english]} />);
    // The testing library's name computation drops the space before the hidden words; Chromium keeps it.
    const link = screen.getByRole('link', { name: /^Ucraina, Parigi, volenterosi ?\(opens in a new tab\)$/ });
    expect(link).not.toHaveAttribute('lang');
    expect(screen.getByText('Ucraina, Parigi, volenterosi')).toHaveAttribute('lang', 'it');
    expect(screen.getByText('Paris talks')).not.toHaveAttribute('lang');
  });

  it('in the list of sources and the reader’s links', () => {
    renderWithStore(
      <ul>
        <SourceItem source={italian} citations={[]} />
        <li>
          <SourceLink source={italian} />
        </li>
      </ul>,
    );
    expect(screen.getByRole('heading', { level: 3 }).querySelector('[lang="it"]')).toHaveTextContent(
      'Ucraina, Parigi, volenterosi',
    );
    const link = screen.getByRole('link', { name: /^Il Fatto Quotidiano/ });
    expect(link).toHaveAccessibleName(
      'Il Fatto Quotidiano: Ucraina, Parigi, volenterosi (opens in a new tab)',
    );
    expect(link.querySelector('[lang="it"]')).toHaveTextContent('Ucraina, Parigi, volenterosi');
  });
});
