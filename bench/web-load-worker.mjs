// The web load's thread (webLoadApart in load.ts). Plain JavaScript: a worker thread on Node 20
// does not get the parent's tsx hooks, so it registers them before loading the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./web-load-worker.ts");
