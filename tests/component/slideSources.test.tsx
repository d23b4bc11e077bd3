import { screen, within } from '@testing-library/react';
import { SlideSources } from '../../src/app/present/SlideSources';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

const [cited, uncited] = loadFixture('valid-small.json').story;

describe('SlideSources', () => {
  it('links each source of the slide, in the order the slide lists them', () => {
    renderWithStore(<SlideSources slide={cited!} />);
    const line = screen.getByText('Sources:').parentElement as HTMLElement;
    const links = within(line).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.reuters.com/b',
      'https://www.elysee.fr/a',
    ]);
    expect(links[0]).toHaveAccessibleName('Reuters: Report (opens in a new tab)');
    expect(links[0]).toHaveAttribute('target', '_blank');
  });

  it('gives each source in full on paper', () => {
    renderWithStore(<SlideSources slide={cited!} full />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Reuters, 5 September 2025: Report/),
      expect.stringMatching(/^Élysée.*: Declaration/),
    ]);
  });

  it('shows nothing for a slide that cites no source', () => {
    const { container } = renderWithStore(<SlideSources slide={uncited!} />);
    expect(container).toBeEmptyDOMElement();
  });
});
