/**
 * The benchmark floor: an empty React 19 page built with the app's own vite.config.ts. It renders
 * one mark in each of the three view regions the bench watches and sets the same performance mark
 * the app sets, so "views drawn" means the same thing on both pages. The app's times are reported
 * as multiples of this page's: what React, the browser and this machine cost before any app code.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => {
    performance.mark('atlas:views-drawn');
  }, []);
  return (
    <main>
      <h1>Summit Atlas</h1>
      <section aria-label="Map">
        <span data-entity-id="floor">Map</span>
      </section>
      <section aria-label="Stance matrix">
        <span data-question-id="floor">Stance matrix</span>
      </section>
      <section aria-label="Timeline">
        <span data-event-id="floor">Timeline</span>
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
