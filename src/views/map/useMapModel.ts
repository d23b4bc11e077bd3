import { useMemo } from 'react';
import type { Entity } from '../../data/schema';
import { categoryOf, isParticipant, isUnconfirmedPledge, type ColorCategory } from '../../model/mapColors';
import { indexSummit, type MapIndex } from '../../model/mapText';
import { useAppStore, useSummit } from '../../state/hooks';
import { useFiltered } from '../../state/selectors';
import type { ColorBy } from '../../state/viewState';

export interface MapModel {
  index: MapIndex;
  entities: readonly Entity[];
  colorBy: ColorBy;
  categories: ReadonlyMap<string, ColorCategory>;
  /** Entities drawn with a dotted outline: low-confidence pledges, when coloured by pledge. */
  unconfirmed: ReadonlySet<string>;
  /** Entities that pass the filters; when `narrowed`, the rest are dimmed. */
  included: ReadonlySet<string>;
  narrowed: boolean;
  participants: number;
  shownParticipants: number;
}

/** What every part of the map view derives from the dataset, the colour choice and the filters. */
export function useMapModel(): MapModel {
  const summit = useSummit();
  const colorBy = useAppStore((s) => s.color);
  const filtered = useFiltered();
  const index = useMemo(() => indexSummit(summit), [summit]);
  // Not per filter change: only the colour dimension or the dataset changes these.
  const { categories, unconfirmed } = useMemo(
    () => ({
      categories: new Map(summit.entities.map((e) => [e.id, categoryOf(e, colorBy)])),
      unconfirmed: new Set(summit.entities.filter((e) => isUnconfirmedPledge(e, colorBy)).map((e) => e.id)),
    }),
    [summit, colorBy],
  );
  return useMemo(() => {
    const participants = summit.entities.filter(isParticipant);
    return {
      index,
      entities: summit.entities,
      colorBy,
      categories,
      unconfirmed,
      included: filtered.entityIds,
      narrowed: filtered.entitiesNarrowed,
      participants: participants.length,
      shownParticipants: participants.filter((e) => filtered.entityIds.has(e.id)).length,
    };
  }, [summit, index, colorBy, categories, unconfirmed, filtered]);
}

/** True when the entity should be drawn dimmed (filters narrow the set and leave it out). */
export function isDimmed(model: Pick<MapModel, 'narrowed' | 'included'>, id: string): boolean {
  return model.narrowed && !model.included.has(id);
}
