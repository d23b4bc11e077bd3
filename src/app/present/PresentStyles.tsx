import css from './present.css?inline';

/**
 * Presenting's and the handout's styles travel with their code rather than in the one stylesheet
 * every reader loads: a reader who never presents does not download them. React hoists the element
 * into the head once, however many components render it, before they paint.
 */
export function PresentStyles() {
  return (
    <style href="summit-atlas-present" precedence="default">
      {css}
    </style>
  );
}
