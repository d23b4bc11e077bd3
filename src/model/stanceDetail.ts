/** Helpers for the cell detail: how to name a quote's language and whether it is a translation. */

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** "it" → "Italian"; unknown or malformed tags fall back to the tag itself. */
export function languageName(tag: string): string {
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * What follows the speaker's name under a quote: ", in Spanish" for their own words; for a published
 * translation, the language they spoke too (", English translation from Polish"), since ", in English"
 * would credit them with words they did not say.
 */
export function quoteCredit(language: string | undefined, translatedFrom: string | undefined): string {
  if (translatedFrom === undefined) return language ? `, in ${languageName(language)}` : '';
  const into = language ? `${languageName(language)} translation` : 'translation';
  return `, ${into} from ${languageName(translatedFrom)}`;
}
