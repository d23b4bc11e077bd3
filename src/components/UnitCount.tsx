/**
 * A count on a chip or a key, its unit said to screen readers only: a bare "Supports 3" left them
 * guessing, and the control's name still starts with its visible words.
 */
export function UnitCount({
  n,
  unit,
  className,
}: {
  n: number;
  unit?: string | undefined;
  className: string;
}) {
  return (
    <span className={className}>
      {' '}
      {n}
      {unit && (
        <>
          {' '}
          <span className="visually-hidden">{n === 1 ? unit : `${unit}s`}</span>
        </>
      )}
    </span>
  );
}
