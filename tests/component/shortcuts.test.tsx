import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { ShortcutHelp } from '../../src/app/ShortcutHelp';
import { SINGLE_KEYS_OFF, useShortcuts } from '../../src/app/useShortcuts';

/** The shell's wiring in small: "?" and the footer button open the list; "/" opens the search. */
function Harness() {
  const [help, setHelp] = useState(false);
  useShortcuts(() => setHelp(true));
  return (
    <>
      <details className="entity-picker__details">
        <summary>Countries</summary>
        <div className="entity-picker">
          <input type="search" aria-label="Search" />
        </div>
      </details>
      <button type="button" onClick={() => setHelp(true)}>
        Keyboard shortcuts (?)
      </button>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </>
  );
}

const press = (key: string) => act(() => void fireEvent.keyDown(document.body, { key }));

afterEach(() => localStorage.clear());

describe('single-key shortcuts (WCAG 2.1.4)', () => {
  test('can be turned off from the list, stay off for the next visit, and be turned on again', async () => {
    const user = userEvent.setup();
    const first = render(<Harness />);
    press('?');
    const toggle = screen.getByRole('checkbox', { name: /Single-key shortcuts/ });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(localStorage.getItem(SINGLE_KEYS_OFF)).toBe('off');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    // Off: neither "?" nor "/" does anything, on this page or the next.
    first.unmount();
    render(<Harness />);
    press('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('/');
    expect(document.activeElement).toBe(document.body);

    // The footer button still opens the list, where the switch shows off and turns them on.
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts (?)' }));
    const again = screen.getByRole('checkbox', { name: /Single-key shortcuts/ });
    expect(again).not.toBeChecked();
    await user.click(again);
    expect(localStorage.getItem(SINGLE_KEYS_OFF)).toBeNull();
    await user.keyboard('{Escape}');
    press('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
  });
});
