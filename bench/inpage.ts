/**
 * Code that runs inside the page. Kept as plain JavaScript strings on purpose: tsx/esbuild can wrap
 * functions in helpers (`__name`) that do not exist in the page when Playwright serialises them.
 */

/** The three views and the mark each must contain to count as drawn. */
export const REGIONS = [
  ['map', 'section[aria-label="Map"] [data-entity-id]'],
  ['matrix', 'section[aria-label="Stance matrix"] [data-question-id]'],
  ['timeline', 'section[aria-label="Timeline"] [data-event-id]'],
] as const;
export type RegionName = (typeof REGIONS)[number][0];

/** The mark the app sets once all three views are drawn (the floor page sets it too). */
export const DRAWN_MARK = 'atlas:views-drawn';

/**
 * Installed with addInitScript, before any page script. Records when each view first holds a mark
 * (MutationObserver), the app's own mark, long tasks and Event Timing entries ≥ 16 ms.
 * "painted" = the first rAF + setTimeout(0) after the condition, i.e. once the frame is drawn.
 */
export const INIT_SCRIPT = `(() => {
  if (window.__bench) return;
  const REGIONS = ${JSON.stringify(REGIONS)};
  const b = {
    regions: {}, observerDom: null, observerPainted: null, markDom: null, markPainted: null,
    lastMutation: 0, longTasks: [], events: [], eventObserver: null,
  };
  window.__bench = b;
  const afterFrame = (cb) => requestAnimationFrame(() => setTimeout(cb, 0));
  const check = () => {
    b.lastMutation = performance.now();
    if (b.observerDom !== null) return;
    for (const [name, selector] of REGIONS) {
      if (b.regions[name] === undefined && document.querySelector(selector)) b.regions[name] = performance.now();
    }
    if (REGIONS.every(([name]) => b.regions[name] !== undefined)) {
      b.observerDom = Math.max(...REGIONS.map(([name]) => b.regions[name]));
      afterFrame(() => { b.observerPainted = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const observe = (type, options, onEntry) => {
    try {
      const o = new PerformanceObserver((list) => list.getEntries().forEach(onEntry));
      o.observe({ type, buffered: true, ...options });
      return o;
    } catch (e) { return null; }
  };
  observe('longtask', {}, (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  b.pushEvent = (e) => b.events.push({
    name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId || 0,
    processingStart: e.processingStart, processingEnd: e.processingEnd,
  });
  b.eventObserver = observe('event', { durationThreshold: 16 }, b.pushEvent);
  observe('mark', {}, (e) => {
    if (e.name === ${JSON.stringify(DRAWN_MARK)} && b.markDom === null) {
      b.markDom = e.startTime;
      afterFrame(() => { b.markPainted = performance.now(); });
    }
  });
})();`;

/** Polled while loading: has the page finished drawing, and how long since the DOM last changed? */
export const STATUS_SCRIPT = `(() => {
  const b = window.__bench;
  if (!b) return { done: false, mutationAge: 0 };
  return { done: b.markPainted !== null || b.observerPainted !== null, mutationAge: performance.now() - b.lastMutation };
})()`;

export interface LoadSnapshot {
  fcp: number | null;
  regions: Partial<Record<RegionName, number>>;
  observerDom: number | null;
  observerPainted: number | null;
  markDom: number | null;
  markPainted: number | null;
  domNodes: number;
  svgNodes: number;
  hasFilters: boolean;
  bodyText: string;
}

export const LOAD_SNAPSHOT_SCRIPT = `(() => {
  const b = window.__bench || { regions: {}, observerDom: null, observerPainted: null, markDom: null, markPainted: null };
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    fcp: fcp ? fcp.startTime : null,
    regions: b.regions, observerDom: b.observerDom, observerPainted: b.observerPainted,
    markDom: b.markDom, markPainted: b.markPainted,
    domNodes: document.getElementsByTagName('*').length,
    svgNodes: document.querySelectorAll('svg, svg *').length,
    hasFilters: document.querySelector('section[aria-label="Filters"] button') !== null,
    bodyText: (document.body ? document.body.innerText : '').slice(0, 300),
  };
})()`;

export const NOW_SCRIPT = 'performance.now()';

/** Wait until the main thread is idle, then a drawn frame, then `ms` more. */
export const settleScript = (ms: number) => `new Promise((resolve) => {
  const idle = window.requestIdleCallback ? (cb, o) => window.requestIdleCallback(cb, o) : (cb) => setTimeout(cb, 50);
  idle(() => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, ${ms}), 0)), { timeout: 3000 });
})`;

/** A filter step: a preset button by its label, or "clear" (the pressed preset again, else Reset view). */
export interface FilterStep {
  label: string;
  preset?: string;
  clear?: boolean;
}

const FIND_BUTTON_FN = `(step) => {
  const bar = document.querySelector('section[aria-label="Filters"]');
  if (!bar) return null;
  const group = bar.querySelector('[aria-label="Groups of countries"]') || bar;
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const buttons = [...group.querySelectorAll('button')];
  if (step.clear) {
    return buttons.find((b) => b.getAttribute('aria-pressed') === 'true')
      || [...bar.querySelectorAll('button')].find((b) => /^(reset view|clear)/i.test(norm(b.textContent)))
      || null;
  }
  return buttons.find((b) => {
    const first = b.firstChild && b.firstChild.nodeType === 3 ? norm(b.firstChild.textContent) : '';
    const all = norm(b.textContent);
    return first === step.preset || all === step.preset || all.startsWith(step.preset + ' ');
  }) || null;
}`;

export const findButtonScript = (step: FilterStep) => `(${FIND_BUTTON_FN})(${JSON.stringify(step)})`;

export interface InPageClick {
  label: string;
  missing?: boolean;
  /** Click → end of the click's task and microtasks (a MessageChannel task): script time. */
  script?: number;
  /** Click → rAF + setTimeout(0): the next frame, with the filtered views, has been drawn. */
  paint?: number;
}

/** Synthetic clicks (element.click()) timed inside the page, one after another, settling between, with the bar in view. */
export const clickSequenceScript = (steps: readonly FilterStep[], settleMs: number) => `(async () => {
  const find = ${FIND_BUTTON_FN};
  const settle = () => ${settleScript(settleMs)};
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  // Where a reader is when they click: the filter bar at the top of the screen, the views under it.
  const bar = document.querySelector('section[aria-label="Filters"]');
  if (bar) bar.scrollIntoView({ block: 'start' });
  for (const step of ${JSON.stringify(steps)}) {
    await settle();
    const button = find(step);
    if (!button) { out.push({ label: step.label, missing: true }); continue; }
    // The frame's callback is asked for before the click: the app queues work for after that frame
    // with a callback of its own (state/paintedFilters.ts), which one asked for later would wait on.
    const frame = nextFrame();
    const t0 = performance.now();
    button.click();
    await nextTask();
    const t1 = performance.now();
    await frame;
    const t2 = performance.now();
    out.push({ label: step.label, script: t1 - t0, paint: t2 - t0 });
  }
  await settle();
  return out;
})()`;

export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}

/** Event Timing entries of real interactions that started at or after `since` (flushes pending ones). */
export const eventsSinceScript = (since: number) => `(() => {
  const b = window.__bench;
  if (b.eventObserver) b.eventObserver.takeRecords().forEach(b.pushEvent);
  return b.events.filter((e) => e.start >= ${since} && e.interactionId > 0);
})()`;

export const LONG_TASKS_SCRIPT = 'window.__bench ? window.__bench.longTasks : []';
