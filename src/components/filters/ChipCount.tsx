/** A chip's count, its unit said only to screen readers (the chip's name still starts with its words). */
export function ChipCount({ n, unit }: { n: number; unit?: string | undefined }) {
  return (
    <span className="chip__count">
      {' '}
      {n}
      {unit && <span className="visually-hidden">{` ${unit}${n === 1 ? '' : 's'}`}</span>}
    </span>
  );
}
