import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Summit } from '../../src/data/schema';
import { About, ClaimsPanel, Glossary, GlossaryText, Overview } from '../../src/views/reader';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

const small = loadFixture('valid-small.json');

describe('Overview', () => {
  it('shows the reported figures with their sources beside the dataset counts', () => {
    renderWithStore(<Overview />);
    const region = screen.getByRole('region', { name: 'The summit in brief' });
    const participants = within(region).getByRole('article', { name: 'Participants' });
    expect(participants).toHaveTextContent('35 as reported');
    expect(within(participants).getByRole('link', { name: /Élysée/ })).toHaveAttribute(
      'href',
      'https://www.elysee.fr/a',
    );
    expect(participants).toHaveTextContent('7 in this dataset (6 countries, 1 organisation)');
    expect(participants).toHaveTextContent('In person: 2');
    expect(participants).toHaveTextContent('By video: 4');
    const pledges = within(region).getByRole('article', { name: 'Countries committed to the force' });
    expect(pledges).toHaveTextContent('26 as reported');
    expect(pledges).toHaveTextContent('Ready to deploy troops: 2');
    expect(pledges).toHaveTextContent('Not disclosed: 1');
    expect(region).toHaveTextContent('4 September 2025 · Élysée Palace, Paris');
  });

  it('explains why the figures differ and lists takeaways, each with a source', () => {
    renderWithStore(<Overview />);
    expect(screen.getByText('Why do the figures differ?')).toBeInTheDocument();
    expect(screen.getByText('Fixture only.')).toBeInTheDocument();
    const items = within(
      screen.getByRole('heading', { name: 'Key takeaways' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    for (const item of items) expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
    expect(items[3]).toHaveTextContent('Outside the meeting, Vladimir Putin (Russia) opposed');
  });
});

describe('ClaimsPanel', () => {
  it('sets the claim and who made it beside the correction and its sources', () => {
    renderWithStore(<ClaimsPanel />);
    const region = screen.getByRole('region', { name: 'Claims checked against other sources' });
    const claim = within(region).getByRole('article');
    expect(claim).toHaveAttribute('id', 'claim-claim-room');
    const [reported, check] = Array.from(claim.querySelectorAll<HTMLElement>('.claim__side'));
    expect(within(reported as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(
      /Corrected.*Starmer was in the room\./,
    );
    expect(within(reported as HTMLElement).getByRole('link', { name: /Le Monde/ })).toHaveAttribute(
      'href',
      'https://www.lemonde.fr/c',
    );
    expect(check).toHaveTextContent('Correction');
    expect(check).toHaveTextContent('Starmer joined by video from Glasgow.');
    expect(within(check as HTMLElement).getByRole('link', { name: /Reuters/ })).toHaveAttribute(
      'href',
      'https://www.reuters.com/b',
    );
  });

  it('folds confirmed claims and opens them when a link points at one', async () => {
    const summit: Summit = {
      ...small,
      claims: [
        ...small.claims,
        {
          id: 'claim-ok',
          text: 'Macron was in Paris.',
          claimedBy: 'src-c',
          status: 'confirmed',
          sourceIds: ['src-a'],
        },
      ],
    };
    renderWithStore(<ClaimsPanel />, { summit });
    expect(screen.getByRole('region', { name: 'Claims checked against other sources' })).toHaveTextContent(
      '2 claims from the reports, checked against other sources: 1 corrected, 1 confirmed.',
    );
    const folded = screen
      .getByText('Claims the sources confirm (1)')
      .closest('details') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    const confirmed = within(folded).getByRole('article', { name: /Confirmed.*Macron was in Paris\./ });
    // With no check text of its own, its sources stand under "Confirmed by", not under an empty heading.
    expect(confirmed.querySelector('.claim__side--check')).toHaveTextContent(/^Confirmed by:/);
    expect(confirmed.querySelector('.claim__label')).toBeNull();
    window.location.hash = '#claim-claim-ok';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(folded.open).toBe(true));
    window.location.hash = '';
  });

  it('shows the status as text with an icon, not colour alone', () => {
    renderWithStore(<ClaimsPanel />);
    const badge = document.querySelector('.claim-badge');
    expect(badge).toHaveTextContent('✗ Corrected');
  });
});

describe('Glossary and GlossaryText', () => {
  it('links the first use of a term to its definition, described by it', () => {
    render(
      <>
        <p data-testid="text">
          <GlossaryText text="A backstop, then another backstop." />
        </p>
        <Glossary />
      </>,
    );
    const links = within(screen.getByTestId('text')).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '#glossary-backstop');
    expect(links[0]).toHaveAccessibleDescription(/Back-up support held in reserve/);
    const entry = document.getElementById('glossary-backstop');
    expect(entry).toHaveTextContent('Backstop');
    expect(within(entry as HTMLElement).getByRole('link', { name: /Südtirol News/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.suedtirolnews\.it\//),
    );
  });

  it('renders dataset text as text, never as HTML', () => {
    render(<GlossaryText text={'<img src=x onerror=alert(1)> sanctions'} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
  });
});

describe('About', () => {
  it('shows version, notes, method, border policy, citation and licence', () => {
    const summit: Summit = { ...small, meta: { ...small.meta, notes: ['Note one.', 'Note two.'] } };
    renderWithStore(<About />, { summit });
    const region = screen.getByRole('region', { name: 'About this dataset' });
    expect(region).toHaveTextContent('Dataset version 0.0.1-test, updated 31 December 2025');
    expect(within(region).getByText('Note two.')).toBeInTheDocument();
    expect(region).toHaveTextContent('resolution 68/262');
    expect(region).toHaveTextContent(
      /Summit Atlas, dataset v0\.0\.1-test \(2025-12-31\), http:\/\/localhost.*, accessed \d{4}-\d{2}-\d{2}/,
    );
    expect(region).toHaveTextContent('CC BY 4.0');
    expect(region).toHaveTextContent('MIT licence');
    expect(within(region).getByRole('button', { name: 'Copy the citation' })).toBeInTheDocument();
  });

  it('copies the citation', async () => {
    const user = userEvent.setup();
    renderWithStore(<About />);
    await user.click(screen.getByRole('button', { name: 'Copy the citation' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(/^Summit Atlas, dataset v0\.0\.1-test/);
  });
});
