// The layering of src/, checked from the import statements: features never import features,
// the domain imports neither grammY nor the bot, and no module imports itself in a circle.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");
/** Prisma's generated client is not ours to arrange. */
const GENERATED = path.join(SRC, "generated");

type Graph = Map<string, string[]>;

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a file imports (static, re-exports, type-only and dynamic). */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === GENERATED ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** file (relative to the repository) -> what it imports: files for relative imports, package names otherwise. */
function buildGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(SRC)) {
    const targets = importsOf(readFileSync(file, "utf8")).map((spec) => (spec.startsWith(".") ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : spec));
    graph.set(path.relative(ROOT, file), targets);
  }
  return graph;
}

/** Every circle of imports between files of the graph, each as a path that ends where it starts. */
export function findCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const FEATURES = "src/bot/features/";

/** Imports that break the layering: feature -> feature, domain -> grammY or bot. */
export function layeringViolations(graph: Graph): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (file.startsWith(FEATURES) && target.startsWith(FEATURES)) problems.push(`${file} imports the feature ${target}`);
      if (file.startsWith("src/domain/") && (target === "grammy" || target.startsWith("grammy/") || target.startsWith("@grammyjs/") || target.startsWith("src/bot/"))) {
        problems.push(`${file} (domain) imports ${target}`);
      }
    }
  }
  return problems;
}

describe("the import graph of src/", () => {
  const graph = buildGraph();

  it("when the sources are read, then the graph has the bot, its features and the domain", () => {
    expect(graph.get("src/bot/index.ts")).toContain("src/bot/features/start.ts");
    expect([...graph.keys()].filter((f) => f.startsWith(FEATURES)).length).toBeGreaterThan(5);
    expect(graph.get("src/domain/index.ts")!.length).toBeGreaterThan(3);
  });

  it("when features are imported, then only by the bot factory, never by another feature; the domain imports no grammY and no bot code", () => {
    expect(layeringViolations(graph)).toEqual([]);
  });

  it("when imports are followed, then no file comes back to itself", () => {
    expect(findCycles(graph)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("when a file imports in several forms, then every specifier is found and comments are skipped", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type {\n  B,\n  C,\n} from "../b.ts";',
      'export { d } from "./d.ts";',
      'import "./side-effect.ts";',
      'const lazy = await import("./lazy.ts");',
      '// import { x } from "./commented.ts";',
      'import { Composer } from "grammy";',
    ].join("\n");
    expect(importsOf(source)).toEqual(["./a.ts", "../b.ts", "./d.ts", "./side-effect.ts", "./lazy.ts", "grammy"]);
  });

  it("when files import each other in a circle, then the circle is reported; a diamond is not one", () => {
    const circle: Graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(findCycles(circle)).toEqual([["a", "b", "c", "a"]]);
    const diamond: Graph = new Map([
      ["a", ["b", "c"]],
      ["b", ["d"]],
      ["c", ["d"]],
      ["d", []],
    ]);
    expect(findCycles(diamond)).toEqual([]);
  });

  it("when a feature imports a feature or the domain imports grammY or the bot, then each is reported", () => {
    const graph: Graph = new Map([
      ["src/bot/features/start.ts", ["src/bot/features/help.ts", "src/bot/screens/help.ts", "grammy"]],
      ["src/domain/offers.ts", ["grammy", "@grammyjs/i18n", "src/bot/formatting.ts", "src/domain/errors.ts"]],
    ]);
    expect(layeringViolations(graph)).toEqual([
      "src/bot/features/start.ts imports the feature src/bot/features/help.ts",
      "src/domain/offers.ts (domain) imports grammy",
      "src/domain/offers.ts (domain) imports @grammyjs/i18n",
      "src/domain/offers.ts (domain) imports src/bot/formatting.ts",
    ]);
  });
});
