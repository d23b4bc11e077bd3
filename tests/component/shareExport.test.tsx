import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmbedFrame } from '../../src/components/share/EmbedFrame';
import { ExportMenu } from '../../src/components/share/ExportMenu';
import { captureDownloads } from '../helpers/captureDownloads';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('ExportMenu', () => {
  it('is a disclosure: opens, closes with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    renderWithStore(<ExportMenu view="matrix" />);
    const button = screen.getByRole('button', { name: 'Download the stance matrix' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'SVG image' })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'SVG image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('saves the matrix as an SVG drawn from the filtered data, with title and source line', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<ExportMenu view="matrix" />, { state: { entities: ['ita'] } });
    await user.click(screen.getByRole('button', { name: 'Download the stance matrix' }));
    await user.click(screen.getByRole('button', { name: 'SVG image' }));
    // The export code loads on the first download.
    await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    expect(saved[0]?.name).toBe('summit-atlas-v0.0.1-test-matrix.svg');
    const svg = await saved[0]!.blob.text();
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain('<title>Test summit — Stance matrix</title>');
    expect(svg).toContain(
      'Source: Summit Atlas dataset v0.0.1-test (updated 2025-12-31) — 3 sources, see http://localhost:3000/?e=ita',
    );
    expect(svg).toContain('Giorgia Meloni');
    expect(svg).not.toContain('Emmanuel Macron');
    expect(screen.getByRole('status')).toHaveTextContent('Saved summit-atlas-v0.0.1-test-matrix.svg');
  });

  it('clones the largest svg of the map section', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(
      <section aria-label="Map">
        <svg width="320" height="200" data-testid="drawing">
          <path d="M0 0L10 10" fill="#0072b2" />
          <text x="4" y="20">
            Kyiv &amp; Paris
          </text>
        </svg>
        <ExportMenu view="map" />
      </section>,
    );
    await user.click(screen.getByRole('button', { name: 'Download the map' }));
    await user.click(screen.getByRole('button', { name: 'SVG image' }));
    // The export code loads on the first download.
    await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    const svg = await saved[0]!.blob.text();
    expect(saved[0]?.name).toBe('summit-atlas-v0.0.1-test-map.svg');
    expect(svg).toContain('<title>Test summit — Map</title>');
    expect(svg).toContain('d="M0 0L10 10"');
    expect(svg).toContain('Kyiv &amp; Paris');
    expect(svg).toMatch(/<svg [^>]*width="320" height="200"[^>]*viewBox="0 0 320 200"/);
  });

  it('explains when the view has nothing drawn yet', async () => {
    captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<ExportMenu view="timeline" />);
    await user.click(screen.getByRole('button', { name: 'Download the timeline' }));
    await user.click(screen.getByRole('button', { name: 'PNG image (2×)' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Could not save the PNG: the timeline has no drawing to export yet',
      ),
    );
  });

  it('saves the rows the view shows as CSV', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<ExportMenu view="timeline" />, { state: { from: '2025-09-04', to: '2025-09-04' } });
    await user.click(screen.getByRole('button', { name: 'Download the timeline' }));
    await user.click(screen.getByRole('button', { name: 'CSV data (events shown)' }));
    // The export code loads on the first download.
    await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    expect(saved[0]?.name).toBe('summit-atlas-v0.0.1-test-events-filtered.csv');
    const text = (await saved[0]!.blob.text()).replace(/^\uFEFF/, '');
    const ids = text
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    // The timeline's reading order: one day's events in the order they happened, as the file lists them.
    expect(ids).toEqual(['2025-09-04-advisers', '2025-09-04-summit', '2025-09-04-press', '']);
  });

  it("names the rows each view's CSV holds: every country and organisation, recorded stances", async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <ExportMenu view="map" />
        <ExportMenu view="matrix" />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Download the map' }));
    expect(
      screen.getByRole('button', { name: 'CSV data (countries and organisations shown)' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download the stance matrix' }));
    expect(screen.getByRole('button', { name: 'CSV data (recorded stances shown)' })).toBeVisible();
  });
});

describe('EmbedFrame', () => {
  it('shows one view with a title, the source line and a link to the full app without the embed flag', () => {
    window.history.replaceState(null, '', '/?embed=map&color=pledge');
    const posted: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
    renderWithStore(
      <EmbedFrame which="map">
        <section aria-label="Map">the map</section>
      </EmbedFrame>,
      { state: { color: 'pledge' } },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test summit — Map');
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent('the map');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByText('Source: Summit Atlas dataset v0.0.1-test (updated 2025-12-31) — 3 sources'),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open in Summit Atlas (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/?color=pledge');
    expect(link).toHaveAttribute('target', '_blank');
    expect(posted).toContainEqual({ type: 'summit-atlas:height', height: expect.any(Number) });
  });

  it('brings the link up to date with the view state when followed', async () => {
    window.history.replaceState(null, '', '/?embed=timeline');
    vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    const { store } = renderWithStore(
      <EmbedFrame which="timeline" reportHeight={false}>
        <p>timeline</p>
      </EmbedFrame>,
    );
    store.getState().update({ categories: ['summit'] });
    const link = screen.getByRole('link', { name: /Open in Summit Atlas/ });
    link.addEventListener('click', (e) => e.preventDefault());
    await userEvent.setup().click(link);
    await waitFor(() => expect(link).toHaveAttribute('href', 'http://localhost:3000/?cat=summit'));
    expect(window.postMessage).not.toHaveBeenCalled();
  });
});
