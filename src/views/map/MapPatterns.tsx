import { memo } from 'react';
import { categoriesFor, patternId, type ColorCategory, type PatternKind } from '../../model/mapColors';
import type { ColorBy } from '../../state/viewState';

const SIZE = 6;
const ROTATION: Record<PatternKind, number> = {
  solid: 0,
  hatch: 45,
  backhatch: -45,
  vlines: 0,
  hlines: 90,
  dots: 45,
  cross: 45,
  grid: 0,
};

function Marks({ kind, ink, muted }: { kind: PatternKind; ink: string; muted: boolean }) {
  const line = { stroke: ink, strokeWidth: muted ? 1 : 1.6 };
  switch (kind) {
    case 'solid':
      return null;
    case 'dots':
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.35} style={{ fill: ink }} />;
    case 'cross':
    case 'grid':
      return (
        <>
          <line x1={1.5} y1={0} x2={1.5} y2={SIZE} style={line} />
          <line x1={0} y1={1.5} x2={SIZE} y2={1.5} style={line} />
        </>
      );
    default:
      return <line x1={1.5} y1={0} x2={1.5} y2={SIZE} style={line} />;
  }
}

function Pattern({ id, category, scale }: { id: string; category: ColorCategory; scale: number }) {
  const ink = category.muted
    ? 'color-mix(in srgb, var(--text-muted) 70%, transparent)'
    : 'rgba(0, 0, 0, 0.5)';
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={SIZE}
      height={SIZE}
      patternTransform={`scale(${scale}) rotate(${ROTATION[category.pattern]})`}
    >
      <rect width={SIZE} height={SIZE} style={{ fill: `var(${category.color})` }} />
      <Marks kind={category.pattern} ink={ink} muted={category.muted === true} />
    </pattern>
  );
}

interface Props {
  prefix: string;
  colorBy: ColorBy;
  /** Pattern scale in its user space: 1/k inside the zoomed group keeps hatching at screen size. */
  scale?: number;
}

/** The fills of one colour dimension as SVG patterns; render inside <defs>. */
export const MapPatterns = memo(function MapPatterns({ prefix, colorBy, scale = 1 }: Props) {
  return (
    <>
      {categoriesFor(colorBy).map((c) => (
        <Pattern key={c.value} id={patternId(prefix, colorBy, c)} category={c} scale={scale} />
      ))}
    </>
  );
});
