import { useId, useMemo, useRef } from 'react';
import { patternId } from '../../model/mapColors';
import {
  layoutEntities,
  needsMarker,
  orgSlot,
  outsiderAnchor,
  placeOutsiderLabel,
  projectShapes,
  shapeContains,
  type LabelPlacement,
} from '../../model/mapMarkers';
import { applyTransform, baseProjection } from '../../model/mapProjection';
import type { World } from '../../model/mapWorld';
import { useAppStore } from '../../state/hooks';
import { useHoveredIds } from '../../state/selectors';
import { CountryLayer, MarkLayer, Outline, UnconfirmedLayer, type ShapeStyle } from './MapLayers';
import type { ScreenMark } from './markState';
import { MapOrgs } from './MapOrgs';
import { MapPatterns } from './MapPatterns';
import { MapTooltip } from './MapTooltip';
import { MapZoomControls } from './MapZoomControls';
import { isDimmed, type MapModel } from './useMapModel';
import { useMapInteraction } from './useMapInteraction';
import { useControlsInset, useMapSize } from './useMapSize';
import { useMapView } from './useMapView';

function fillUrl(model: MapModel, prefix: string, id: string): string {
  const category = model.categories.get(id);
  return category ? `url(#${patternId(prefix, model.colorBy, category)})` : 'none';
}

/** The drawn map: countries coloured by the chosen dimension, markers, badges, zoom and keyboard travel. */
export function MapCanvas({ world, model }: { world: World; model: MapModel }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height } = useMapSize(wrapRef, model.colorBy);
  const controlsInset = useControlsInset(wrapRef);
  const prefix = `map${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const selectedId = useAppStore((s) => s.selectedEntity);
  const hovered = useHoveredIds().entities;
  const { colorBy, index } = model;

  const projection = useMemo(() => baseProjection(width, height), [width, height]);
  const shapes = useMemo(() => projectShapes(world, projection), [world, projection]);
  const layout = useMemo(
    () => layoutEntities(world, shapes, model.entities, projection),
    [world, shapes, model.entities, projection],
  );
  const landByKey = useMemo(() => new Map(world.shapes.map((s) => [s.key, s.geometry])), [world]);
  const view = useMapView(projection, width, height);
  const { t } = view;

  const fillOf = (id: string, space: 'geo' | 'ui') => fillUrl(model, `${prefix}-${space}`, id);
  const styles = useMemo(() => {
    const out = new Map<string, ShapeStyle>();
    for (const m of layout.marks) {
      if (m.shapeKey === null) continue;
      const fill = fillUrl(model, `${prefix}-geo`, m.entityId);
      out.set(m.shapeKey, { entityId: m.entityId, fill, dimmed: isDimmed(model, m.entityId) });
    }
    return out;
  }, [layout, model, prefix]);
  // Dimmed ones are left plain: the filter has set them aside.
  const unconfirmedShapes = useMemo(() => {
    const byKey = new Map(shapes.map((s) => [s.key, s.d]));
    return layout.marks.flatMap((m) => {
      const d = m.shapeKey === null ? undefined : byKey.get(m.shapeKey);
      return d && model.unconfirmed.has(m.entityId) && !isDimmed(model, m.entityId)
        ? [{ entityId: m.entityId, d }]
        : [];
    });
  }, [layout, shapes, model]);

  // Placing a label tests points against the country's outline: a millisecond of a filter click's
  // script when it ran on every render, though it depends only on the zoom and the box.
  const outsiderLabels = useMemo(() => {
    const out = new Map<string, LabelPlacement | null>();
    for (const { entityId, anchor, labelAnchor, shapeKey } of layout.marks) {
      const entity = index.entities.get(entityId);
      if (entity?.participation.role !== 'non-participant') continue;
      const land = shapeKey === null ? undefined : landByKey.get(shapeKey);
      const at = labelAnchor && applyTransform(t, labelAnchor);
      const place = placeOutsiderLabel(
        outsiderAnchor(at, applyTransform(t, anchor), width, height),
        width,
        height,
        controlsInset,
        ([x, y]) => land !== undefined && shapeContains(land, projection, [(x - t.x) / t.k, (y - t.y) / t.k]),
        // The bold name, or the smaller "not taking part" under it (84 px), whichever is wider.
        Math.max(84, 8.5 * entity.name.length),
      );
      out.set(entityId, place);
    }
    return out;
  }, [layout, index, landByKey, t, width, height, controlsInset, projection]);
  const marks: ScreenMark[] = [
    ...layout.marks.map((m): ScreenMark => {
      const entity = index.entities.get(m.entityId);
      return {
        entityId: m.entityId,
        at: applyTransform(t, m.anchor),
        fill: fillOf(m.entityId, 'ui'),
        dimmed: isDimmed(model, m.entityId),
        unconfirmed: model.unconfirmed.has(m.entityId),
        kind: m.shapeKey === null || needsMarker(m, t.k) ? 'marker' : 'none',
        ...(entity?.participation.role === 'non-participant'
          ? { label: entity.name, labelAt: outsiderLabels.get(m.entityId) ?? null }
          : {}),
      };
    }),
    ...layout.orgIds.map((id, i): ScreenMark => ({
      entityId: id,
      at: orgSlot(i, layout.orgIds.length, width, height),
      fill: fillOf(id, 'ui'),
      dimmed: isDimmed(model, id),
      kind: 'org',
      label: index.entities.get(id)?.name ?? id,
    })),
  ];

  const { svgProps, orgProps, tip, focusedId, said } = useMapInteraction({
    svgRef,
    marks,
    model,
    view,
    width,
    height,
  });
  const shapeOf = (id: string | null) => {
    const key = layout.marks.find((m) => m.entityId === id)?.shapeKey;
    return key ? shapes.find((s) => s.key === key)?.d : undefined;
  };
  const tipEntity = tip ? index.entities.get(tip.entityId) : undefined;
  const focusedMark = marks.find((m) => m.entityId === focusedId);
  const focusedAt = focusedMark && focusedMark.kind !== 'org' ? focusedMark.at : null;

  return (
    <div className="map-canvas" ref={wrapRef}>
      <svg
        ref={svgRef}
        className="map-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        aria-roledescription="interactive map"
        aria-label="Participants map"
        aria-describedby={`${prefix}-help`}
        tabIndex={0}
        {...svgProps}
      >
        <defs>
          <MapPatterns prefix={`${prefix}-geo`} colorBy={colorBy} scale={1 / t.k} />
          <MapPatterns prefix={`${prefix}-ui`} colorBy={colorBy} />
        </defs>
        <rect className="map-sea" width={width} height={height} />
        <g transform={`translate(${t.x} ${t.y}) scale(${t.k})`}>
          <CountryLayer shapes={shapes} styles={styles} />
          <UnconfirmedLayer shapes={unconfirmedShapes} />
          {[...hovered].map(
            (id) => id !== null && id !== selectedId && <Outline key={id} d={shapeOf(id)} kind="hovered" />,
          )}
          <Outline d={shapeOf(selectedId)} kind="selected" />
        </g>
        <MarkLayer marks={marks} selectedId={selectedId} hovered={hovered} focused={focusedAt} />
      </svg>
      <MapZoomControls
        onZoom={view.zoomBy}
        onReset={view.reset}
        onWorld={view.world}
        preset={view.preset}
        canZoomIn={t.k < view.limits.max}
        canZoomOut={t.k > view.limits.min * 1.01}
      />
      <MapOrgs
        orgs={marks.filter((m) => m.kind === 'org')}
        selectedId={selectedId}
        hovered={hovered}
        focusedId={focusedId}
        handlers={orgProps}
      />
      {tip && tipEntity && (
        <MapTooltip tip={tip} entity={tipEntity} index={index} width={width} height={height} />
      )}
      <p id={`${prefix}-help`} className="visually-hidden">
        Arrow keys move between participants (those the filters keep), Enter selects, Escape clears the
        selection, plus and minus zoom. The list of participants below the map offers the same choices.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
