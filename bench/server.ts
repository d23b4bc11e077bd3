/**
 * Builds the app and the floor page with the project's own vite.config.ts into a private temp folder
 * (so it never touches dist/ that other tools use), adds the datasets, and serves each folder with
 * `vite preview` on 127.0.0.1.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { DEFAULT_SEED, syntheticText } from './synthetic.ts';

export interface BuildDirs {
  app: string;
  floor: string;
  /** A copy of the app build whose data/summit.json is the synthetic file (used without ?data=). */
  appSynthetic: string;
}

export function buildDirs(tmpRoot: string): BuildDirs {
  return {
    app: join(tmpRoot, 'app'),
    floor: join(tmpRoot, 'floor'),
    appSynthetic: join(tmpRoot, 'app-synthetic'),
  };
}

export async function buildAll(repoRoot: string, dirs: BuildDirs): Promise<void> {
  const configFile = join(repoRoot, 'vite.config.ts');
  const common = { configFile, logLevel: 'warn' as const, mode: 'production' };
  await build({ ...common, root: repoRoot, build: { outDir: dirs.app, emptyOutDir: true } });
  await build({
    ...common,
    root: join(repoRoot, 'bench/floor'),
    build: { outDir: dirs.floor, emptyOutDir: true },
  });
}

export interface DatasetInfo {
  label: string;
  /** Path of the page to open, relative to the server root. */
  path: string;
  bytes: number;
  gzipBytes: number;
  note?: string;
}

const sizes = (text: string | Buffer) => ({
  bytes: Buffer.byteLength(text),
  gzipBytes: gzipSync(text, { level: 9 }).length,
});

/**
 * Shipped dataset: dist/data/summit.json as built. If it does not exist yet, the small test fixture
 * stands in (and the report says so). Synthetic: generated from `seed` into dist/data/synthetic.json.
 */
export function prepareDatasets(repoRoot: string, dirs: BuildDirs, seed = DEFAULT_SEED) {
  const shippedFile = join(dirs.app, 'data/summit.json');
  let note: string | undefined;
  if (!existsSync(shippedFile)) {
    mkdirSync(join(dirs.app, 'data'), { recursive: true });
    cpSync(join(repoRoot, 'tests/fixtures/valid-small.json'), shippedFile);
    note = 'public/data/summit.json missing: tests/fixtures/valid-small.json used instead';
  }
  const text = syntheticText(seed);
  writeFileSync(join(dirs.app, 'data/synthetic.json'), text);
  const shipped: DatasetInfo = {
    label: 'shipped',
    path: './',
    ...sizes(readFileSync(shippedFile)),
    ...(note ? { note } : {}),
  };
  const synthetic: DatasetInfo = {
    label: '10× synthetic',
    path: './?data=data/synthetic.json',
    ...sizes(text),
  };
  return { shipped, synthetic, syntheticText: text };
}

/** Fallback when the app ignores ?data=: a copy of the build that ships the synthetic file as summit.json. */
export function makeSyntheticCopy(dirs: BuildDirs, text: string): void {
  cpSync(dirs.app, dirs.appSynthetic, { recursive: true });
  writeFileSync(join(dirs.appSynthetic, 'data/summit.json'), text);
}

export interface Server {
  url: string;
  close: () => Promise<void>;
}

export async function serve(repoRoot: string, outDir: string, port: number): Promise<Server> {
  const server = await preview({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error(`vite preview for ${outDir} is not listening`);
  return { url, close: () => server.close() };
}
