// Runs webLoad (load.ts) on its own thread, so that the web load has a thread of its own and does
// not share one with the fake Bot API and the webhook's pacer in the bench process: started by
// webLoadApart, answers with webLoad's result.
import { parentPort, workerData } from "node:worker_threads";
import { webLoad } from "./load.ts";

const { baseUrl, paths, options } = workerData as { baseUrl: string; paths: string[]; options: Parameters<typeof webLoad>[2] };
void webLoad(baseUrl, paths, options).then((result) => parentPort!.postMessage(result));
