import type { StanceCellRef } from '../../state/viewState';

/** A leader's cell on a question, in `root`: the page, or one grid where several are drawn (the handout). */
export function cellElement(cell: StanceCellRef, root: ParentNode = document): HTMLElement | null {
  const person = CSS.escape(cell.personId);
  const question = CSS.escape(cell.questionId);
  return root.querySelector<HTMLElement>(
    `[role="gridcell"][data-person-id="${person}"][data-question-id="${question}"]`,
  );
}
