import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Summit } from '../../src/data/schema';
import { SourcesPanel } from '../../src/views/reader';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

const small = loadFixture('valid-small.json');
const cards = () => document.querySelectorAll('.source-card');

describe('SourcesPanel', () => {
  it('lists every source with publisher, date, kind and link, and the count', () => {
    renderWithStore(<SourcesPanel />);
    const region = screen.getByRole('region', { name: 'Sources' });
    expect(region).toHaveTextContent('3 sources');
    expect(cards()).toHaveLength(3);
    const reuters = document.getElementById('source-src-b') as HTMLElement;
    expect(reuters).toHaveTextContent('Reuters · 5 September 2025 · News agency · accessed 6 September 2025');
    expect(within(reuters).getByRole('link', { name: /Report/ })).toHaveAttribute(
      'href',
      'https://www.reuters.com/b',
    );
    expect(document.getElementById('source-src-c')).toHaveTextContent('date not given');
  });

  it('filters by kind with toggle buttons that show counts and their pressed state', async () => {
    const user = userEvent.setup();
    renderWithStore(<SourcesPanel />);
    const group = screen.getByRole('group', { name: 'Show sources of these kinds' });
    const agency = within(group).getByRole('button', { name: 'News agency (1)' });
    expect(agency).toHaveAttribute('aria-pressed', 'false');
    await user.click(agency);
    expect(agency).toHaveAttribute('aria-pressed', 'true');
    expect(cards()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 sources: News agency.');
    await user.click(within(group).getByRole('button', { name: 'Official (1)' }));
    expect(cards()).toHaveLength(2);
    await user.click(within(group).getByRole('button', { name: 'All kinds' }));
    expect(cards()).toHaveLength(3);
    expect(agency).toHaveAttribute('aria-pressed', 'false');
  });

  it('selects a citing entity, stance or event in the store, and links a citing slide', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SourcesPanel />);
    await user.click(screen.getByRole('button', { name: 'Show all 17 records citing Reuters' }));
    expect(screen.getAllByRole('link', { name: 'Slide 1: Who came' })[0]).toHaveAttribute(
      'href',
      '?present=1&slide=1',
    );
    const meloni = screen.getByRole('button', { name: 'Stance: Giorgia Meloni on Own troops' });
    await user.click(meloni);
    expect(store.getState().selectedCell).toEqual({ personId: 'meloni', questionId: 'own-troops' });
    await user.click(screen.getAllByRole('button', { name: 'Country: Luxembourg' })[0] as HTMLElement);
    expect(store.getState().selectedEntity).toBe('lux');
    const putin = document.getElementById('source-src-c') as HTMLElement;
    await user.click(within(putin).getByRole('button', { name: 'Show all 9 records citing Le Monde' }));
    await user.click(within(putin).getByRole('button', { name: 'Event: Putin replies (5 September 2025)' }));
    expect(store.getState().selectedEvent).toBe('2025-09-05-moscow');
    expect(within(putin).getByRole('link', { name: 'Claim made: Starmer was in the room.' })).toHaveAttribute(
      'href',
      '#claim-claim-room',
    );
  });

  it('collapses a long list behind "Show all"', async () => {
    const user = userEvent.setup();
    const sources = Array.from({ length: 13 }, (_, i) => ({
      ...(small.sources[0] as Summit['sources'][number]),
      id: `s${i}`,
      publisher: `Publisher ${String(i).padStart(2, '0')}`,
    }));
    renderWithStore(<SourcesPanel />, { summit: { ...small, sources: [...small.sources, ...sources] } });
    expect(cards()).toHaveLength(10);
    const more = screen.getByRole('button', { name: 'Show all 16 sources' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(cards()).toHaveLength(16);
    await user.click(screen.getByRole('button', { name: 'Show the first 10 only' }));
    expect(cards()).toHaveLength(10);
  });
});
