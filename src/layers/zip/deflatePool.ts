import type { Worker } from 'worker_threads';
import type { WorkerRequest, WorkerResponse } from './deflateWorker';
import { defaultWorkerPath, parkWorker, takeWorker } from './workerCache';

interface Slot {
  worker: Worker;
  ids: Set<number>;
  broken: boolean;
  detach: () => void;
}

/** A request before the pool numbers it. */
export type PoolRequest = WorkerRequest extends infer T
  ? T extends WorkerRequest
    ? Omit<T, 'id'>
    : never
  : never;

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void };

/**
 * A small pool of deflate workers (deflateWorker.js next to this file, or `workerPath`). Each worker takes up to
 * `perWorker` outstanding requests; `onSlotFree` fires whenever one completes so the caller can dispatch more.
 * Workers come from and go back to the worker cache (workerCache.ts) when they end idle and healthy.
 */
export class DeflatePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(
    size: number,
    private readonly onSlotFree: () => void,
    private readonly workerPath = defaultWorkerPath(),
    private readonly perWorker = 2,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = takeWorker(workerPath);
      const slot: Slot = { worker, ids: new Set(), broken: false, detach: () => undefined };
      const onMessage = (res: WorkerResponse): void => {
        slot.ids.delete(res.id);
        const p = this.pending.get(res.id);
        this.pending.delete(res.id);
        p?.resolve(res);
        this.onSlotFree();
      };
      const fail = (cause: unknown): void => {
        slot.broken = true;
        const err = cause instanceof Error ? cause : new Error(String(cause));
        this.failure ??= err;
        for (const id of slot.ids) {
          this.pending.get(id)?.reject(err);
          this.pending.delete(id);
        }
        slot.ids.clear();
      };
      const onExit = (code: number): void => {
        slot.broken = true;
        if (slot.ids.size > 0) fail(new Error(`Deflate worker exited unexpectedly: code ${code}`));
      };
      worker.on('message', onMessage);
      worker.on('error', fail);
      worker.on('exit', onExit);
      slot.detach = () => {
        worker.off('message', onMessage);
        worker.off('error', fail);
        worker.off('exit', onExit);
      };
      this.slots.push(slot);
    }
  }

  hasCapacity(): boolean {
    return this.failure === undefined && this.slots.some((s) => s.ids.size < this.perWorker);
  }

  run(req: PoolRequest): Promise<WorkerResponse> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.ids.size < best.ids.size) best = s;
    const id = this.nextId++;
    best.ids.add(id);
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const msg: WorkerRequest = { ...req, id };
      best.worker.postMessage(msg);
    });
  }

  /** Parks idle, healthy workers for reuse; ends the others (still busy after a cancel, or failed). */
  async close(): Promise<void> {
    const ending: Promise<number>[] = [];
    for (const s of this.slots) {
      s.detach();
      if (s.broken || s.ids.size > 0) ending.push(s.worker.terminate());
      else parkWorker(this.workerPath, s.worker);
    }
    this.slots.length = 0;
    await Promise.all(ending);
  }
}
