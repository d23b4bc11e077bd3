import { render, type RenderResult } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { parseSummitText } from '../../src/data/parseSummit';
import type { Summit } from '../../src/data/schema';
import { AppProviders } from '../../src/state/AppProviders';
import { createAppStore, type AppStore } from '../../src/state/createAppStore';
import type { ViewState } from '../../src/state/viewState';

/** Loads a JSON fixture from tests/fixtures through the real validator; throws if it is invalid. */
export function loadFixture(name: string): Summit {
  const text = readFileSync(resolve('tests/fixtures', name), 'utf8');
  const result = parseSummitText(text);
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.issues)}`);
  return result.summit;
}

export function renderWithStore(
  ui: ReactElement,
  {
    summit = loadFixture('valid-small.json'),
    state = {},
  }: { summit?: Summit; state?: Partial<ViewState> } = {},
): RenderResult & { store: AppStore; summit: Summit } {
  const store = createAppStore(state);
  const result = render(
    <AppProviders store={store} summit={summit}>
      {ui}
    </AppProviders>,
  );
  return { ...result, store, summit };
}

/**
 * For tests that render the whole shell: answers the map's geometry request with an empty topology,
 * so the map view renders its controls and lists without shapes. Call in a describe block.
 */
export function stubEmptyWorld(): void {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"type":"Topology","objects":{},"arcs":[]}')),
    );
  });
  afterEach(() => vi.unstubAllGlobals());
}
