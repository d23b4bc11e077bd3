import { describe, expect, it } from 'vitest';
import { POSITIONS } from '../../src/data/schema';
import {
  agreementWith,
  compareAgreement,
  comparePeople,
  compareStatus,
  describeAgreement,
} from '../../src/model/stanceAgreement';
import { countPositions, indexStances, summarizeCounts, takenTotal } from '../../src/model/stanceCells';
import { isHttpUrl } from '../../src/data/validateSummit';
import { languageName, quoteCredit } from '../../src/model/stanceDetail';
import { LEGEND_ORDER, POSITION_META, isTaken, keyPositions } from '../../src/model/stanceVocabulary';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const index = indexStances(summit.stances);
const questions = summit.questions.map((q) => q.id);

describe('vocabulary', () => {
  it('defines every contract position once, with an icon and a definition', () => {
    expect([...LEGEND_ORDER].sort()).toEqual([...POSITIONS].sort());
    for (const p of POSITIONS) {
      expect(POSITION_META[p].icon).not.toBe('');
      expect(POSITION_META[p].definition).not.toBe('');
    }
  });

  it('keys the values records use, in legend order, and "not stated" even where none says so', () => {
    expect(
      keyPositions([{ position: 'opposes' }, { position: 'supports' }, { position: 'opposes' }]),
    ).toEqual(['supports', 'opposes', 'not-stated']);
    expect(keyPositions(summit.stances)).not.toContain('undisclosed');
  });

  it('counts only supports, conditional, ambivalent and opposes as positions taken', () => {
    expect(POSITIONS.filter(isTaken)).toEqual(['supports', 'conditional', 'ambivalent', 'opposes']);
  });
});

describe('summaries', () => {
  it('writes "5 support, 2 oppose, 1 conditional; 7 not stated"', () => {
    const counts = countPositions([
      ...Array<'supports'>(5).fill('supports'),
      'opposes',
      'opposes',
      'conditional',
      ...Array<'not-stated'>(7).fill('not-stated'),
    ]);
    expect(summarizeCounts(counts)).toBe('5 support, 2 oppose, 1 conditional; 7 not stated');
    expect(takenTotal(counts)).toBe(8);
  });

  it('says when no position was taken', () => {
    expect(summarizeCounts(countPositions(['undisclosed', 'not-stated']))).toBe(
      'No positions taken; 1 not stated, 1 undisclosed',
    );
    expect(summarizeCounts(countPositions(['ambivalent']))).toBe('1 ambivalent');
  });
});

describe('agreement', () => {
  it('compares only questions both actually answered', () => {
    expect(compareStatus('supports', 'supports')).toBe('agree');
    expect(compareStatus('supports', 'conditional')).toBe('differ');
    expect(compareStatus('opposes', 'not-stated')).toBe('not-compared');
    expect(compareStatus('contested', 'contested')).toBe('not-compared');
    expect(compareStatus('not-applicable', 'not-applicable')).toBe('not-compared');
  });

  it('compares Macron and Meloni on the fixture', () => {
    const c = comparePeople(index, 'macron', 'meloni', questions);
    expect(c.rows).toEqual([
      { questionId: 'troops-after-ceasefire', a: 'supports', b: 'ambivalent', status: 'differ' },
      { questionId: 'own-troops', a: 'supports', b: 'opposes', status: 'differ' },
      { questionId: 'negotiate', a: 'conditional', b: 'not-stated', status: 'not-compared' },
    ]);
    expect([c.agree, c.differ, c.shared, c.notCompared]).toEqual([0, 2, 2, 1]);
  });

  it('counts agreement the same way for sorting', () => {
    expect(agreementWith(index, 'macron', 'starmer', questions)).toEqual({ agree: 1, differ: 0, shared: 1 });
    expect(agreementWith(index, 'macron', 'putin', questions)).toEqual({ agree: 0, differ: 1, shared: 1 });
    expect(agreementWith(index, 'macron', 'witkoff', questions)).toEqual({ agree: 0, differ: 0, shared: 0 });
    expect(describeAgreement({ agree: 1, differ: 1, shared: 2 })).toBe('agrees on 1 of 2');
    expect(describeAgreement({ agree: 0, differ: 0, shared: 0 })).toBe('no shared answers');
  });

  it('orders by share agreed, then by evidence, with nothing-to-compare last', () => {
    const items = [
      { agree: 0, differ: 0, shared: 0 },
      { agree: 1, differ: 1, shared: 2 },
      { agree: 2, differ: 0, shared: 2 },
      { agree: 1, differ: 0, shared: 1 },
      { agree: 0, differ: 1, shared: 1 },
    ];
    expect([...items].sort(compareAgreement)).toEqual([items[2], items[3], items[1], items[4], items[0]]);
  });
});

describe('detail helpers', () => {
  it('links only http and https URLs', () => {
    expect(isHttpUrl('https://www.elysee.fr/a')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });

  it('names quote languages', () => {
    expect(languageName('it')).toBe('Italian');
    expect(languageName('fr')).toBe('French');
  });

  it("credits a translated quote as a translation, never as the speaker's own English", () => {
    expect(quoteCredit('es', undefined)).toBe(', in Spanish');
    expect(quoteCredit('en', 'pl')).toBe(', English translation from Polish');
    expect(quoteCredit(undefined, 'ru')).toBe(', translation from Russian');
    expect(quoteCredit(undefined, undefined)).toBe('');
  });
});

describe('icons drawn by CSS', () => {
  it('gives every position one icon: its vocabulary text, or one drawn in the background', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/views/matrix/matrix.css', 'utf8');
    const unescape = (s: string) =>
      s.replace(/\\([0-9A-Fa-f]{1,6})/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    const drawn: string[] = [];
    for (const p of POSITIONS) {
      const text = new RegExp(`\\.mx-chip\\[data-position='${p}'\\]::before \\{\\s*content: '([^']*)'`).exec(
        css,
      );
      const image = new RegExp(`\\.mx-chip\\[data-position='${p}'\\] \\{[^}]*--chip-icon:\\s[^;]+;`).exec(
        css,
      );
      // "Not stated" (a dash) is the chip itself: a thin muted bar.
      const bar = new RegExp(
        `\\.mx-chip\\[data-position='${p}'\\] \\{[^}]*height: 2px !important;[^}]*--chip-fill: var\\(--text-muted\\);`,
      ).exec(css);
      expect([text, image, bar].filter(Boolean), `${p}: exactly one of text, image or bar`).toHaveLength(1);
      if (text) expect(unescape(text[1] ?? ''), p).toBe(POSITION_META[p].icon);
      else if (image) drawn.push(p);
      else expect(POSITION_META[p].icon, p).toBe('—');
    }
    // The symbols that needed font fallback are drawn; the plain-text ones stay text.
    expect(drawn).toEqual(['supports', 'conditional', 'ambivalent', 'opposes', 'contested']);
  });
});
