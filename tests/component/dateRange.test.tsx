import { act, fireEvent, screen } from '@testing-library/react';
import { DateRange } from '../../src/components/filters/DateRange';
import { renderWithStore } from '../helpers/renderWithStore';

/** The fixture's events run from 2025-03-02 to 2025-11-30. */
describe('the date fields', () => {
  const from = () => screen.getByLabelText('From') as HTMLInputElement;
  const to = () => screen.getByLabelText('to') as HTMLInputElement;

  it('apply a date inside the data at once, and not the years a field passes through while typed', () => {
    const { store } = renderWithStore(<DateRange />);
    for (const partial of ['0002-09-04', '0020-09-04', '0202-09-04']) {
      fireEvent.change(from(), { target: { value: partial } });
      expect(store.getState().from).toBeNull();
      expect(from().value).toBe(partial); // the field keeps what is typed
    }
    fireEvent.change(from(), { target: { value: '2025-09-04' } });
    expect(store.getState().from).toBe('2025-09-04');
  });

  it('apply a cleared or out-of-span date when the field is left, held to the data', () => {
    const { store } = renderWithStore(<DateRange />, { state: { from: '2025-09-01', to: '2025-09-30' } });
    fireEvent.change(to(), { target: { value: '2031-01-01' } });
    expect(store.getState().to).toBe('2025-09-30');
    // Said while it waits, not applied silently on leaving.
    expect(to()).toHaveAttribute('aria-invalid', 'true');
    expect(to()).toHaveAccessibleDescription(
      'The events run from 2 March 2025 to 30 November 2025: this date will be held to 30 November 2025 (Enter, or leave the field).',
    );
    fireEvent.blur(to());
    expect(to()).not.toHaveAttribute('aria-invalid');
    expect(store.getState().to).toBe('2025-11-30');
    expect(to().value).toBe('2025-11-30');

    fireEvent.change(from(), { target: { value: '' } });
    expect(store.getState().from).toBe('2025-09-01');
    fireEvent.keyDown(from(), { key: 'Enter' });
    expect(store.getState().from).toBeNull();
  });

  it('say so when a start typed after the end collapses the range onto that day', () => {
    const { store } = renderWithStore(<DateRange />, { state: { from: '2025-09-01', to: '2025-09-30' } });
    const said = () => screen.getByRole('status').textContent;
    expect(said()).toBe('');
    fireEvent.change(from(), { target: { value: '2025-10-15' } });
    expect([store.getState().from, store.getState().to]).toEqual(['2025-10-15', '2025-10-15']);
    expect(said()).toBe('The start came after the end, so both are now 15 October 2025.');
    // The year typed digit by digit comes back to the date the field holds: still said.
    fireEvent.change(from(), { target: { value: '2025-10-15' } });
    expect(said()).toBe('The start came after the end, so both are now 15 October 2025.');
    fireEvent.change(to(), { target: { value: '2025-10-31' } });
    expect(said()).toBe('');
    fireEvent.change(to(), { target: { value: '2025-10-01' } });
    expect(said()).toBe('The start came after the end, so both are now 1 October 2025.');
    act(() => store.getState().update({ from: null, to: null }));
    expect(said()).toBe('');
  });

  it('show a range set elsewhere', () => {
    const { store } = renderWithStore(<DateRange />);
    fireEvent.change(from(), { target: { value: '0202-01-01' } });
    act(() => store.getState().update({ from: '2025-10-01', to: '2025-10-31' }));
    expect([from().value, to().value]).toEqual(['2025-10-01', '2025-10-31']);
  });
});
