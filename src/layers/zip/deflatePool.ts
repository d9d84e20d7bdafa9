import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerRequest, WorkerResponse } from './deflateWorker';

interface Slot {
  worker: Worker;
  ids: Set<number>;
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
 */
export class DeflatePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(
    size: number,
    private readonly onSlotFree: () => void,
    workerPath = path.join(__dirname, 'deflateWorker.js'),
    private readonly perWorker = 2,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      // A small young generation makes the worker collect its per-file garbage (zlib buffers) early: lower RSS.
      const worker = new Worker(workerPath, {
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
      });
      const slot: Slot = { worker, ids: new Set() };
      worker.on('message', (res: WorkerResponse) => {
        slot.ids.delete(res.id);
        const p = this.pending.get(res.id);
        this.pending.delete(res.id);
        p?.resolve(res);
        this.onSlotFree();
      });
      const fail = (cause: unknown): void => {
        const err = cause instanceof Error ? cause : new Error(String(cause));
        this.failure ??= err;
        for (const id of slot.ids) {
          this.pending.get(id)?.reject(err);
          this.pending.delete(id);
        }
        slot.ids.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (slot.ids.size > 0) fail(new Error(`Deflate worker exited unexpectedly: code ${code}`));
      });
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

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
