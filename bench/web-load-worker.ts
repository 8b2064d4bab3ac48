// One thread of the web load (webLoadApart in load.ts): runs its share and answers with the
// latencies measured, which the parent adds up with the other threads'.
import { parentPort, workerData } from "node:worker_threads";
import { webLoadSamples, type WebLoadOptions } from "./load.ts";

const { baseUrl, paths, options } = workerData as { baseUrl: string; paths: string[]; options: WebLoadOptions };
void webLoadSamples(baseUrl, paths, options).then((result) => parentPort!.postMessage(result));
