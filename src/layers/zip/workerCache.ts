// Idle deflate workers kept for a short while, so that the scan's worker and workers started while scanning are
// reused by the zip writer instead of paying worker start-up (~40 ms each) again. Parked workers are unref'd:
// they never keep the process alive, and they end after IDLE_MS without work.
import * as path from 'path';
import { Worker } from 'worker_threads';

const IDLE_MS = 15_000;

interface Parked {
  worker: Worker;
  timer: NodeJS.Timeout;
  detach: () => void;
}

const parked = new Map<string, Parked[]>();

/** Where the worker script lives by default: next to this module (out/src/layers/zip/ or dist/ in the bundle). */
export function defaultWorkerPath(): string {
  return path.join(__dirname, 'deflateWorker.js');
}

export function spawnWorker(workerPath: string, youngGenerationMb = 4): Worker {
  // A small young generation makes the worker collect its per-file garbage (zlib buffers) early: lower RSS.
  // Measured on Node 24 (Node tree, full build, median of 5): 2 MB 1500 ms and 181 MB peak RSS, 4 MB 1477 ms and
  // 192 MB, 8 MB 1482 ms and 206 MB, 16 MB 1478 ms and 222 MB.
  return new Worker(workerPath, {
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: 128 },
  });
}

function unpark(workerPath: string, entry: Parked): void {
  const list = parked.get(workerPath);
  const i = list?.indexOf(entry) ?? -1;
  if (list && i >= 0) list.splice(i, 1);
  clearTimeout(entry.timer);
  entry.detach();
}

/** A parked worker for `workerPath`, or a new one. The caller owns it (park it again or terminate it). */
export function takeWorker(workerPath: string): Worker {
  const entry = parked.get(workerPath)?.at(-1);
  if (entry === undefined) return spawnWorker(workerPath);
  unpark(workerPath, entry);
  entry.worker.ref();
  return entry.worker;
}

/** Keeps an idle worker (no listeners of the caller left on it) for reuse; ends it after a while. */
export function parkWorker(workerPath: string, worker: Worker): void {
  worker.unref();
  const onGone = (): void => {
    unpark(workerPath, entry);
    void worker.terminate();
  };
  const entry: Parked = {
    worker,
    timer: setTimeout(onGone, IDLE_MS).unref(),
    detach: () => {
      worker.off('error', onGone);
      worker.off('exit', onGone);
    },
  };
  // A worker that fails to start while parked (a wrong path) is dropped quietly; the next user spawns its own.
  worker.on('error', onGone);
  worker.on('exit', onGone);
  const list = parked.get(workerPath) ?? [];
  list.push(entry);
  parked.set(workerPath, list);
}

/** Starts workers now (e.g. while scanning) so that up to `count` are parked when the writer asks. */
export function prewarmWorkers(workerPath: string, count: number): void {
  for (let have = parked.get(workerPath)?.length ?? 0; have < count; have++)
    parkWorker(workerPath, spawnWorker(workerPath));
}

/** Number of parked workers (tests). */
export function parkedWorkerCount(workerPath: string): number {
  return parked.get(workerPath)?.length ?? 0;
}

/** Ends every parked worker (tests, extension deactivation). */
export async function closeParkedWorkers(): Promise<void> {
  const all = [...parked.entries()].flatMap(([p, list]) => list.map((e) => [p, e] as const));
  for (const [p, e] of all) unpark(p, e);
  await Promise.all(all.map(([, e]) => e.worker.terminate()));
}
