import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../../src/app/AppShell';
import { loadFixture, renderWithStore, stubEmptyWorld } from '../helpers/renderWithStore';

const region = (name: string) => screen.getByRole('region', { name });

describe('one filter, three views', () => {
  stubEmptyWorld();

  it('a preset changes what the map, the matrix and the timeline show', async () => {
    const { store } = renderWithStore(<AppShell />);
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    expect(within(region('Map')).getByText(/Showing 7 of 7 participants/)).toBeInTheDocument();
    expect(within(region('Stance matrix')).getByText(/Showing 7 of 7 leaders/)).toBeInTheDocument();

    const grid = within(region('Stance matrix')).getByRole('grid');
    const meloniRow = within(grid).getByRole('rowheader', { name: /Giorgia Meloni/ });
    const marks = () => region('Timeline').querySelectorAll('[data-event-id]:not([aria-hidden])').length;
    expect(marks()).toBe(8);

    await userEvent.click(screen.getByRole('button', { name: /^E3/ }));

    expect(store.getState().entities).toEqual(['fra', 'gbr']);
    // Left-out rows and marks stay mounted but hidden from everyone, so clearing only flips them back.
    await waitFor(() => expect(within(grid).queryByRole('rowheader', { name: /Giorgia Meloni/ })).toBeNull());
    expect(within(grid).getByRole('rowheader', { name: /Emmanuel Macron/ })).toBeInTheDocument();
    expect(marks()).toBe(4);
    await waitFor(() =>
      expect(within(region('Map')).getByText(/Showing 2 of 7 participants/)).toBeInTheDocument(),
    );
    expect(within(region('Stance matrix')).getByText(/Showing 2 of 7 leaders/)).toBeInTheDocument();
    // France and the UK appear in the context row, the summit, the press conference and the sanctions week.
    expect(within(region('Timeline')).getByText(/Showing 4 of 8 events/)).toBeInTheDocument();
    expect(
      screen.getByText(/Showing 2 of 7 participants, 2 of 7 leaders, 4 of 8 events\./),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^E3/ }));
    await waitFor(() => expect(marks()).toBe(8));
    expect(within(grid).getByRole('rowheader', { name: /Giorgia Meloni/ })).toBe(meloniRow);
  });

  it('the summary counts the leaders the matrix shows, not every person named', async () => {
    const base = loadFixture('valid-small.json');
    // An adviser who only sat in a meeting: named in the dataset, but no row in the matrix.
    const adviser = { id: 'bonne', name: 'Emmanuel Bonne', title: 'Diplomatic adviser', entityId: 'fra' };
    renderWithStore(<AppShell />, { summit: { ...base, people: [...base.people, adviser] } });
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    expect(within(region('Stance matrix')).getByText(/Showing 7 of 7 leaders/)).toBeInTheDocument();
    expect(
      screen.getByText('Showing 7 of 7 participants, 7 of 7 leaders, 8 of 8 events.'),
    ).toBeInTheDocument();
  });

  it('the country picker lists its options only while open, finds them by ISO code and drives the views', async () => {
    const { store } = renderWithStore(<AppShell />);
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    const filters = screen.getByRole('region', { name: 'Filters' });
    expect(within(filters).queryByRole('checkbox')).toBeNull();
    expect(within(filters).getByText('No country or organisation chosen')).toBeInTheDocument();

    await userEvent.click(within(filters).getByText(/^Countries and organisations/));
    const list = await within(filters).findByRole('list', { name: 'Matching countries and organisations' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(list).getByRole('checkbox', { name: /Russia.*not taking part/ })).toBeInTheDocument();
    await userEvent.type(within(filters).getByLabelText('Search by name or ISO code'), 'ita');
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(1));
    // The search says what it found, for readers who cannot see the list shrink.
    expect(within(filters).getByText('1 match')).toHaveAttribute('role', 'status');
    await userEvent.click(within(list).getByRole('checkbox', { name: /Italy/ }));

    expect(store.getState().entities).toEqual(['ita']);
    expect(within(list).getByRole('checkbox', { name: /Italy/ })).toBeChecked();
    const chosen = within(filters).getByRole('list', { name: 'Chosen countries and organisations' });
    expect(within(chosen).getByRole('button', { name: /Italy.*remove/ })).toBeInTheDocument();
    expect(within(filters).getByText('1 chosen:')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(region('Map')).getByText(/Showing 1 of 7 participants/)).toBeInTheDocument(),
    );

    // Two-letter codes, the EU's "UK" included, find their country first.
    const search = within(filters).getByLabelText('Search by name or ISO code');
    await userEvent.clear(search);
    await userEvent.type(search, 'uk');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('checkbox')
          .map((c) => c.closest('label')?.dataset.entityId),
      ).toEqual(['gbr', 'ukr']),
    );

    await userEvent.click(within(filters).getByText(/^Countries and organisations/));
    await waitFor(() => expect(within(filters).queryByRole('checkbox')).toBeNull());
  });

  it('the pledge, attendance, question and category filters open on request and drive the views', async () => {
    const { store } = renderWithStore(<AppShell />);
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    expect(screen.queryByRole('group', { name: 'Pledge' })).toBeNull();
    await userEvent.click(screen.getByText(/^More filters/));
    const questions = await screen.findByRole('group', { name: 'Questions' });
    await userEvent.click(within(questions).getByRole('button', { name: /^Own troops/ }));
    expect(store.getState().questions).toEqual(['own-troops']);
    await waitFor(() =>
      expect(
        region('Stance matrix').querySelectorAll('[role="columnheader"][data-question-id]'),
      ).toHaveLength(1),
    );
    const attendance = screen.getByRole('group', { name: 'Attendance' });
    await userEvent.click(within(attendance).getAllByRole('button')[0]!);
    expect(store.getState().attendance).toHaveLength(1);
    expect(within(attendance).getAllByRole('button')[0]).toHaveAttribute('aria-pressed', 'true');
    // The same names, in the same order, as the timeline's own category buttons.
    const categories = screen.getByRole('group', { name: 'Event categories' });
    const names = (group: HTMLElement) =>
      within(group)
        .getAllByRole('button')
        .map((b) => /^[A-Z][a-z]+/.exec(b.textContent ?? '')?.[0]);
    const timelineCategories = within(region('Timeline')).getByRole('group', { name: /categor/i });
    expect(names(categories)).toEqual(names(timelineCategories).filter((n) => n !== 'All'));
  });

  it('a link that sets one of the further filters opens them, showing what is pressed', async () => {
    renderWithStore(<AppShell />, { state: { questions: ['own-troops'] } });
    const questions = await screen.findByRole('group', { name: 'Questions' });
    expect(within(questions).getByRole('button', { name: /^Own troops/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('hovering an entity in one view highlights it in the store the others read', async () => {
    const { store } = renderWithStore(<AppShell />);
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    const row = within(region('Stance matrix')).getAllByText('Giorgia Meloni')[0];
    if (!row) throw new Error('no Meloni row');
    await userEvent.hover(row);
    expect(store.getState().hoveredPerson).toBe('meloni');
    expect(store.getState().hoveredEntity).toBe('ita');
  });

  // The map's side of it is in map.test.tsx, which draws real geometry.
  it('hovering a timeline event links every leader of the participants it names in the matrix', async () => {
    renderWithStore(<AppShell />);
    await within(region('Timeline')).findByText(/Showing 8 of 8 events/);
    const linkedRows = () =>
      [...region('Stance matrix').querySelectorAll('.matrix-row.is-linked')].map((r) =>
        r.getAttribute('data-person-id'),
      );
    const summit = region('Timeline').querySelector('svg.tl-chart [data-event-id="2025-09-04-summit"]')!;
    fireEvent.pointerOver(summit);
    // The summit names France, the UK, Italy, Ukraine and NATO: their leaders, not Witkoff or Putin.
    await waitFor(() =>
      expect(linkedRows().sort()).toEqual(['macron', 'meloni', 'rutte', 'starmer', 'zelensky']),
    );
    // Nor does the timeline light other events of its first participant, as if France were hovered.
    expect(region('Timeline').querySelectorAll('.is-related')).toHaveLength(0);
    fireEvent.pointerLeave(region('Timeline').querySelector('svg.tl-chart')!);
    await waitFor(() => expect(linkedRows()).toEqual([]));
  });
});
