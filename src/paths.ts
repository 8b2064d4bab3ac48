// Where the project's own files are (locales, migrations), from the TypeScript in src/ (tests,
// scripts, tsx) and from the bundle npm start runs (dist/main.mjs, scripts/build.mjs) alike:
// the nearest directory above this module that holds the project's package.json.
import { existsSync } from "node:fs";
import path from "node:path";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "locales"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`the project root (package.json and locales/) is not above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(import.meta.dirname);
