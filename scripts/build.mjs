// Builds what `npm start` runs: src/main.ts and everything it imports from src/, bundled by
// esbuild into dist/main.mjs; packages stay in node_modules and are imported from there.
// Why a bundle instead of running the TypeScript through tsx (as tests, scripts and the bench's
// reference bots do): tsx's loader hooks run in a worker thread, transform and source-map every
// module at start and keep the maps, which cost about 1.4 s of start-up and 85 MB of memory per
// process on our machines. The bundle is plain JavaScript, not minified, so stack traces stay readable.
//   node scripts/build.mjs             build (npm's postinstall does this once)
//   node scripts/build.mjs --if-stale  build only when a file under src/ is newer than the bundle (npm's prestart)
//   node scripts/build.mjs --outdir <dir>  build elsewhere (test/e2e/process.test.ts); it must be inside the project
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
export const BUNDLE = path.join(DIST, "main.mjs");

/**
 * Bundles src/main.ts into `<outdir>/main.mjs` (dist/ by default). What src/ imports lazily
 * (`await import(…)`, e.g. PGlite for the embedded database only) goes into chunks/ and is
 * loaded only when it is asked for.
 */
export async function buildApp({ outdir = DIST } = {}) {
  // Loaded here, not at the top: npm start's freshness check should not pay for loading esbuild.
  const { build } = await import("esbuild");
  rmSync(path.join(outdir, "chunks"), { recursive: true, force: true }); // no stale chunks
  await build({
    // The embedded database's thread is an entry of its own (src/db/pglite-thread.ts starts it).
    entryPoints: { main: path.join(ROOT, "src", "main.ts"), "pglite-worker": path.join(ROOT, "src", "db", "pglite-worker.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Locales and migrations are found from the project root (src/paths.ts), wherever the bundle is.
    banner: { js: "// Built by scripts/build.mjs from src/: edit the TypeScript, not this file." },
  });
  return path.join(outdir, "main.mjs");
}

/** The newest modification time under `dir`, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs);
  }
  return latest;
}

function isStale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [newest(path.join(ROOT, "src")), statSync(fileURLToPath(import.meta.url)).mtimeMs, statSync(path.join(ROOT, "package-lock.json")).mtimeMs];
  return inputs.some((mtime) => mtime > built);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--outdir");
  const outdir = at > 0 ? path.resolve(process.argv[at + 1]) : undefined;
  if (outdir || !process.argv.includes("--if-stale") || isStale()) {
    const started = performance.now();
    const built = await buildApp({ outdir });
    if (!process.argv.includes("--quiet")) console.error(`built ${path.relative(ROOT, built)} in ${Math.round(performance.now() - started)} ms`);
  }
}
