import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StanceMatrix } from '../../src/views/matrix/StanceMatrix';
import { renderWithStore } from '../helpers/renderWithStore';

const grid = () => screen.getByRole('grid');

describe('StanceMatrix grid', () => {
  it('says "none" in the totals of a column where no shown leader takes a position', () => {
    renderWithStore(<StanceMatrix />, { state: { entities: ['usa'] } });
    const totals = within(grid()).getByRole('rowheader', { name: 'Column totals' }).parentElement!;
    const cells = within(totals).getAllByRole('gridcell');
    // Witkoff alone, who has no record on troops after a ceasefire.
    expect(cells[0]).toHaveTextContent(/^No positions taken; 1 not statednone— 1$/);
    expect(cells[0]).not.toHaveTextContent(/\b0\b/);
  });

  it('shows people grouped by affiliation, question columns and "Showing N of M leaders"', () => {
    renderWithStore(<StanceMatrix />);
    expect(screen.getByText('Showing 7 of 7 leaders')).toBeInTheDocument();
    const rowHeaders = within(grid())
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rowHeaders).toEqual([
      'Coalition participants (5 leaders)',
      'Emmanuel MacronFrance',
      'Keir StarmerUnited Kingdom',
      'Giorgia MeloniItaly',
      'Volodymyr ZelenskyUkraine',
      'Mark RutteNATO',
      'United States (1 leader)',
      'Steve WitkoffUnited States',
      'Russia (1 leader)',
      'Vladimir PutinRussia',
      'Column totals',
    ]);
    const headers = within(grid()).getAllByRole('columnheader');
    // Named by the visible label alone; the tooltip's question and counts are the description.
    expect(headers).toHaveLength(4);
    ['Leader', 'Troops after ceasefire', 'Own troops', 'Negotiate'].forEach((name, i) =>
      expect(headers[i]).toHaveAccessibleName(name),
    );
    expect(headers[2]).toHaveAccessibleDescription(/^Will the country send its own troops\? .*3 not stated/);
    expect(headers[2]).toHaveAttribute('data-question-id', 'own-troops');
    expect(headers[2]).toHaveAccessibleDescription(
      'Will the country send its own troops? Would this country send its own soldiers? 2 support, 1 oppose; 3 not stated, 1 not applicable.',
    );
  });

  it('names each cell with person, question, position, confidence and sources', () => {
    renderWithStore(<StanceMatrix />);
    const cell = screen.getByRole('gridcell', {
      name: 'Giorgia Meloni, Own troops: opposes, high confidence, 1 source',
    });
    expect(cell).toHaveAttribute('data-person-id', 'meloni');
    expect(cell).toHaveAttribute('data-question-id', 'own-troops');
    expect(cell).toHaveAttribute('data-position', 'opposes');
    expect(cell.querySelector('[data-confidence="high"]')).toHaveAttribute('aria-hidden', 'true');
    expect(
      screen.getByRole('gridcell', {
        name: 'Emmanuel Macron, Troops after ceasefire: supports, high confidence, 2 sources',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('gridcell', {
        name: 'Volodymyr Zelensky, Negotiate: not stated, no record in the dataset',
      }),
    ).toHaveAttribute('data-position', 'not-stated');
  });

  it('follows the filters and the sort from the store', async () => {
    const { store } = renderWithStore(<StanceMatrix />, {
      state: { entities: ['ita', 'fra'], questions: ['negotiate'] },
    });
    expect(screen.getByText('Showing 2 of 7 leaders · 1 of 3 questions')).toBeInTheDocument();
    expect(within(grid()).getAllByRole('gridcell', { name: /Negotiate/ })).toHaveLength(2);

    await userEvent.selectOptions(screen.getByLabelText('Sort rows within each group by'), 'name');
    expect(store.getState().sort).toBe('name');
    act(() => store.getState().update({ entities: [], questions: [], sort: 'agreement', sortRef: 'macron' }));
    const names = within(grid())
      .getAllByRole('rowheader')
      .map((h) => h.querySelector('.mx-rowhead__name')?.textContent)
      .filter(Boolean);
    expect(names).toEqual([
      'Emmanuel Macron',
      'Keir Starmer',
      'Giorgia Meloni',
      'Mark Rutte',
      'Volodymyr Zelensky',
      'Steve Witkoff',
      'Vladimir Putin',
    ]);
    expect(screen.getByLabelText('Agreement with')).toHaveValue('macron');
  });

  it('keeps one tab stop and moves it with the arrow keys, Home, End and Ctrl+Home', async () => {
    const user = userEvent.setup();
    renderWithStore(<StanceMatrix />);
    const tabStops = () => grid().querySelectorAll('[tabindex="0"]');
    expect(tabStops()).toHaveLength(1);
    await user.click(screen.getByLabelText('Sort rows within each group by'));
    await user.keyboard('{Escape}');
    screen.getByLabelText('Sort rows within each group by').focus();
    await user.tab(); // the legend comes next; tab through it to reach the grid
    while (!grid().contains(document.activeElement)) await user.tab();
    expect(document.activeElement).toHaveAttribute('data-person-id', 'macron');
    expect(document.activeElement).toHaveAttribute('data-question-id', 'troops-after-ceasefire');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(
      'Keir Starmer, Own troops: supports, high confidence, 1 source',
    );
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('data-question-id', 'negotiate');
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('role', 'rowheader');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveAttribute('data-person-id', 'putin');
    expect(document.activeElement).toHaveAttribute('data-question-id', 'negotiate');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toHaveTextContent('Leader');
    expect(tabStops()).toHaveLength(1);
  });

  it('links rows with hover: sets the hovered person and entity, and highlights rows hovered elsewhere', async () => {
    const { store } = renderWithStore(<StanceMatrix />);
    const meloniRow = screen.getByRole('rowheader', { name: /Giorgia Meloni/ }).closest('[role="row"]');
    await userEvent.hover(meloniRow as HTMLElement);
    expect(store.getState().hoveredPerson).toBe('meloni');
    expect(store.getState().hoveredEntity).toBe('ita');
    await userEvent.unhover(grid());
    expect(store.getState().hoveredPerson).toBeNull();

    // Keyboard focus links too, once arrowing pauses.
    act(() => screen.getByRole('gridcell', { name: /Steve Witkoff, Negotiate/ }).focus());
    await waitFor(() => expect(store.getState().hoveredPerson).toBe('witkoff'));
    expect(store.getState().hoveredEntity).toBe('usa');

    act(() => store.getState().hover({ hoveredPerson: null, hoveredEntity: 'rus' }));
    const linked = grid().querySelectorAll('.matrix-row.is-linked');
    expect([...linked].map((tr) => tr.getAttribute('data-person-id'))).toEqual(['putin']);
  });
});
