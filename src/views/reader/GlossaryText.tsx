import { useMemo } from 'react';
import { GLOSSARY_TERMS, splitGlossaryTerms, type GlossaryTerm } from '../../model/glossaryTerms';

interface GlossaryTextProps {
  /** Plain text from the dataset: rendered as text, never as HTML. */
  text: string;
  entries?: readonly GlossaryTerm[];
}

/**
 * Plain text with the first use of each glossary term linked to its definition (#glossary-<id>).
 * The link is described by the definition, so screen readers hear it on focus. Needs <Glossary /> on
 * the page; do not put it inside another link or button.
 */
export function GlossaryText({ text, entries = GLOSSARY_TERMS }: GlossaryTextProps) {
  const segments = useMemo(() => splitGlossaryTerms(text, entries), [text, entries]);
  return (
    <>
      {segments.map((s, i) =>
        s.entryId === null ? (
          s.text
        ) : (
          <a
            key={i}
            className="glossary-term"
            href={`#glossary-${s.entryId}`}
            aria-describedby={`glossary-def-${s.entryId}`}
          >
            {s.text}
          </a>
        ),
      )}
    </>
  );
}
