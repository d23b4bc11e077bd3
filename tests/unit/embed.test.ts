import {
  HEIGHT_MESSAGE,
  iframeSnippet,
  isHeightMessage,
  resizeScript,
  startHeightReporting,
  type ReportingWindow,
} from '../../src/export/embed';
import { parseEmbedParam, withEmbedParam } from '../../src/export/embedParam';

describe('parseEmbedParam', () => {
  it('reads the four kinds', () => {
    expect(parseEmbedParam('?embed=map')).toBe('map');
    expect(parseEmbedParam('?color=pledge&embed=matrix')).toBe('matrix');
    expect(parseEmbedParam('embed=timeline')).toBe('timeline');
    expect(parseEmbedParam('?embed=story&slide=2')).toBe('story');
  });

  it('ignores anything else', () => {
    expect(parseEmbedParam('')).toBeNull();
    expect(parseEmbedParam('?embed=')).toBeNull();
    expect(parseEmbedParam('?embed=MAP')).toBeNull();
    expect(parseEmbedParam('?embed=all')).toBeNull();
    expect(parseEmbedParam('?embed=<script>')).toBeNull();
  });
});

describe('withEmbedParam', () => {
  const page = 'https://atlas.example/app/?embed=map&color=pledge&e=fra,gbr&zoom=2.35,48.86,4#x';

  it('sets the kind first and keeps the view state readable', () => {
    expect(withEmbedParam('https://atlas.example/app/?color=pledge&e=fra,gbr', 'timeline')).toBe(
      'https://atlas.example/app/?embed=timeline&color=pledge&e=fra,gbr',
    );
  });

  it('removes the embed parameter and the hash for the full app', () => {
    expect(withEmbedParam(page, null)).toBe(
      'https://atlas.example/app/?color=pledge&e=fra,gbr&zoom=2.35,48.86,4',
    );
    expect(withEmbedParam('https://atlas.example/?embed=map', null)).toBe('https://atlas.example/');
  });
});

describe('iframeSnippet', () => {
  it('is a full-width, titled, lazy iframe with escaped attributes', () => {
    expect(iframeSnippet('https://atlas.example/?embed=map&e=fra', 'Summit "A" — Map', 560)).toBe(
      '<iframe src="https://atlas.example/?embed=map&amp;e=fra" title="Summit &quot;A&quot; — Map" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('comes with a resize script that only trusts the app origin', () => {
    const script = resizeScript('https://atlas.example');
    expect(script).toContain(`e.origin !== "https://atlas.example"`);
    expect(script).toContain(HEIGHT_MESSAGE);
  });
});

/** A window whose parent records what it is sent, with a controllable ResizeObserver. */
function fakeWindow(heights: number[]) {
  const posted: { message: unknown; origin: string }[] = [];
  const listeners = new Map<string, () => void>();
  let observed: (() => void) | null = null;
  let disconnected = false;
  let next = 0;
  const root = { getBoundingClientRect: () => ({ height: heights[Math.min(next, heights.length - 1)] }) };
  class FakeObserver {
    constructor(callback: () => void) {
      observed = callback;
    }
    observe(target: unknown) {
      expect(target).toBe(root);
    }
    disconnect() {
      disconnected = true;
    }
  }
  const win = {
    document: { documentElement: root },
    parent: { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    ResizeObserver: FakeObserver,
  } as unknown as ReportingWindow;
  return {
    win,
    posted,
    listeners,
    resize: () => {
      next += 1;
      observed?.();
    },
    isDisconnected: () => disconnected,
  };
}

describe('startHeightReporting', () => {
  it('posts the height (only) to the parent at once, on load and on each resize', () => {
    const fake = fakeWindow([480.2, 480.2, 900]);
    const stop = startHeightReporting(fake.win);
    expect(fake.posted).toEqual([{ message: { type: 'summit-atlas:height', height: 481 }, origin: '*' }]);
    fake.listeners.get('load')?.();
    expect(fake.posted).toHaveLength(1);
    fake.resize();
    expect(fake.posted).toHaveLength(1);
    fake.resize();
    expect(fake.posted.at(-1)).toEqual({
      message: { type: 'summit-atlas:height', height: 900 },
      origin: '*',
    });
    expect(Object.keys(fake.posted.at(-1)?.message as object)).toEqual(['type', 'height']);
    stop();
    expect(fake.isDisconnected()).toBe(true);
    expect(fake.listeners.has('load')).toBe(false);
  });

  it('falls back to window resize events without ResizeObserver', () => {
    const fake = fakeWindow([300, 320]);
    delete (fake.win as { ResizeObserver?: unknown }).ResizeObserver;
    startHeightReporting(fake.win);
    fake.resize();
    fake.listeners.get('resize')?.();
    expect(fake.posted.map((p) => (p.message as { height: number }).height)).toEqual([300, 320]);
  });

  it('works with the real window of a page that is not framed (parent is itself)', () => {
    const seen: unknown[] = [];
    const spy = vi
      .spyOn(window, 'postMessage')
      .mockImplementation((message: unknown) => void seen.push(message));
    const stop = startHeightReporting(window);
    stop();
    spy.mockRestore();
    expect(seen).toHaveLength(1);
    expect(isHeightMessage(seen[0])).toBe(true);
  });
});

describe('isHeightMessage', () => {
  it('accepts only the height message', () => {
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 12 })).toBe(true);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: '12' })).toBe(false);
    expect(isHeightMessage({ type: 'other', height: 12 })).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
  });
});
