import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { App } from '../../src/app/App';

function serve(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a loading state, then the header, three named regions and the footer', async () => {
    serve(readFileSync('tests/fixtures/valid-small.json', 'utf8'));
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test summit' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('4 September 2025 · Élysée Palace, Paris');
    for (const name of ['Map', 'Stance matrix', 'Timeline']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(within(screen.getByRole('contentinfo')).getByText(/Dataset version 0.0.1-test/)).toHaveTextContent(
      '3 sources',
    );
  });

  it('shows every problem of an invalid dataset instead of a blank page', async () => {
    serve(readFileSync('tests/fixtures/invalid/broken-references.json', 'utf8'));
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'This summit dataset cannot be shown' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    expect(screen.getByText('story[1].sourceIds[1]')).toBeInTheDocument();
    expect(screen.getByText('stances[0].sourceIds[0]')).toBeInTheDocument();
  });

  it('reports an HTTP failure', async () => {
    serve('not found', 404);
    render(<App />);
    expect(await screen.findByText(/HTTP 404/)).toBeInTheDocument();
  });
});
