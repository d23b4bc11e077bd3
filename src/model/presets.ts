/**
 * Named groups an analyst filters by. Membership is defined by ISO codes (stable facts about the
 * world, as of 2025) or by a field of the dataset, and resolved against whatever dataset is loaded,
 * so a preset never lists an entity the file does not have.
 */
import type { Entity, Summit } from '../data/schema';

const EU_MEMBERS = new Set(
  'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(
    ' ',
  ),
);

export interface Preset {
  id: string;
  label: string;
  description: string;
  matches: (entity: Entity) => boolean;
}

const byIso = (codes: string) => {
  const set = new Set(codes.split(' '));
  return (entity: Entity) => entity.iso3 !== undefined && set.has(entity.iso3);
};
const isParticipant = (entity: Entity) => entity.participation.role !== 'non-participant';

export const PRESETS: readonly Preset[] = [
  {
    id: 'e3',
    label: 'E3',
    description: 'France, Germany and the United Kingdom',
    matches: byIso('FRA DEU GBR'),
  },
  {
    id: 'nb8',
    label: 'Nordic-Baltic Eight',
    description: 'Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, Sweden',
    matches: byIso('DNK EST FIN ISL LVA LTU NOR SWE'),
  },
  {
    id: 'eu',
    label: 'EU member states',
    description: 'Member states of the European Union taking part (the EU has 27)',
    matches: (e) => e.iso3 !== undefined && EU_MEMBERS.has(e.iso3),
  },
  {
    id: 'non-eu',
    label: 'Non-EU participants',
    description: 'Participating countries outside the European Union',
    matches: (e) =>
      isParticipant(e) && e.kind === 'country' && (e.iso3 === undefined || !EU_MEMBERS.has(e.iso3)),
  },
  {
    id: 'g7',
    label: 'G7 members',
    description: 'Canada, France, Germany, Italy, Japan, the United Kingdom and the United States',
    matches: byIso('CAN FRA DEU ITA JPN GBR USA'),
  },
  {
    id: 'in-person',
    label: 'Present in person',
    description: 'Represented in the room in Paris',
    matches: (e) => e.participation.attendance === 'in-person',
  },
];

export function presetEntityIds(summit: Summit, preset: Preset): string[] {
  return summit.entities.filter(preset.matches).map((e) => e.id);
}

/** The preset whose members are exactly the given ids, if any, so the filter bar can show it as active. */
export function matchingPreset(summit: Summit, ids: readonly string[]): Preset | undefined {
  if (ids.length === 0) return undefined;
  const wanted = [...ids].sort().join(',');
  return PRESETS.find((p) => presetEntityIds(summit, p).sort().join(',') === wanted);
}
