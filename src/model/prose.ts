/** Sentences built from the dataset: counts, lists of names, names inside a sentence. */

/** "1 source", "3 sources"; `many` for irregular plurals. */
export function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C"; past `max` names, "A, B and 2 more". */
export function listNames(names: readonly string[], max = Infinity): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

// Country and organisation names said with "the" in English running text.
const TAKES_THE =
  /^(United |European |Czech Republic$|Holy See$|Central African |Dominican Republic$|Democratic Republic)|(Netherlands|Philippines|Bahamas|Maldives|Gambia|Islands|Emirates)$/;

/** "the Netherlands", "the United States", "France": a name as it reads inside a sentence. */
export function nameInProse(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "The Netherlands …", "Week of 13 October 2025": text that starts a sentence, a line or a heading. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
