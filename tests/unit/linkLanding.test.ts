import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// `landOn` lands once per page, so each test loads a fresh copy of the module.
async function freshLandOn() {
  vi.resetModules();
  return (await import('../../src/components/linkLanding')).landOn;
}

function target() {
  const el = document.createElement('section');
  el.scrollIntoView = vi.fn();
  return el;
}

describe('landOn: a link naming a record opens at it', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?sel=pol&ev=alaska'));
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    window.scrollY = 0;
  });

  it('scrolls to the record the page was opened with, once', async () => {
    const landOn = await freshLandOn();
    const first = target();
    const second = target();
    expect(landOn('sel', 'pol', first)).toBe(true);
    expect(landOn('ev', 'alaska', second)).toBe(false);
    expect(first.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    expect(second.scrollIntoView).not.toHaveBeenCalled();
  });

  it('leaves a record chosen after load alone, and waits for the one the link names', async () => {
    const landOn = await freshLandOn();
    const chosen = target();
    landOn('sel', 'deu', chosen);
    landOn('ev', 'pol', chosen);
    expect(chosen.scrollIntoView).not.toHaveBeenCalled();
    const named = target();
    landOn('sel', 'pol', named);
    expect(named.scrollIntoView).toHaveBeenCalledOnce();
  });

  it('does not move a reader who has already scrolled', async () => {
    const landOn = await freshLandOn();
    window.scrollY = 300;
    const el = target();
    landOn('sel', 'pol', el);
    expect(el.scrollIntoView).not.toHaveBeenCalled();
  });
});
