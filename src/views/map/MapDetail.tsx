import { useEffect, useId, useRef } from 'react';
import type { Entity } from '../../data/schema';
import { ATTENDANCE_LABELS, ROLE_LABELS } from '../../model/mapColors';
import { dockIn, useDetailSlot } from '../../components/detailSlot';
import { focusFirst } from '../../components/focusStays';
import { landOn } from '../../components/linkLanding';
import { PledgeFacts } from '../../components/PledgeFacts';
import { SourceList } from '../../components/SourceList';
import { entitySourceIds, noRepresentative, representatives, type MapIndex } from '../../model/mapText';
import { useAppStore } from '../../state/hooks';

/** The selected entity in full: role, attendance, who represented it, its pledge and every source. */
export function MapDetail({ entity, index }: { entity: Entity; index: MapIndex }) {
  const update = useAppStore((s) => s.update);
  const hover = useAppStore((s) => s.hover);
  const presenting = useAppStore((s) => s.present);
  const titleId = useId();
  const { participation: p, pledge } = entity;
  const people = representatives(entity, index);
  const { slot, Heading, Sub } = useDetailSlot();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const section = sectionRef.current;
    if (presenting || !section) return;
    // A link naming this participant opens at the map, with the participant outlined and this panel.
    if (landOn('sel', entity.id, section.closest('.view'))) return;
    // Chosen in the participant list, the panel opens above the list and pushes the chosen entry,
    // and its focus ring, out of the window: focus comes to the details instead.
    if (document.activeElement?.closest('.map-finder__list')) {
      headingRef.current?.focus();
      return;
    }
    // The panel opens under the map and its key, out of sight on a phone: its heading comes up to
    // show where the details went, leaving most of the map in view.
    const peek = window.innerHeight - 112;
    const top = section.getBoundingClientRect().top;
    if (top > peek && top < window.innerHeight + 800) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: top - peek, behavior: reduce ? 'auto' : 'smooth' });
    }
  }, [presenting, entity.id]);
  // The panel goes with the selection: focus returns to the map, its own tab stop.
  const clear = () => {
    focusFirst(document.querySelector('svg.map-svg'));
    update({ selectedEntity: null });
  };
  return dockIn(
    slot,
    <section
      ref={sectionRef}
      className="map-detail"
      aria-labelledby={titleId}
      data-entity-id={entity.id}
      // Esc closes the details from inside them too, as on the map (presenting keeps Esc for leaving).
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || presenting || e.defaultPrevented) return;
        e.preventDefault();
        clear();
      }}
    >
      <div className="map-detail__head">
        <Heading id={titleId} ref={headingRef} tabIndex={-1} className="map-detail__title">
          {entity.name}
        </Heading>
        <button type="button" className="map-detail__close" onClick={clear}>
          Clear selection
        </button>
        {/* The profile is a side panel of the page, which presenting mode does not show. */}
        {!presenting && (
          <button type="button" onClick={() => hover({ profileEntity: entity.id })}>
            Full profile: stances, events, sources
          </button>
        )}
      </div>
      <dl className="map-detail__facts">
        <dt>Role</dt>
        <dd>{ROLE_LABELS[p.role]}</dd>
        <dt>Attendance</dt>
        <dd>
          {ATTENDANCE_LABELS[p.attendance]}
          {p.note && <span className="map-detail__note"> — {p.note}</span>}
        </dd>
        <dt>Represented by</dt>
        <dd>
          {people.length === 0
            ? noRepresentative(entity)
            : people.map((person, i) => (
                <span key={person.id}>
                  {i > 0 && '; '}
                  {person.name}
                  {person.title && <span className="map-detail__muted">, {person.title}</span>}
                </span>
              ))}
        </dd>
        <dt>Pledge</dt>
        <dd>{pledge ? <PledgeFacts pledge={pledge} /> : 'No pledge recorded'}</dd>
      </dl>
      <Sub className="map-detail__subtitle">Sources</Sub>
      <SourceList sources={entitySourceIds(entity).flatMap((id) => index.sources.get(id) ?? [])} />
    </section>,
  );
}
