/** A plain-language fix for each kind of problem the validator reports, for people editing a file by hand. */
import type { DataIssue } from './issues';

const RULES: [RegExp, string][] = [
  [
    /is not valid JSON/,
    'The file is not JSON. Check it in a JSON validator: a comma, quote or bracket is usually missing.',
  ],
  [/the limit is/, 'Make the file smaller: remove records or split the summit into several files.'],
  [/^unknown source/, 'Add a source with this id to "sources", or correct the id.'],
  [/^unknown person/, 'Add this person to "people", or correct the id.'],
  [/^unknown entity/, 'Add this country or organisation to "entities", or correct the id.'],
  [/^unknown question/, 'Add this question to "questions", or correct the id.'],
  [/^duplicate id/, 'Give each record in the collection its own id.'],
  [/^second stance/, 'Keep one stance per person and question: merge the two records.'],
  [/not a real calendar date/, 'Use a date that exists, written YYYY-MM-DD (e.g. 2025-09-04).'],
  [/must be a date written/, 'Write the date as YYYY-MM-DD (e.g. 2025-09-04).'],
  [/must not be before date/, 'Swap date and endDate, or correct one of them.'],
  [
    /http:\/\/ or https:\/\//,
    'Use a web address that starts with https:// (other kinds of link are not allowed).',
  ],
  [/ISO 3166-1/, 'Use the three-letter ISO code of the country, e.g. FRA for France.'],
  [/^is missing/, 'Add this field.'],
  [/^must be one of|^must be /, 'Use one of the values listed.'],
  [/^expected /, 'Change the value to the expected type.'],
  [/^could not load/, 'Check the address and that the file is served from this site.'],
];

export function suggestFix(issue: DataIssue): string {
  return (
    RULES.find(([pattern]) => pattern.test(issue.message))?.[1] ??
    'Correct the value so that it matches the format.'
  );
}
