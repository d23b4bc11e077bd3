import { FRAME_BUDGET_MS, quantile, shareWithin } from '../../bench/stats.ts';

describe('bench statistics for the frame budget', () => {
  it('takes quantiles by nearest rank, whatever the order of the values', () => {
    const xs = [12, 3, 9, 15, 6];
    expect(quantile(xs, 0.5)).toBe(9);
    expect(quantile(xs, 0.9)).toBe(15);
    expect(quantile(xs, 0)).toBe(3);
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('counts a click that ends exactly on the budget as within it', () => {
    expect(FRAME_BUDGET_MS).toBeCloseTo(16.67, 2);
    expect(shareWithin([10, FRAME_BUDGET_MS, 16.8, 30], FRAME_BUDGET_MS)).toBe(0.5);
    expect(shareWithin([], FRAME_BUDGET_MS)).toBeNull();
  });
});
