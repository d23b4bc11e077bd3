import { useEffect, useState } from 'react';
import { loadCountryCodes } from '../data/countryCodes';
import type { CountryCodes } from '../model/entitySearch';

const NONE: CountryCodes = new Map();

/** The two-letter country codes, loaded once `wanted` (a search box is in use); none until then or if offline. */
export function useCountryCodes(wanted: boolean): CountryCodes {
  const [codes, setCodes] = useState<CountryCodes>(NONE);
  useEffect(() => {
    if (!wanted || codes !== NONE) return;
    let live = true;
    loadCountryCodes().then(
      (loaded) => live && setCodes(loaded),
      () => undefined, // Names and alpha-3 codes still work.
    );
    return () => {
      live = false;
    };
  }, [wanted, codes]);
  return codes;
}
