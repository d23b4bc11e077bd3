/**
 * Runs the timeline's date cases with the process in Auckland time (UTC+12 in early September), where
 * local midnight of 4 September is still 3 September in UTC.
 */
import { expect, test } from 'vitest';

const previous = process.env.TZ;
process.env.TZ = 'Pacific/Auckland';

test('the process really runs in Auckland time', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Auckland');
  expect(new Date(Date.UTC(2025, 8, 4, 12)).getTimezoneOffset()).toBe(-720);
  // The trap: local midnight of 4 September, read in UTC, is 3 September.
  expect(new Date(2025, 8, 4).getUTCDate()).toBe(3);
});

await import('./timelineDates.test');

test('restores the zone for whatever runs next in this worker', () => {
  if (previous === undefined) delete process.env.TZ;
  else process.env.TZ = previous;
  expect(process.env.TZ).toBe(previous);
});
