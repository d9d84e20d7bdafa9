// Shared set-up for contract tests: the real SDK clients pointed at a fresh emulator over loopback.

import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import type { EmulatorOptions, RunningEmulator } from '../emulator/emulator';
import { startEmulator } from '../emulator/emulator';

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };
export const ROLE = 'arn:aws:iam::123456789012:role/lambda-exec';

export interface Harness {
  emulator: RunningEmulator;
  lambda: LambdaClient;
  s3: S3Client;
  /** A controllable clock (epoch ms) the emulator reads; advance it to pass delays and expiry. */
  clock: { now: number };
  stop(): Promise<void>;
}

export async function startHarness(
  options: EmulatorOptions & { maxAttempts?: number } = {},
): Promise<Harness> {
  const clock = { now: Date.now() };
  const emulator = await startEmulator({ now: () => clock.now, ...options });
  const common = {
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 3,
  };
  const lambda = new LambdaClient(common);
  const s3 = new S3Client({ ...common, forcePathStyle: true });
  return {
    emulator,
    lambda,
    s3,
    clock,
    stop: async () => {
      lambda.destroy();
      s3.destroy();
      await emulator.stop();
    },
  };
}

/** Awaits `p` and returns the error it rejects with; fails if it resolves. */
export async function rejection(
  p: Promise<unknown>,
): Promise<Error & { name: string; $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { name: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
