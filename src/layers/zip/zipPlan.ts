// How the zip writer splits its sorted entries into jobs: batches of small files and single large files for the
// deflate workers, and runs of entries whose compressed bytes the pack cache already holds (read in one go).
import { FLUSH_BYTES } from './zipSink';
import { compareZipPaths } from './zipOrder';
import type { CacheableEntry, OpenPack } from './packCache';
import { F, FIELDS } from './packIndex';

/**
 * A batch of small files for one worker request. Every request and answer crosses threads, which costs far more on
 * a virtual machine than the message itself (waking the other thread). Measured on Node 24, 2 cores, interleaved
 * full builds of the Node tree: 128 files / 2 MiB against 64 / 512 KiB, 1528 vs 1538.5 ms and 29 ms less CPU over
 * 20 runs each, 1542 vs 1566 ms over 16 (Python tree, 8 runs: 1221 vs 1238 ms); 128 / 1 MiB and 256 / 1-2 MiB were
 * in between. A small gain, but in every run set. Batching does not change the archive's bytes.
 */
const BATCH_MAX_FILES = 128;
const BATCH_MAX_BYTES = 2 * 1024 * 1024;
/** A cached run is read in one request of at most this many bytes (unless one entry is larger). */
export const CACHED_RUN_BYTES = 4 * 1024 * 1024;
/** Between two cached entries of a run lies the old local header: at most this many bytes. */
const CACHED_GAP_BYTES = 30 + 0xffff + 20;

/** Files from this size on (below the large-file threshold, and not compressed by name) are split in parts. */
export const SPLIT_FROM = 2 * 1024 * 1024;
/** The size of a part: both workers keep busy on a big file, and no worker holds more than this (+32 KiB). */
export const PART_BYTES = 1024 * 1024;

export type Job<E> =
  | { kind: 'batch'; entries: E[]; memBytes: number }
  /** Bytes [start, end) of one file; `parts` jobs in a row make the entry (see deflatePart). */
  | { kind: 'part'; entry: E; start: number; end: number; parts: number; memBytes: number }
  | { kind: 'large'; entry: E; memBytes: number }
  /** Entries whose compressed bytes the pack holds: `records` are their records in the pack's index. */
  | { kind: 'cached'; entries: E[]; records: number[]; start: number; memBytes: number };

/** The entries in archive order; throws on a duplicate or unsafe path (empty, absolute, backslash, `..`). */
export function sortedEntries<E extends { zipPath: string }>(entries: readonly E[]): E[] {
  // Usually in order already (a scan's files are): checked in one pass before sorting.
  let inOrder = true;
  for (let i = 1; i < entries.length && inOrder; i++)
    inOrder = compareZipPaths(entries[i - 1]!.zipPath, entries[i]!.zipPath) <= 0;
  const sorted = inOrder ? [...entries] : [...entries].sort((a, b) => compareZipPaths(a.zipPath, b.zipPath));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.zipPath === sorted[i - 1]!.zipPath)
      throw new Error(`Duplicate path in archive: ${sorted[i]!.zipPath}`);
  }
  for (const e of sorted) {
    const p = e.zipPath;
    if (
      p === '' ||
      p.charCodeAt(0) === 0x2f ||
      p.includes('\\') ||
      // The pattern only for the rare path holding "..".
      (p.includes('..') && /(^|\/)\.\.(\/|$)/.test(p))
    )
      throw new Error(`Invalid path in archive: ${p}`);
  }
  return sorted;
}

export function planJobs<E extends CacheableEntry & { absPath: string }>(
  sorted: readonly E[],
  largeThreshold: number,
  pack?: OpenPack,
  split: (e: E) => boolean = () => false,
): Job<E>[] {
  const jobs: Job<E>[] = [];
  let batch: E[] = [];
  let batchBytes = 0;
  let run: { entries: E[]; records: number[]; start: number; end: number } | undefined;
  const hits = pack?.hitsFor(sorted);
  const numbers = pack?.index.numbers;
  const close = (): void => {
    if (batch.length > 0) jobs.push({ kind: 'batch', entries: batch, memBytes: batchBytes });
    batch = [];
    batchBytes = 0;
  };
  const closeRun = (): void => {
    if (run) jobs.push({ kind: 'cached', ...run, memBytes: run.end - run.start });
    run = undefined;
  };
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const hit = hits ? hits[i]! : -1;
    if (hit >= 0) {
      close();
      const o = numbers![hit * FIELDS + F.o]!;
      const end = o + numbers![hit * FIELDS + F.c]!;
      if (run && (o < run.end || o - run.end > CACHED_GAP_BYTES || end - run.start > CACHED_RUN_BYTES))
        closeRun();
      run ??= { entries: [], records: [], start: o, end };
      run.entries.push(e);
      run.records.push(hit);
      run.end = end;
      continue;
    }
    closeRun();
    // Under SPLIT_FROM a file is always deflated whole in memory (whatever the threshold), so its bytes are a
    // function of its content alone: the streaming path deflates with zlib, whole files use libdeflate.
    if (e.size >= largeThreshold && e.size >= SPLIT_FROM) {
      close();
      jobs.push({ kind: 'large', entry: e, memBytes: FLUSH_BYTES });
      continue;
    }
    if (e.size >= SPLIT_FROM && split(e)) {
      close();
      const parts = Math.ceil(e.size / PART_BYTES);
      for (let i = 0; i < parts; i++) {
        const start = i * PART_BYTES;
        const end = Math.min(e.size, start + PART_BYTES);
        jobs.push({ kind: 'part', entry: e, start, end, parts, memBytes: end - start });
      }
      continue;
    }
    if (batch.length > 0 && (batch.length >= BATCH_MAX_FILES || batchBytes + e.size > BATCH_MAX_BYTES))
      close();
    batch.push(e);
    batchBytes += e.size;
  }
  closeRun();
  close();
  return jobs;
}
