import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { KeyHelp } from '../../src/app/present/KeyHelp';
import { useSlideKeys } from '../../src/app/present/useSlideKeys';
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

describe('presenting: the letter keys follow the same switch, the clicker keys do not', () => {
  function Slides({ log }: { log: string[] }) {
    const [help, setHelp] = useState(false);
    useSlideKeys({
      onCommand: (c) => log.push(`command ${String(c)}`),
      onReveal: () => log.push('reveal'),
      onBlank: () => log.push('blank'),
      onHelp: () => setHelp(true),
      onEscape: () => log.push('escape'),
    });
    return help ? <KeyHelp onClose={() => setHelp(false)} /> : null;
  }

  test('off in the presenting keys list: R, B, . and ? do nothing, the arrows still turn the slide', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    render(<Slides log={log} />);
    press('r');
    press('b');
    press('.');
    expect(log).toEqual(['reveal', 'blank', 'blank']);
    press('?');
    await user.click(screen.getByRole('checkbox', { name: 'Single-key shortcuts (R, B, . and ?)' }));
    expect(localStorage.getItem(SINGLE_KEYS_OFF)).toBe('off');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    log.length = 0;
    press('r');
    press('b');
    press('.');
    press('?');
    expect(log).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();
    press('ArrowRight');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^command /);
  });
});
