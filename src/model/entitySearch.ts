import type { Entity } from '../data/schema';

/** Other codes a country goes by, keyed by its ISO 3166-1 alpha-3 code (see `data/countryCodes`). */
export type CountryCodes = ReadonlyMap<string, readonly string[]>;

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
 * The entities a query finds: by name (anywhere in it), by the start of the alpha-3 code, or by
 * another code exactly (alpha-2, "UK"). An exact code match comes first, so "UK" puts the United
 * Kingdom above Ukraine; the rest keep the order given.
 */
export function findEntities<T extends Entity>(
  entities: readonly T[],
  query: string,
  codes: CountryCodes = new Map(),
): T[] {
  const q = fold(query.trim());
  if (q === '') return [...entities];
  const exact = entities.filter((e) => codeMatches(e, q, codes));
  const others = entities.filter(
    (e) => !exact.includes(e) && (fold(e.name).includes(q) || fold(e.iso3 ?? '').startsWith(q)),
  );
  return [...exact, ...others];
}

/** In alphabetical order, as the map's list of participants, so a name is where a reader looks for it. */
export function byName<T extends Entity>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
