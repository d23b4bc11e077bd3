import { createContext } from 'react';

/**
 * Where a floating detail card docks instead of floating over its view: presenting mode puts the
 * highlighted cell's evidence under the slide's caption. Default: no slot, the card floats.
 */
export const DetailSlotContext = createContext<HTMLElement | null>(null);
