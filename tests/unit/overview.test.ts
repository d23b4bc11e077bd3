import { readFileSync } from 'node:fs';
import { parseSummitText } from '../../src/data/parseSummit';
import type { Summit } from '../../src/data/schema';
import {
  keyTakeaways,
  outsideTakeaway,
  participationCounts,
  pledgeCounts,
  reportedFigures,
} from '../../src/model/overview';
import { loadFixture } from '../helpers/renderWithStore';

const small = loadFixture('valid-small.json');

function shipped(): Summit {
  const result = parseSummitText(readFileSync('public/data/summit.json', 'utf8'));
  if (!result.ok) throw new Error('public/data/summit.json is invalid');
  return result.summit;
}

describe('participationCounts', () => {
  it('counts every entity but non-participants, split by kind and attendance', () => {
    expect(participationCounts(small)).toEqual({
      participants: 7,
      countries: 6,
      organisations: 1,
      byAttendance: { 'in-person': 2, video: 4, partial: 1, absent: 0, unknown: 0 },
    });
  });
});

describe('pledgeCounts', () => {
  it('counts pledges by status in contract order, with how many rest on low confidence', () => {
    expect(pledgeCounts(small)).toEqual([
      { status: 'ready-to-deploy', count: 2, lowConfidence: 0 },
      { status: 'non-troop-support', count: 0, lowConfidence: 0 },
      { status: 'rules-out-troops', count: 1, lowConfidence: 0 },
      { status: 'undecided', count: 0, lowConfidence: 0 },
      { status: 'undisclosed', count: 1, lowConfidence: 0 },
      { status: 'not-applicable', count: 1, lowConfidence: 0 },
    ]);
  });
});

describe('reportedFigures', () => {
  it('lists the reported figures with labels and their sources, known ones first', () => {
    const meta = {
      ...small.meta,
      reported: { extraFigure: { value: 3, sourceIds: ['src-b'] }, ...small.meta.reported },
    };
    expect(reportedFigures(meta)).toEqual([
      { key: 'participants', label: 'Participants', value: 35, sourceIds: ['src-a'] },
      { key: 'pledgedCountries', label: 'Countries committed to the force', value: 26, sourceIds: ['src-a'] },
      { key: 'extraFigure', label: 'Extra figure', value: 3, sourceIds: ['src-b'] },
    ]);
  });
});

describe('keyTakeaways', () => {
  it('derives neutral sentences from the fixture, each with its sources', () => {
    expect(keyTakeaways(small)).toEqual([
      {
        id: 'attendance',
        text: 'This dataset lists 7 participants: 2 in person (France and Ukraine), 4 by video and 1 for part of the meeting (the United States).',
        sourceIds: ['src-a', 'src-b', 'src-c'],
      },
      {
        id: 'ready',
        text: 'Sources reported 26 countries as committed to the force. This dataset names 2 as ready to deploy forces: France and the United Kingdom. For 1 other, nothing public was found on what it offers.',
        sourceIds: ['src-a', 'src-b'],
      },
      { id: 'rules-out', text: 'Italy has ruled out sending its own troops.', sourceIds: ['src-b'] },
      {
        id: 'outside-troops-after-ceasefire',
        text: 'Outside the meeting, Vladimir Putin (Russia) opposed foreign troops in Ukraine after a ceasefire.',
        sourceIds: ['src-c'],
      },
    ]);
  });

  it('adds the status of a backstop claim and links to it', () => {
    const summit: Summit = {
      ...small,
      claims: [
        ...small.claims,
        {
          id: 'claim-backstop',
          text: 'The US gave a backstop.',
          claimedBy: 'src-c',
          status: 'disputed',
          sourceIds: ['src-a'],
        },
      ],
    };
    expect(keyTakeaways(summit).at(-1)).toEqual({
      id: 'backstop',
      text: 'Le Monde reported: “The US gave a backstop.” Other sources dispute it.',
      sourceIds: ['src-c', 'src-a'],
      href: '#claim-claim-backstop',
    });
  });

  it('drops unknown source ids and any takeaway left without a source', () => {
    const summit: Summit = {
      ...small,
      entities: small.entities.map((e) =>
        e.pledge?.status === 'rules-out-troops'
          ? { ...e, pledge: { ...e.pledge, sourceIds: ['src-nope'] } }
          : e,
      ),
    };
    expect(keyTakeaways(summit).map((t) => t.id)).not.toContain('rules-out');
  });

  it('notes low-confidence evidence by name', () => {
    const summit: Summit = {
      ...small,
      entities: small.entities.map((e) =>
        e.id === 'ita' && e.pledge ? { ...e, pledge: { ...e.pledge, confidence: 'low' as const } } : e,
      ),
    };
    expect(keyTakeaways(summit).find((t) => t.id === 'rules-out')?.text).toBe(
      'Italy has ruled out sending its own troops; the evidence for Italy is of low confidence.',
    );
  });

  it('for the shipped dataset gives 3 to 5 takeaways, each with sources that exist', () => {
    const summit = shipped();
    const known = new Set(summit.sources.map((s) => s.id));
    const takeaways = keyTakeaways(summit);
    expect(takeaways.length).toBeGreaterThanOrEqual(3);
    expect(takeaways.length).toBeLessThanOrEqual(5);
    for (const t of takeaways) {
      expect(t.sourceIds.length, t.id).toBeGreaterThan(0);
      for (const id of t.sourceIds) expect(known.has(id), `${t.id}: ${id}`).toBe(true);
    }
  });
});

describe('outsideTakeaway', () => {
  it('groups non-participants by position and skips positions not taken', () => {
    const summit: Summit = {
      ...small,
      people: [...small.people, { id: 'peskov', name: 'Dmitry Peskov', title: 'Spokesman', entityId: 'rus' }],
      stances: [
        ...small.stances,
        {
          personId: 'peskov',
          questionId: 'negotiate',
          position: 'not-stated',
          summary: 'None found.',
          date: '2025-09-05',
          confidence: 'moderate',
          sourceIds: [],
        },
        {
          personId: 'peskov',
          questionId: 'troops-after-ceasefire',
          position: 'opposes',
          summary: 'No.',
          date: '2025-09-05',
          confidence: 'high',
          sourceIds: ['src-b'],
        },
      ],
    };
    expect(outsideTakeaway(summit, 'troops-after-ceasefire')?.text).toBe(
      'Outside the meeting, Vladimir Putin and Dmitry Peskov (Russia) opposed foreign troops in Ukraine after a ceasefire.',
    );
    expect(outsideTakeaway(summit, 'negotiate')).toBeNull();
    expect(outsideTakeaway(summit, 'no-such-question')).toBeNull();
  });
});
