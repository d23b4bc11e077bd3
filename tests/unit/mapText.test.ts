import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/schema';
import {
  announcement,
  entitySourceIds,
  indexSummit,
  pledgeLine,
  representationLine,
} from '../../src/model/mapText';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const index = indexSummit(summit);
const entity = (id: string): Entity => index.entities.get(id)!;

describe('map text', () => {
  it('says who represented an entity and how', () => {
    expect(representationLine(entity('fra'), index)).toBe('Emmanuel Macron, in person');
    expect(representationLine(entity('gbr'), index)).toBe('Keir Starmer, by video');
    expect(representationLine(entity('usa'), index)).toBe('Steve Witkoff, for part of the meeting');
    expect(representationLine(entity('lux'), index)).toBe('By video (representative not named)');
    expect(representationLine(entity('rus'), index)).toBe('Not taking part');
  });

  it('summarises the pledge in one line', () => {
    expect(pledgeLine(entity('ita'))).toBe('Rules out troops — No Italian troops.');
    expect(pledgeLine(entity('nato'))).toBeNull();
    const blank = { ...entity('fra'), pledge: { ...entity('fra').pledge!, summary: '  ' } };
    expect(pledgeLine(blank)).toBe('Ready to deploy troops');
  });

  it('collects the sources of the entity and its pledge once each', () => {
    const e = {
      ...entity('fra'),
      sourceIds: ['src-a', 'src-b'],
      pledge: { ...entity('fra').pledge!, sourceIds: ['src-b', 'src-c'] },
    };
    expect(entitySourceIds(e)).toEqual(['src-a', 'src-b', 'src-c']);
  });

  it('announces a focused entity in one sentence for screen readers', () => {
    expect(announcement(entity('gbr'), index)).toBe(
      'United Kingdom. Co-chair. Keir Starmer, by video. Ready to deploy troops — Ready to deploy. 1 source.',
    );
    expect(announcement(entity('gbr'), index, true)).toMatch(
      /^United Kingdom, outside the current filters\. Co-chair\./,
    );
  });
});
