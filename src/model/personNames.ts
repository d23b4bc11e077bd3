/** Words that belong to the family name they precede ("De Wever", "von der Leyen"). */
const PARTICLES = new Set(['da', 'de', 'della', 'den', 'der', 'di', 'du', 'la', 'le', 'van', 'von']);

/**
 * The family name for sorting, from a name written given-name first as the dataset does: the last
 * word with the particles before it. A heuristic, not a rule of every naming tradition, but right
 * for every leader in this dataset, and it sorts "Keir Starmer" under S as readers expect.
 */
export function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return words.slice(start).join(' ');
}
