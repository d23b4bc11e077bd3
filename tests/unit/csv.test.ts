import type { Summit } from '../../src/data/schema';
import {
  CSV_BOM,
  csvField,
  eventsCsv,
  participantsCsv,
  stancesCsv,
  tableCsv,
  toCsv,
} from '../../src/export/csv';
import { applyFilters } from '../../src/model/filters';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';

/** A tiny summit whose text exercises every escaping rule. */
function summit(): Summit {
  return {
    schemaVersion: 1,
    meta: {
      title: 'Test',
      date: '2025-09-04',
      location: 'Paris',
      summary: '',
      datasetVersion: '1.2',
      updated: '2025-12-31',
      reported: {},
      notes: [],
    },
    sources: [
      {
        id: 's1',
        publisher: 'A',
        title: 'A',
        url: 'https://a.example/1?x=1,2',
        accessed: '2025-09-05',
        kind: 'official',
      },
      {
        id: 's2',
        publisher: 'B',
        title: 'B',
        url: 'https://b.example/2',
        accessed: '2025-09-05',
        kind: 'news',
      },
    ],
    entities: [
      {
        id: 'ukr',
        kind: 'country',
        iso3: 'UKR',
        name: 'Ukraine',
        participation: {
          role: 'member',
          attendance: 'in-person',
          representedBy: ['zel'],
          note: 'Said "yes", then left',
        },
        pledge: {
          status: 'not-applicable',
          domains: ['land', 'air'],
          summary: 'Line one\nline two',
          confidence: 'high',
          sourceIds: ['s2'],
        },
        sourceIds: ['s1', 's2'],
      },
      {
        id: 'isr',
        kind: 'country',
        iso3: 'ISR',
        name: 'ישראל',
        participation: { role: 'observer', attendance: 'absent', representedBy: [] },
        sourceIds: [],
      },
    ],
    people: [
      { id: 'zel', name: 'Володимир Зеленський', title: 'President', entityId: 'ukr' },
      { id: 'rtl', name: 'بنيامين نتنياهو', title: 'PM', entityId: 'isr' },
    ],
    questions: [
      { id: 'q1', label: 'Troops, after ceasefire', text: 'Q1?', description: '' },
      { id: 'q2', label: 'Sanctions', text: 'Q2?', description: '' },
    ],
    stances: [
      {
        personId: 'zel',
        questionId: 'q1',
        position: 'supports',
        summary: 'Wants "boots on the ground", soon',
        quote: 'Нам потрібні гарантії',
        quoteLanguage: 'uk',
        date: '2025-09-04',
        confidence: 'high',
        sourceIds: ['s1', 's2'],
      },
      {
        personId: 'rtl',
        questionId: 'q2',
        position: 'not-stated',
        summary: '=HYPERLINK("http://evil")',
        date: '2025-09-04',
        confidence: 'low',
        sourceIds: [],
      },
    ],
    events: [
      {
        id: 'e1',
        date: '2025-09-04',
        datePrecision: 'day',
        title: 'Summit, Paris',
        description: 'Leaders met.\r\nThen spoke.',
        category: 'summit',
        entityIds: ['ukr', 'isr'],
        personIds: ['zel'],
        location: 'Élysée',
        sourceIds: ['s1'],
      },
      {
        id: 'e2',
        date: '2025-08-01',
        datePrecision: 'month',
        endDate: '2025-08-31',
        title: 'Talks',
        description: '',
        category: 'talks',
        entityIds: ['isr'],
        personIds: [],
        context: true,
        sourceIds: [],
      },
    ],
    claims: [],
    story: [],
  };
}

describe('csvField', () => {
  it('leaves plain text alone and writes empty for missing values', () => {
    expect(csvField('France')).toBe('France');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('keeps non-Latin and right-to-left text as it is', () => {
    expect(csvField('Володимир Зеленський')).toBe('Володимир Зеленський');
    expect(csvField('بنيامين نتنياهو')).toBe('بنيامين نتنياهو');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+33 1')).toBe("'+33 1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('exports the byte-order mark Excel needs', () => {
    expect(CSV_BOM).toBe('\uFEFF');
  });
});

describe('participants CSV', () => {
  it('writes every entity with codes, names of representatives and source URLs', () => {
    expect(participantsCsv(summit(), { filtered: null })).toBe(
      [
        'id,name,kind,iso3,role,attendance,represented_by,participation_note,pledge_status,pledge_domains,pledge_summary,pledge_confidence,pledge_source_urls,source_ids,source_urls,dataset_version',
        'ukr,Ukraine,country,UKR,member,in-person,Володимир Зеленський,"Said ""yes"", then left",not-applicable,land | air,"Line one\nline two",high,https://b.example/2,s1 | s2,"https://a.example/1?x=1,2 | https://b.example/2",1.2',
        'isr,ישראל,country,ISR,observer,absent,,,,,,,,,,1.2',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps only the filtered entities', () => {
    const s = summit();
    const filtered = applyFilters(s, { ...DEFAULT_VIEW_STATE, entities: ['isr'] });
    const lines = participantsCsv(s, { filtered }).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^isr,ישראל,/);
  });

  it('lists entities by name, as the participant list does, whatever the file order', () => {
    const s = summit();
    const reversed = { ...s, entities: [...s.entities].reverse() };
    const ids = participantsCsv(reversed, { filtered: null })
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(['ukr', 'isr']);
  });
});

describe('stances CSV', () => {
  it('writes names, labels, quotes and sources, escaped', () => {
    expect(stancesCsv(summit(), { filtered: null })).toBe(
      [
        'person_id,person_name,entity_name,question_id,question,position,confidence,date,summary,quote,quote_language,quote_translated_from,condition,source_ids,source_urls,dataset_version',
        'zel,Володимир Зеленський,Ukraine,q1,"Troops, after ceasefire",supports,high,2025-09-04,"Wants ""boots on the ground"", soon",Нам потрібні гарантії,uk,,,s1 | s2,"https://a.example/1?x=1,2 | https://b.example/2",1.2',
        `rtl,بنيامين نتنياهو,ישראל,q2,Sanctions,not-stated,low,2025-09-04,"'=HYPERLINK(""http://evil"")",,,,,,,1.2`,
        '',
      ].join('\r\n'),
    );
  });

  it("follows the matrix's row order, then question order, when given it; the rest after, as recorded", () => {
    const s = summit();
    const [zelQ1, rtlQ2] = s.stances;
    s.stances = [{ ...zelQ1!, questionId: 'q2' }, rtlQ2!, zelQ1!];
    const keys = (csv: string) =>
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',')[0] + ' ' + line.split(',')[3]);
    expect(keys(stancesCsv(s, { filtered: null, personOrder: ['zel', 'rtl'] }))).toEqual([
      'zel q1',
      'zel q2',
      'rtl q2',
    ]);
    expect(keys(stancesCsv(s, { filtered: null, personOrder: ['rtl'] }))).toEqual([
      'rtl q2',
      'zel q1',
      'zel q2',
    ]);
    expect(keys(stancesCsv(s, { filtered: null }))).toEqual(['zel q2', 'rtl q2', 'zel q1']);
  });

  it('keeps the stances of shown leaders on shown questions', () => {
    const s = summit();
    const filtered = applyFilters(s, { ...DEFAULT_VIEW_STATE, questions: ['q2'] });
    const lines = stancesCsv(s, { filtered }).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^rtl,/);
  });
});

describe('events CSV', () => {
  it('writes dates, precision, people and entities by name, keeps CRLF inside quotes, in date order', () => {
    expect(eventsCsv(summit(), { filtered: null })).toBe(
      [
        'id,date,date_precision,end_date,title,category,description,location,entities,people,context,source_ids,source_urls,dataset_version',
        'e2,2025-08-01,month,2025-08-31,Talks,talks,,,ישראל,,yes,,,1.2',
        'e1,2025-09-04,day,,"Summit, Paris",summit,"Leaders met.\r\nThen spoke.",Élysée,Ukraine | ישראל,Володимир Зеленський,,s1,"https://a.example/1?x=1,2",1.2',
        '',
      ].join('\r\n'),
    );
  });

  it('follows the date filter', () => {
    const s = summit();
    const filtered = applyFilters(s, { ...DEFAULT_VIEW_STATE, from: '2025-09-01' });
    const csv = tableCsv('events', s, { filtered });
    expect(csv).toContain('\r\ne1,2025-09-04,');
    expect(csv).not.toContain('\r\ne2,');
  });
});
