// The entry of a parse worker (plain JavaScript, so it starts under any runner): registers the TypeScript loader,
// runs the one task it was given in workerData (see parse-task.ts) and posts its outcome.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { runParseTask } = await import("./parse-task.ts");
parentPort.postMessage(await runParseTask(workerData));
