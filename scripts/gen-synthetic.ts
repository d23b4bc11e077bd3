/**
 * npm run gen:synthetic [-- --seed 42 --out bench/.data/synthetic.json]
 *
 * Writes the 10× synthetic benchmark dataset (bench/synthetic.ts) to a file, after checking it with
 * the app's own parseSummitText and the app's 5 MB limit. Same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { DEFAULT_SEED, syntheticText } from '../bench/synthetic.ts';
import { MAX_DATASET_BYTES, parseSummitText } from '../src/data/parseSummit.ts';

export const DEFAULT_OUT = 'bench/.data/synthetic.json';

async function main(argv: readonly string[]): Promise<number> {
  let seed = DEFAULT_SEED;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--seed' && value !== undefined && /^-?\d+$/.test(value)) {
      seed = Number(value);
      i++;
    } else if (arg === '--out' && value !== undefined) {
      out = value;
      i++;
    } else {
      console.error(
        `gen:synthetic: unknown or incomplete argument "${arg}". Usage: --seed <int> --out <file>`,
      );
      return 2;
    }
  }
  const file = resolve(out);
  // Written the way Prettier would write it, so `prettier --check .` stays green wherever it lands
  // (bench/.data is git-ignored, but Prettier only reads the root ignore files).
  const text = await format(syntheticText(seed), { ...(await resolveConfig(file)), filepath: file });
  const result = parseSummitText(text);
  if (!result.ok) {
    console.error('gen:synthetic: the generated dataset is not valid (a generator bug):');
    for (const issue of result.issues.slice(0, 20)) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_DATASET_BYTES) {
    console.error(`gen:synthetic: ${bytes} bytes is over the app's ${MAX_DATASET_BYTES}-byte limit`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const s = result.summit;
  console.log(
    `${out}: seed ${seed}, ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes; limit 5 MB) — ` +
      `${s.entities.length} entities, ${s.people.length} people, ${s.questions.length} questions, ` +
      `${s.stances.length} stances, ${s.events.length} events, ${s.sources.length} sources`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
