// Builds what `npm start` runs: src/main.ts and everything it imports from src/, bundled by
// esbuild into dist/main.mjs; packages stay in node_modules and are imported from there.
// Why a bundle instead of running the TypeScript through tsx (as tests, scripts and the bench's
// reference bots do): tsx's loader hooks run in a worker thread, transform and source-map every
// module at start and keep the maps, which cost about 1.4 s of start-up and 85 MB of memory per
// process on our machines. The bundle is plain JavaScript, not minified, so stack traces stay readable.
//   node scripts/build.mjs             build (npm's postinstall does this once)
//   node scripts/build.mjs --if-stale  build only when a file under src/ is newer than the bundle (npm's prestart)
//   node scripts/build.mjs --outfile <file.mjs>  build elsewhere (test/e2e/process.test.ts); it must be inside the project
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = path.join(ROOT, "dist", "main.mjs");

/** Bundles src/main.ts into `outfile` (dist/main.mjs by default). */
export async function buildApp({ outfile = BUNDLE } = {}) {
  await build({
    entryPoints: [path.join(ROOT, "src", "main.ts")],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Locales and migrations are found from the project root (src/paths.ts), wherever the bundle is.
    banner: { js: "// Built by scripts/build.mjs from src/: edit the TypeScript, not this file." },
  });
  return outfile;
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
  const at = process.argv.indexOf("--outfile");
  const outfile = at > 0 ? path.resolve(process.argv[at + 1]) : undefined;
  if (outfile || !process.argv.includes("--if-stale") || isStale()) {
    const started = performance.now();
    await buildApp({ outfile });
    if (!process.argv.includes("--quiet")) console.error(`built ${path.relative(ROOT, outfile ?? BUNDLE)} in ${Math.round(performance.now() - started)} ms`);
  }
}
