import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../../src/app/AppShell';
import { loadFixture, renderWithStore, stubEmptyWorld } from '../helpers/renderWithStore';

describe('the full profile of one participant', () => {
  stubEmptyWorld();
  // jsdom does not scroll; the focus hand-off to a view scrolls it into sight first.
  const scrollIntoView = Element.prototype.scrollIntoView;
  beforeAll(async () => {
    Element.prototype.scrollIntoView = () => undefined;
    // The map's detail and the profile are lazy chunks: compiled here, before the tests' clocks start,
    // a loaded CI machine took more than the 4 s a query waits to compile them on first use.
    await Promise.all([import('../../src/views/map/MapDetail'), import('../../src/components/EntityPanel')]);
  });
  afterAll(() => {
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  const openFranceProfile = async () => {
    const base = loadFixture('valid-small.json');
    // A question label with proper nouns, as the shipped dataset has ("US backstop", "Talks with Russia").
    const summit = {
      ...base,
      questions: base.questions.map((q) => (q.id === 'negotiate' ? { ...q, label: 'Talks with Russia' } : q)),
    };
    const rendered = renderWithStore(<AppShell />, { summit, state: { selectedEntity: 'fra' } });
    const opener = await screen.findByRole('button', { name: 'Full profile: stances, events, sources' });
    await userEvent.click(opener);
    const panel = await screen.findByRole('complementary', { name: 'France' });
    return { ...rendered, opener, panel };
  };

  it('gathers representation, pledge, positions, events and sources, and takes focus', async () => {
    const { panel } = await openFranceProfile();
    // Focus moves in an effect after the panel is drawn, which on a loaded machine can be a tick later.
    await waitFor(() =>
      expect(within(panel).getByRole('heading', { name: 'France', level: 2 })).toHaveFocus(),
    );
    // Worded as in the map's panel.
    expect(panel).toHaveTextContent('Represented byEmmanuel Macron, President of France');
    expect(panel).toHaveTextContent(
      'PledgeReady to deploy troops (land, air)Ready to deploy.High confidence',
    );
    expect(
      within(panel)
        .getAllByRole('button', { name: /^Emmanuel Macron on / })
        .map((b) => b.textContent),
    ).toEqual([
      'Emmanuel Macron on “Troops after ceasefire”: supports',
      'Emmanuel Macron on “Own troops”: supports',
      'Emmanuel Macron on “Talks with Russia”: conditional',
    ]);
    expect(within(panel).getByRole('heading', { name: 'Events (3)' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: /Paris summit$/ })).toBeInTheDocument();
  });

  it('says when nobody is named and no position was found, in the words the map uses', async () => {
    const { store } = renderWithStore(<AppShell />);
    act(() => store.getState().hover({ profileEntity: 'lux' }));
    const panel = await screen.findByRole('complementary', { name: 'Luxembourg' });
    expect(panel).toHaveTextContent('Represented byNot named in the sources');
    expect(within(panel).getByRole('heading', { name: 'Recorded positions (0)' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('No position found on the 3 questions in the sources read.');
  });

  it('opens a position in the matrix and an event on the timeline, making way and moving focus there', async () => {
    const first = await openFranceProfile();
    await userEvent.click(within(first.panel).getByRole('button', { name: /“Talks with Russia”/ }));
    expect(first.store.getState().selectedCell).toEqual({ personId: 'macron', questionId: 'negotiate' });
    await waitFor(() => expect(first.panel).not.toBeInTheDocument());
    // The evidence card's heading, not the button that opened the panel.
    await waitFor(() =>
      expect(document.activeElement?.closest('#matrix [data-record-focus]')).not.toBeNull(),
    );
    first.unmount();

    const second = await openFranceProfile();
    await userEvent.click(within(second.panel).getByRole('button', { name: /Press conference$/ }));
    expect(second.store.getState().selectedEvent).toBe('2025-09-04-press');
    await waitFor(() => expect(second.panel).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement?.closest('#timeline')).not.toBeNull());
  });

  it('closes when focus leaves it for a control beside it, and leaves focus there', async () => {
    const { panel } = await openFranceProfile();
    const outside = screen.getByRole('button', { name: 'Reset view' });
    act(() => outside.focus());
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    expect(outside).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { panel, opener } = await openFranceProfile();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });
});
