/**
 * npm run validate-data [file…]
 * Checks dataset files against the Summit Atlas contract, exactly as the app does.
 * Exit 0: all valid. Exit 1: a file has problems (each listed). Exit 2: a file is unreadable or not JSON.
 */
import { readFileSync } from 'node:fs';
import { formatIssue } from '../src/data/issues.ts';
import { parseSummitText } from '../src/data/parseSummit.ts';

const files = process.argv.slice(2);
if (files.length === 0) files.push('public/data/summit.json');

let exitCode = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${(error as Error).message})`);
    exitCode = 2;
    continue;
  }
  const result = parseSummitText(text);
  if (result.ok) {
    const s = result.summit;
    console.log(
      `${file}: valid — ${s.entities.length} entities, ${s.people.length} people, ${s.questions.length} questions, ` +
        `${s.stances.length} stances, ${s.events.length} events, ${s.sources.length} sources, ${s.claims.length} claims, ` +
        `${s.story.length} slides`,
    );
    continue;
  }
  const notJson = result.issues.length === 1 && result.issues[0]?.message.startsWith('is not valid JSON');
  console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  exitCode = Math.max(exitCode, notJson ? 2 : 1);
}
process.exit(exitCode);
