// Seeds and readers shared by the bulk-upgrade tests and bench: N functions that use `lib:1`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FunctionSummary, LambdaService } from '../../../src/aws/lambdaService';
import type { TokenBucket } from '../../../src/layers/bulkUpgrade';
import type { CallRecord } from '../../emulator/emulator';
import type { SeedFile } from '../../emulator/seeds';

export const ACCOUNT = '123456789012';
export const lib = (v: number): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:lib:${v}`;
export const other = (v: number): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:other:${v}`;

/** `count` functions `fn-000…` using `other:1` then `lib:1` (so the position of lib is 2), plus `extra` ones. */
export function writeBulkSeed(
  count: number,
  extra: SeedFile['functions'] = [],
): { file: string; remove(): void } {
  const seed: SeedFile = {
    layers: [
      {
        name: 'lib',
        versions: [
          { compatibleRuntimes: ['nodejs22.x'] },
          { compatibleRuntimes: ['nodejs22.x'] },
          { compatibleRuntimes: ['nodejs22.x'] },
        ],
      },
      { name: 'other', versions: [{}, {}] },
    ],
    functions: [
      ...Array.from({ length: count }, (_, i) => ({
        name: `fn-${String(i).padStart(3, '0')}`,
        runtime: 'nodejs22.x',
        layers: ['other:1', 'lib:1'],
      })),
      ...(extra ?? []),
    ],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-seed-'));
  const file = path.join(dir, 'seed.json');
  fs.writeFileSync(file, JSON.stringify(seed));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Every $LATEST function, from ListFunctions pages (what the command gives the engine). */
export async function listAll(lambda: LambdaService, bucket?: TokenBucket): Promise<FunctionSummary[]> {
  const all: FunctionSummary[] = [];
  await bucket?.take();
  for await (const page of lambda.listFunctions()) {
    all.push(...page.items);
    if (page.nextMarker) await bucket?.take(); // paces the request of the next page
  }
  return all;
}

/** How many times a call was rejected by the rate limit right after the same request was rejected. */
export function throttledTwiceInARow(calls: CallRecord[]): number {
  const lastWasThrottled = new Map<string, boolean>();
  let n = 0;
  for (const c of calls) {
    const key = `${c.method} ${c.path}`;
    if (c.status === 429 && lastWasThrottled.get(key)) n++;
    lastWasThrottled.set(key, c.status === 429);
  }
  return n;
}
