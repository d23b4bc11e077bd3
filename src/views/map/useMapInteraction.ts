import {
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { directionOfKey, nextInDirection, readingOrder } from '../../model/mapKeyboard';
import { announcement } from '../../model/mapText';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import type { ScreenMark } from './markState';
import type { TipState } from './MapTooltip';
import { isDimmed, type MapModel } from './useMapModel';
import { useMapGestures } from './useMapGestures';
import type { MapViewControls } from './useMapView';

interface Options {
  svgRef: RefObject<SVGSVGElement | null>;
  marks: readonly ScreenMark[];
  model: MapModel;
  view: MapViewControls;
  width: number;
  height: number;
}

const EDGE = 28;

function entityAt(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-entity-id]') : null;
  return el?.getAttribute('data-entity-id') ?? null;
}

/** Hover, click, keyboard travel and focus on the map; the map is one tab stop. */
export function useMapInteraction({ svgRef, marks, model, view, width, height }: Options) {
  const update = useAppStore((s) => s.update);
  const hover = useAppStore((s) => s.hover);
  const selected = useAppStore((s) => s.selectedEntity);
  const [tip, setTip] = useState<TipState | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const store = useAppStoreApi();
  const pointerAt = useRef(-Infinity);
  const gestures = useMapGestures({
    svgRef,
    transform: view.t,
    limits: view.limits,
    onLive: view.setLive,
    onCommit: view.commit,
  });

  // Only write to the store when the value changes: hover events fire on every pointer move.
  const setHovered = (id: string | null) => {
    if (store.getState().hoveredEntity !== id) hover({ hoveredEntity: id });
  };

  const focusOn = (id: string | null, extra = '') => {
    setFocusedId(id);
    setHovered(id);
    const mark = id === null ? undefined : marks.find((m) => m.entityId === id);
    const entity = id === null ? undefined : model.index.entities.get(id);
    if (!mark || !entity) {
      setTip(null);
      return;
    }
    setSaid(`${extra}${announcement(entity, model.index, isDimmed(model, entity.id))}`);
    const [x, y] = mark.at;
    if (mark.kind !== 'org' && (x < EDGE || y < EDGE || x > width - EDGE || y > height - EDGE)) {
      view.centre(mark.at);
      setTip({ entityId: id!, x: width / 2, y: height / 2, via: 'keyboard' });
    } else setTip({ entityId: id!, x, y, via: 'keyboard' });
  };

  // The keys travel among the marks the filters keep, when they keep any; the dimmed rest stay within
  // reach of the pointer and the participant finder.
  const navPoints = () => {
    const all = marks.map((m) => ({ id: m.entityId, at: m.at }));
    const kept = all.filter((p) => p.id === focusedId || !isDimmed(model, p.id));
    return kept.some((p) => p.id !== focusedId) ? kept : all;
  };

  const startId = (): string | null => {
    const nav = navPoints();
    if (selected && nav.some((p) => p.id === selected)) return selected;
    const host = model.entities.find(
      (e) => e.participation.role === 'host' && nav.some((p) => p.id === e.id),
    );
    return host?.id ?? readingOrder(nav)[0] ?? null;
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const dir = directionOfKey(e.key);
    const nav = navPoints();
    if (dir || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      if (focusedId === null || !nav.some((p) => p.id === focusedId)) return focusOn(startId());
      const order = readingOrder(nav);
      const next = dir
        ? nextInDirection(nav, focusedId, dir)
        : e.key === 'Home'
          ? order[0]
          : order[order.length - 1];
      if (next) focusOn(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && focusedId !== null) {
      e.preventDefault();
      update({ selectedEntity: focusedId });
      const name = model.index.entities.get(focusedId)?.name ?? '';
      setSaid(`Selected ${name}. Details are shown below the map.`);
    } else if (e.key === 'Escape') {
      if (selected === null && focusedId === null) return;
      e.preventDefault();
      update({ selectedEntity: null });
      focusOn(null);
      // Escape with only a focus ring to drop clears nothing, so says nothing.
      if (selected !== null) setSaid('Selection cleared.');
    } else if (e.key === '+' || e.key === '=') view.zoomBy(1.6);
    else if (e.key === '-' || e.key === '_') view.zoomBy(1 / 1.6);
    else if (e.key === '0') view.reset();
  };

  const pointTo = (e: ReactPointerEvent<Element>) => {
    if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
    const id = entityAt(e.target);
    setHovered(id);
    const r = svgRef.current?.getBoundingClientRect() ?? { left: 0, top: 0 };
    setTip(
      id === null ? null : { entityId: id, x: e.clientX - r.left, y: e.clientY - r.top, via: 'pointer' },
    );
  };
  const onPointerLeave = () => {
    if (focusedId !== null) return;
    setHovered(null);
    setTip(null);
  };
  const onClick = (e: MouseEvent<Element>) => {
    const id = entityAt(e.target);
    if (id !== null) update({ selectedEntity: id });
  };

  const svgProps = {
    ...gestures.handlers,
    onPointerDown: (e: ReactPointerEvent<SVGSVGElement>) => {
      pointerAt.current = e.timeStamp;
      gestures.handlers.onPointerDown(e);
    },
    onPointerMove: (e: ReactPointerEvent<SVGSVGElement>) => {
      gestures.handlers.onPointerMove(e);
      pointTo(e);
    },
    onPointerLeave,
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      if (!gestures.wasDrag()) onClick(e);
    },
    onKeyDown,
    onFocus: (e: FocusEvent<SVGSVGElement>) => {
      // Focus that follows a pointer press shows no keyboard ring; Tab starts keyboard travel.
      if (e.timeStamp - pointerAt.current > 600) focusOn(startId());
    },
    onBlur: () => {
      setFocusedId(null);
      setHovered(null);
      setTip(null);
    },
  };

  /** The organisation strip shares hover, tooltip and click with the drawing. */
  const orgProps = { onPointerMove: pointTo, onPointerLeave, onClick };

  return { svgProps, orgProps, tip, focusedId, said };
}
