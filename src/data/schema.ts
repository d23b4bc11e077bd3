/**
 * The Summit Atlas data contract, version 1.
 *
 * This is a public format: other people's summit files, our exports and other tools read it, so the
 * field names here are fixed. A breaking change bumps `schemaVersion` and adds a migration.
 * Shapes live here; rules that span records (unique ids, references, date order) live in
 * `validateSummit.ts`, so every problem can be reported at once with its path.
 *
 * Written with `zod/mini`, which keeps the validator small enough to ship in the first-load bundle.
 */
import * as z from 'zod/mini';

const id = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is longer than 200 characters'));
const text = z.string().check(z.maxLength(20_000, 'is longer than 20,000 characters'));
const nonEmptyText = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(20_000, 'is longer than 20,000 characters'));
/** Calendar date YYYY-MM-DD; whether the day exists is checked in validateSummit. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
const idList = z.array(id);
const sourceIdList = z.array(id);

export const SOURCE_KINDS = ['official', 'agency', 'news', 'analysis', 'reference', 'aggregator'] as const;
export const ENTITY_KINDS = ['country', 'organization'] as const;
export const ROLES = ['host', 'co-chair', 'member', 'observer', 'guest', 'non-participant'] as const;
export const ATTENDANCES = ['in-person', 'video', 'partial', 'absent', 'unknown'] as const;
export const PLEDGE_STATUSES = [
  'ready-to-deploy',
  'non-troop-support',
  'rules-out-troops',
  'undecided',
  'undisclosed',
  'not-applicable',
] as const;
export const CONFIDENCES = ['high', 'moderate', 'low'] as const;
export const POSITIONS = [
  'supports',
  'conditional',
  'ambivalent',
  'opposes',
  'not-stated',
  'undisclosed',
  'not-applicable',
  'contested',
] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export const CLAIM_STATUSES = ['confirmed', 'disputed', 'corrected', 'unverified'] as const;

const reportedFigure = z.object({
  value: z.number().check(z.nonnegative('must be zero or more')),
  sourceIds: sourceIdList,
});

export const metaSchema = z.object({
  title: nonEmptyText,
  date: isoDate,
  location: nonEmptyText,
  summary: text,
  datasetVersion: nonEmptyText,
  updated: isoDate,
  reported: z.record(z.string(), reportedFigure),
  notes: z.array(text),
});

const languageTag = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "fr"'));

export const sourceSchema = z.object({
  id,
  publisher: nonEmptyText,
  title: nonEmptyText,
  /** The language the title is written in, when not English, so screen readers voice it rightly. */
  language: z.optional(languageTag),
  /** http(s) only; checked in validateSummit so the message can name the scheme. */
  url: nonEmptyText,
  published: z.optional(isoDate),
  accessed: isoDate,
  kind: z.enum(SOURCE_KINDS),
});

export const participationSchema = z.object({
  role: z.enum(ROLES),
  attendance: z.enum(ATTENDANCES),
  representedBy: idList,
  note: z.optional(text),
});

export const pledgeSchema = z.object({
  status: z.enum(PLEDGE_STATUSES),
  domains: z.array(nonEmptyText),
  summary: text,
  confidence: z.enum(CONFIDENCES),
  sourceIds: sourceIdList,
});

export const entitySchema = z.object({
  id,
  kind: z.enum(ENTITY_KINDS),
  iso3: z.optional(
    z.string().check(z.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')),
  ),
  name: nonEmptyText,
  participation: participationSchema,
  pledge: z.optional(pledgeSchema),
  sourceIds: sourceIdList,
});

export const personSchema = z.object({
  id,
  name: nonEmptyText,
  title: text,
  entityId: id,
});

export const questionSchema = z.object({
  id,
  label: nonEmptyText,
  text: nonEmptyText,
  description: text,
});

export const stanceSchema = z.object({
  personId: id,
  questionId: id,
  position: z.enum(POSITIONS),
  summary: text,
  quote: z.optional(text),
  /** The language the quote is written in, as shown. */
  quoteLanguage: z.optional(languageTag),
  /** Set when the quote is a published translation: the language the words were spoken in. */
  quoteTranslatedFrom: z.optional(languageTag),
  date: isoDate,
  confidence: z.enum(CONFIDENCES),
  condition: z.optional(text),
  sourceIds: sourceIdList,
});

export const eventSchema = z.object({
  id,
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  endDate: z.optional(isoDate),
  title: nonEmptyText,
  description: text,
  category: nonEmptyText,
  entityIds: idList,
  personIds: idList,
  location: z.optional(text),
  context: z.optional(z.boolean()),
  sourceIds: sourceIdList,
});

export const claimSchema = z.object({
  id,
  text: nonEmptyText,
  claimedBy: id,
  status: z.enum(CLAIM_STATUSES),
  correction: z.optional(text),
  sourceIds: sourceIdList,
});

export const storySlideSchema = z.object({
  id,
  title: nonEmptyText,
  caption: text,
  /** The view state as a URL query string, e.g. "color=attendance&sel=fra". */
  state: text,
  question: z.optional(text),
  answer: z.optional(text),
  /** What the caption, question and answer state rests on, shown under them. */
  sourceIds: z.optional(sourceIdList),
});

export const summitSchema = z.object({
  schemaVersion: z.literal(1),
  meta: metaSchema,
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema),
  people: z.array(personSchema),
  questions: z.array(questionSchema),
  stances: z.array(stanceSchema),
  // Events of one day are listed in the order they happened: the timeline and its list keep it.
  events: z.array(eventSchema),
  claims: z.array(claimSchema),
  story: z.array(storySlideSchema),
});

export type Summit = z.infer<typeof summitSchema>;
export type SummitMeta = z.infer<typeof metaSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Participation = z.infer<typeof participationSchema>;
export type Role = (typeof ROLES)[number];
export type Attendance = (typeof ATTENDANCES)[number];
export type Pledge = z.infer<typeof pledgeSchema>;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Person = z.infer<typeof personSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Position = (typeof POSITIONS)[number];
export type SummitEvent = z.infer<typeof eventSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Claim = z.infer<typeof claimSchema>;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type StorySlide = z.infer<typeof storySlideSchema>;
