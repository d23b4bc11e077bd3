/**
 * Helpers for the cell detail: which links are safe to render, and how to name a quote's language.
 * Dataset text is untrusted, so only http(s) URLs ever become links.
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

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
