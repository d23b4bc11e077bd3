import { useId } from 'react';
import { COLOR_BY_LABELS } from '../../model/mapColors';
import { useAppStore } from '../../state/hooks';
import { COLOR_BYS } from '../../state/viewState';

/** Segmented radio group choosing the map's colour dimension (store field `color`). */
export function ColorByControl() {
  const color = useAppStore((s) => s.color);
  const update = useAppStore((s) => s.update);
  const name = `color-by${useId()}`;
  return (
    <fieldset className="map-colorby">
      <legend className="map-colorby__legend">Colour by</legend>
      <div className="map-colorby__options">
        {COLOR_BYS.map((value) => (
          <label key={value} className="map-colorby__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={color === value}
              onChange={() => update({ color: value })}
            />
            <span>{COLOR_BY_LABELS[value]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
