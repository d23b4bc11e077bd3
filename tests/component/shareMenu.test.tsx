import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareMenu } from '../../src/components/share/ShareMenu';
import { captureDownloads } from '../helpers/captureDownloads';
import { renderWithStore } from '../helpers/renderWithStore';

async function bytes(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function openMenu(state = {}) {
  const user = userEvent.setup();
  const result = renderWithStore(<ShareMenu />, { state });
  await user.click(screen.getByRole('button', { name: 'Share & export' }));
  const dialog = await screen.findByRole('dialog', { name: 'Share & export' });
  // The dialog's contents load on first open.
  await within(dialog).findByRole('heading', { name: 'Link to this view' });
  return { user, dialog, ...result };
}

describe('ShareMenu', () => {
  it('copies the link of the current view and says so in a live region', async () => {
    const { user, dialog } = await openMenu({ color: 'pledge', entities: ['fra', 'gbr'] });
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/?color=pledge&e=fra,gbr');
    const statuses = within(dialog).getAllByRole('status');
    expect(statuses.some((s) => s.textContent === 'Link copied')).toBe(true);
  });

  it('offers a selected text field when the clipboard is unavailable', async () => {
    const { user, dialog } = await openMenu({ color: 'attendance' });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    expect(within(dialog).queryByRole('textbox', { name: 'Link to this view' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    const field = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue('http://localhost:3000/?color=attendance');
    expect(field).toHaveFocus();
    expect(within(dialog).getByText(/Copying is not available here/)).toBeInTheDocument();
  });

  it('shows the native share button only where the browser has one', async () => {
    const { dialog, unmount } = await openMenu();
    expect(within(dialog).queryByRole('button', { name: 'Share…' })).toBeNull();
    unmount();
    const share = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const again = await openMenu({ selectedEntity: 'fra' });
      await again.user.click(within(again.dialog).getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith({
        title: 'Summit Atlas: Test summit',
        url: 'http://localhost:3000/?sel=fra',
      });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('gives the citation with the dataset version, the view URL and today', async () => {
    const { dialog } = await openMenu({ view: 'map' });
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(within(dialog).getByRole('textbox', { name: 'Citation' })).toHaveValue(
      `Summit Atlas, dataset v0.0.1-test (2025-12-31), http://localhost:3000/?view=map, accessed ${day}`,
    );
    expect(within(dialog).getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();
  });

  it('downloads CSV of the filtered rows or of everything, with a BOM, and the JSON dataset', async () => {
    const saved = captureDownloads();
    const { user, dialog } = await openMenu({ entities: ['ita'] });
    await user.click(
      within(dialog).getByRole('button', { name: /^Countries and organisations CSV \(1 row\)/ }),
    );
    expect(saved[0]?.name).toBe('summit-atlas-v0.0.1-test-participants-filtered.csv');
    const first = await bytes(saved[0]!.blob);
    expect(first.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(new Uint8Array(first.slice(3)));
    expect(text.split('\r\n')[1]).toMatch(/^ita,Italy,country,ITA,member,video,Giorgia Meloni,/);
    expect(text.split('\r\n')).toHaveLength(3);

    await user.click(within(dialog).getByRole('radio', { name: 'Everything in the dataset' }));
    await user.click(within(dialog).getByRole('button', { name: /^Events CSV \(8 rows\)/ }));
    expect(saved[1]?.name).toBe('summit-atlas-v0.0.1-test-events-all.csv');

    await user.click(within(dialog).getByRole('button', { name: 'Whole dataset (JSON)' }));
    expect(saved[2]?.name).toBe('summit-atlas-v0.0.1-test-dataset.json');
    const json = JSON.parse(await saved[2]!.blob.text()) as { meta: { datasetVersion: string } };
    expect(json.meta.datasetVersion).toBe('0.0.1-test');
    expect(within(dialog).getByText('Saved summit-atlas-v0.0.1-test-dataset.json')).toBeInTheDocument();
  });

  it('names a CSV of what the filters show "-all" when they leave no row out', async () => {
    const saved = captureDownloads();
    const { user, dialog } = await openMenu({ entities: [] });
    await user.click(within(dialog).getByRole('button', { name: /^Events CSV \(8 rows\)/ }));
    expect(saved[0]?.name).toBe('summit-atlas-v0.0.1-test-events-all.csv');
  });

  it('switches to the embed code and returns focus to the menu button on close', async () => {
    const { user, dialog } = await openMenu({ view: 'timeline', color: 'pledge' });
    await user.click(within(dialog).getByRole('button', { name: 'Get the embed code…' }));
    const embed = screen.getByRole('dialog', { name: 'Embed a view' });
    expect(await within(embed).findByRole('radio', { name: 'Timeline' })).toBeChecked();
    expect(within(embed).getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      '<iframe src="http://localhost:3000/?embed=timeline&amp;view=timeline&amp;color=pledge" title="Test summit — Timeline (Summit Atlas)" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
    await user.click(within(embed).getByRole('radio', { name: 'Stance matrix' }));
    const value = (name: string) =>
      (within(embed).getByRole('textbox', { name }) as HTMLTextAreaElement).value;
    expect(value('Embed code')).toContain('?embed=matrix&amp;view=timeline&amp;color=pledge');
    expect(value('Resize script')).toContain('e.origin !== "http://localhost:3000"');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Share & export' })).toHaveFocus();
  });
});
