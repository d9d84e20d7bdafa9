// Where the zip writer's bytes go: a Sink that buffers, hashes (SHA-256) and counts them, and the Target it
// flushes to (a file, removed again on failure, or a Writable, destroyed on failure).

import { createHash } from 'crypto';
import * as fs from 'fs';
import type { Writable } from 'stream';

/** The Sink flushes at this many buffered bytes; also the read size for large entries. */
export const FLUSH_BYTES = 1024 * 1024;

/**
 * Buffers small writes, hashes everything written and tracks the offset. `append` is synchronous (no promise per
 * header and per entry: 40,000 of them for 20,000 files); callers flush when `full()`. Data is hashed when flushed,
 * so an appended buffer must not change before the next flush.
 */
export class Sink {
  offset = 0;
  private readonly hash = createHash('sha256');
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Where a flush gathers its chunks, reused: a fresh 1 MB per flush was ~40 MB of garbage per archive (RSS). */
  private scratch: Buffer | undefined;

  /**
   * `reuse`: the consumer is done with the bytes once `out` resolves (a file), so one gathering buffer is reused;
   * otherwise (a stream may keep what it is given) each flush hands over a buffer of its own.
   */
  constructor(
    private readonly out: (data: Buffer) => Promise<void>,
    private readonly reuse = false,
  ) {}

  append(data: Buffer): void {
    this.offset += data.length;
    this.chunks.push(data);
    this.buffered += data.length;
  }

  full(): boolean {
    return this.buffered >= FLUSH_BYTES;
  }

  async push(data: Buffer): Promise<void> {
    this.append(data);
    if (this.full()) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const data = this.chunks.length === 1 ? this.chunks[0]! : this.gather();
    this.chunks = [];
    this.buffered = 0;
    this.hash.update(data);
    await this.out(data);
  }

  private gather(): Buffer {
    if (!this.reuse) return Buffer.concat(this.chunks, this.buffered);
    if (!this.scratch || this.scratch.length < this.buffered)
      this.scratch = Buffer.allocUnsafeSlow(Math.max(2 * FLUSH_BYTES, this.buffered));
    let at = 0;
    for (const c of this.chunks) at += c.copy(this.scratch, at);
    return this.scratch.subarray(0, at);
  }

  digest(): string {
    return this.hash.digest('base64');
  }
}

export interface Target {
  write(data: Buffer): Promise<void>;
  finish(): Promise<void>;
  fail(err: unknown): Promise<void>;
}

export async function openTarget(target: string | Writable): Promise<Target> {
  if (typeof target === 'string') {
    const fh = await fs.promises.open(target, 'w');
    let closed = false;
    return {
      async write(data) {
        let at = 0;
        while (at < data.length) at += (await fh.write(data, at, data.length - at)).bytesWritten;
      },
      async finish() {
        closed = true;
        await fh.close();
      },
      async fail() {
        if (!closed) await fh.close().catch(() => undefined);
        await fs.promises.rm(target, { force: true });
      },
    };
  }
  const stream = target;
  let error: Error | undefined;
  stream.on('error', (e: Error) => (error ??= e));
  const waitFor = (event: 'drain' | 'finish'): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const onEvent = (): void => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (e: Error): void => {
        stream.off(event, onEvent);
        reject(e);
      };
      stream.once(event, onEvent);
      stream.once('error', onError);
    });
  return {
    async write(data) {
      if (error !== undefined) throw error;
      if (!stream.write(data)) await waitFor('drain');
    },
    async finish() {
      if (error !== undefined) throw error;
      const done = waitFor('finish');
      stream.end();
      await done;
    },
    async fail(err) {
      stream.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  };
}
