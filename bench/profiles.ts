/** The two device profiles and how they are applied over the Chrome DevTools Protocol. */
import type { CDPSession } from 'playwright-core';

export type ProfileId = 'unthrottled' | 'phone';

export interface Profile {
  id: ProfileId;
  label: string;
  /** Emulation.setCPUThrottlingRate; 1 = none. */
  cpuRate: number;
  /** Lighthouse's "Slow 4G" (DevTools throttling values), or null for none. */
  network: { latencyMs: number; downloadKbps: number; uploadKbps: number } | null;
  runs: number;
  /** Give up waiting for the views after this long. */
  drawnTimeoutMs: number;
  /** …or once nothing has happened (no DOM change, no request in flight) for this long. */
  quietMs: number;
  /** Pause between filter clicks, after the main thread is idle. */
  settleMs: number;
}

/** Lighthouse mobileSlow4G: 150 ms RTT × 3.75 = 562.5 ms request latency, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up. */
export const SLOW_4G = { latencyMs: 562.5, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9 };

export function makeProfiles(runs: number, phoneRuns: number): Profile[] {
  return [
    {
      id: 'unthrottled',
      label: 'unthrottled',
      cpuRate: 1,
      network: null,
      runs,
      drawnTimeoutMs: 20_000,
      quietMs: 3_000,
      settleMs: 100,
    },
    {
      id: 'phone',
      label: 'phone (4× CPU, Slow 4G)',
      cpuRate: 4,
      network: SLOW_4G,
      runs: phoneRuns,
      drawnTimeoutMs: 45_000,
      quietMs: 6_000,
      settleMs: 250,
    },
  ];
}

export async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: Math.floor((profile.network.downloadKbps * 1024) / 8),
      uploadThroughput: Math.floor((profile.network.uploadKbps * 1024) / 8),
    });
  }
  if (profile.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
}
