import type { Entity } from '../data/schema';

/**
 * Other codes and names a country goes by, keyed by its ISO 3166-1 alpha-3 code (see
 * `data/countryTable`): codes ("DE", "UK") are matched whole, names ("Holland") from a word's start.
 */
export type CountryCodes = ReadonlyMap<string, readonly string[]>;

/** A code has two or three letters; anything longer is a name. */
const isName = (alias: string) => alias.length > 3;

/** Case- and accent-insensitive form of a name or query. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Does the query (already folded) name this entity's code exactly, e.g. "gb", "uk" or "gbr"? */
function codeMatches(entity: Entity, q: string, codes: CountryCodes): boolean {
  if (entity.iso3 === undefined) return false;
  return fold(entity.iso3) === q || (codes.get(entity.iso3) ?? []).some((c) => fold(c) === q);
}

/**
 * The entities a query finds: by name (anywhere in it), by another name (from a word's start), by the
 * start of the alpha-3 code, or by another code exactly (alpha-2, "UK"). An exact code match comes
 * first, so "UK" puts the United Kingdom above Ukraine; the rest keep the order given.
 */
export function findEntities<T extends Entity>(
  entities: readonly T[],
  query: string,
  codes: CountryCodes = new Map(),
): T[] {
  const q = fold(query.trim());
  if (q === '') return [...entities];
  const exact = entities.filter((e) => codeMatches(e, q, codes));
  // Another name counts from the start of a word: "ita" is in "Great Britain", but no one means it.
  const otherName = (e: Entity) =>
    (codes.get(e.iso3 ?? '') ?? []).some((n) => isName(n) && ` ${fold(n)}`.includes(` ${q}`));
  const others = entities.filter(
    (e) =>
      !exact.includes(e) && (fold(e.name).includes(q) || otherName(e) || fold(e.iso3 ?? '').startsWith(q)),
  );
  return [...exact, ...others];
}

/** In alphabetical order, as the map's list of participants, so a name is where a reader looks for it. */
export function byName<T extends Entity>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
