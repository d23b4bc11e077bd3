/**
 * npm run build:schema   writes public/data/summit.schema.json from the zod contract.
 * npm run check:schema   fails (exit 1) if the committed file differs from what the contract gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { summitSchema } from '../src/data/schema.ts';

const OUT = 'public/data/summit.schema.json';

function generate(): string {
  const schema = {
    ...z.toJSONSchema(summitSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Summit Atlas dataset, schemaVersion 1',
    description:
      'A summit: its participants, pledges, people, questions, stances, events, claims and story, each fact with its sources. ' +
      'Cross-record rules (unique ids, resolving references, real calendar dates, endDate ≥ date, one stance per person and ' +
      'question, http(s) URLs only) are checked by `npm run validate-data`.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const next = generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== next) {
    console.error(`${OUT} is stale: run \`npm run build:schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date.`);
} else {
  writeFileSync(OUT, next);
  console.log(`wrote ${OUT} (${next.length} bytes)`);
}
