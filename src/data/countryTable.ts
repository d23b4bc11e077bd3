import rows from 'i18n-iso-countries/codes.json';
import type { CountryCodes } from '../model/entitySearch';
import otherNames from './countryNames.json';

/**
 * The EU's own codes where they differ from ISO's (its style guide writes EL for Greece and UK for
 * the United Kingdom; ISO 3166-1 reserves UK for the latter too). Readers from EU institutions type them.
 */
const EU_CODES: Readonly<Record<string, readonly string[]>> = { GRC: ['EL'], GBR: ['UK'] };
/** Names a country is still widely known by, beside the one a dataset gives it ("Turkey", "Holland"). */
const NAMES: Readonly<Record<string, readonly string[]>> = otherNames;

/** Every country's two-letter code, the EU's where it differs, then the other names it goes by. */
export const COUNTRY_CODES: CountryCodes = new Map(
  (rows as readonly (readonly string[])[]).flatMap(([alpha2, alpha3]) =>
    alpha2 === undefined || alpha3 === undefined
      ? []
      : [[alpha3, [alpha2, ...(EU_CODES[alpha3] ?? []), ...(NAMES[alpha3] ?? [])]] as const],
  ),
);
