import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Summit } from '../../src/data/schema';
import { StanceMatrix } from '../../src/views/matrix/StanceMatrix';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

describe('StanceMatrix legend', () => {
  it('lists every value the dataset uses with its count among the shown cells', () => {
    renderWithStore(<StanceMatrix />);
    const legend = screen.getByRole('list', { name: /Key/ });
    const items = within(legend)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toEqual([
      'Supports 3 cells',
      'Conditional 1 cell',
      'Ambivalent 1 cell',
      'Opposes 2 cells',
      'Contested 1 cell',
      'Not stated 12 cells',
      'Not applicable 1 cell',
    ]);
    // Each count says what it counts, to screen readers only: a bare "Supports 3" left them guessing.
    expect(legend.querySelector('.mx-legend-item__count .visually-hidden')).toHaveTextContent(/^cells$/);
    expect(within(legend).getByRole('button', { name: /Not stated/ })).toHaveAccessibleDescription(
      'No public statement found. Not the same as opposing.',
    );
    expect(screen.getByText('solid = high')).toBeInTheDocument();
    expect(screen.getByText('dashed = moderate')).toBeInTheDocument();
    expect(screen.getByText('dotted = low')).toBeInTheDocument();
  });

  it('highlights matching cells on hover and focus, through the store and one table attribute', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<StanceMatrix />);
    const opposes = screen.getByRole('button', { name: /Opposes/ });
    await user.hover(opposes);
    expect(store.getState().hoveredPosition).toBe('opposes');
    expect(screen.getByRole('grid')).toHaveAttribute('data-hl', 'opposes');
    expect(screen.getByRole('grid').querySelectorAll('.mx-cell[data-position="opposes"]')).toHaveLength(2);
    await user.unhover(opposes);
    expect(store.getState().hoveredPosition).toBeNull();
    expect(screen.getByRole('grid')).not.toHaveAttribute('data-hl');

    act(() => screen.getByRole('button', { name: /Contested/ }).focus());
    expect(store.getState().hoveredPosition).toBe('contested');
    await user.click(screen.getByRole('button', { name: /Contested/ }));
    expect(screen.getByRole('button', { name: /Contested/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => screen.getByRole('button', { name: /Contested/ }).blur());
    expect(store.getState().hoveredPosition).toBe('contested');
  });
});

describe('StanceMatrix cell detail', () => {
  it('reads a "not stated" record as the dataset\'s verdict: no report date, no confidence definition', async () => {
    renderWithStore(<StanceMatrix />, {
      state: { selectedCell: { personId: 'meloni', questionId: 'negotiate' } },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Giorgia Meloni on Negotiate' });
    expect(dialog).toHaveTextContent('No statement found up to 31 December 2025.');
    expect(dialog).not.toHaveTextContent(/Dated|confidence|Reported by media/);
  });

  it('says when the filters hide the cell it shows, and not otherwise', async () => {
    const cell = { personId: 'meloni', questionId: 'own-troops' };
    const { store } = renderWithStore(<StanceMatrix />, { state: { selectedCell: cell, entities: ['fra'] } });
    const dialog = await screen.findByRole('dialog', { name: 'Giorgia Meloni on Own troops' });
    expect(dialog).toHaveTextContent('The current filters hide this cell in the matrix.');
    act(() => store.getState().update({ entities: ['ita'] }));
    expect(dialog).not.toHaveTextContent('hide this cell');
  });

  it('opens with Enter and shows summary, quote with its language, date, confidence and sources', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<StanceMatrix />);
    const cell = screen.getByRole('gridcell', { name: /Giorgia Meloni, Own troops/ });
    act(() => cell.focus());
    await user.keyboard('{Enter}');
    expect(store.getState().selectedCell).toEqual({ personId: 'meloni', questionId: 'own-troops' });
    const dialog = await screen.findByRole('dialog', { name: 'Giorgia Meloni on Own troops' });
    // Focus moves in an effect after the panel is drawn, which on a loaded machine can be a tick later.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 3 })),
    );
    expect(dialog).toHaveTextContent('No Italian troops.');
    const quote = dialog.querySelector('blockquote');
    expect(quote).toHaveTextContent('“Italy will not send troops”');
    expect(quote).toHaveAttribute('lang', 'it');
    expect(dialog).toHaveTextContent('Giorgia Meloni, in Italian');
    expect(dialog).toHaveTextContent('Dated 4 September 2025');
    expect(dialog).toHaveTextContent('High confidence');
    const link = within(dialog).getByRole('link', { name: /^Report ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/b');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The link's hidden "(opens in a new tab)" is in the text too.
    expect(dialog).toHaveTextContent(
      /Reuters, 5 September 2025: Report \(opens in a new tab\) \(News agency\)/,
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().selectedCell).toBeNull();
    expect(document.activeElement).toBe(cell);
  });

  it('shows a condition, and opens from a click or from the store without stealing focus', async () => {
    const { store } = renderWithStore(<StanceMatrix />, {
      state: { selectedCell: { personId: 'macron', questionId: 'negotiate' } },
    });
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Condition: A ceasefire first');
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the detail' }));
    expect(store.getState().selectedCell).toBeNull();
    await userEvent.click(screen.getByRole('gridcell', { name: /Steve Witkoff, Negotiate/ }));
    expect(await screen.findByRole('dialog', { name: 'Steve Witkoff on Negotiate' })).toHaveTextContent(
      'Sources (2)',
    );
  });

  it('never links a source whose URL is not http(s)', async () => {
    const summit: Summit = structuredClone(loadFixture('valid-small.json'));
    const src = summit.sources.find((s) => s.id === 'src-b');
    if (src) src.url = 'javascript:alert(1)';
    renderWithStore(<StanceMatrix />, {
      summit,
      state: { selectedCell: { personId: 'meloni', questionId: 'own-troops' } },
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('link withheld');
  });
});

describe('StanceMatrix compare', () => {
  it('compares two leaders over questions both answered and stores the pair', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<StanceMatrix />);
    await user.selectOptions(screen.getByLabelText('First leader'), 'macron');
    expect(store.getState().compare).toBeNull();
    await user.selectOptions(screen.getByLabelText('Second leader'), 'meloni');
    expect(store.getState().compare).toEqual(['macron', 'meloni']);
    expect(
      screen.getByText(
        'Both took a position on 2 of 3 questions: they agree on 0 and differ on 2. 1 not compared, because one or both took no position there.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'QuestionEmmanuel MacronGiorgia MeloniResult',
      'Troops after ceasefire Supports AmbivalentDiffer',
      'Own troops Supports OpposesDiffer',
      'Negotiate Conditional Not statedNot compared',
    ]);
    expect(
      within(screen.getByLabelText('Second leader')).queryByRole('option', { name: 'Emmanuel Macron' }),
    ).toBeNull();
  });
});
