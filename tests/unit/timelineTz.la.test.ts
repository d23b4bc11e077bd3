/**
 * Runs the timeline's date cases with the process in Los Angeles time (UTC−7 in September), where
 * `new Date('2025-09-04')` shown in local time reads 3 September.
 */
import { expect, test } from 'vitest';

const previous = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';

test('the process really runs in Los Angeles time', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  expect(new Date(Date.UTC(2025, 8, 4, 12)).getTimezoneOffset()).toBe(420);
  // The trap these tests guard against: UTC midnight of 4 September is still 3 September here.
  expect(new Date('2025-09-04').getDate()).toBe(3);
});

await import('./timelineDates.test');

test('restores the zone for whatever runs next in this worker', () => {
  if (previous === undefined) delete process.env.TZ;
  else process.env.TZ = previous;
  expect(process.env.TZ).toBe(previous);
});
