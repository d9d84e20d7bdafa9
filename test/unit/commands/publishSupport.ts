// Shared by the publish command tests: a progress that cancels on a step, fixtures copied to a temp folder,
// buckets; the deps come from the shared command harness (test/unit/support/commandHarness.ts).
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LambdaService } from '../../../src/aws/lambdaService';
import { TEMP_PREFIX } from '../../../src/commands/steps/packageAndUpload';
import type { ProgressRunner, ProgressStep } from '../../../src/ui/prompter';
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';
import { serviceFor } from '../support/emulatorService';
import { makeCommandHarness } from '../support/commandHarness';
import type { CommandHarness, HarnessOptions } from '../support/commandHarness';

export { ShowingPrompter } from '../support/recorders';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/workspace');

/** Runs tasks at once and aborts (like the user pressing Cancel) when a step message matches. */
export class CancellingProgress implements ProgressRunner {
  readonly steps: string[] = [];
  constructor(private readonly when: (message: string) => boolean) {}
  async run<T>(
    title: string,
    _o: unknown,
    task: (report: (s: ProgressStep) => void, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    this.steps.push(title);
    const controller = new AbortController();
    return task((s) => {
      if (!s.message) return;
      this.steps.push(s.message);
      if (this.when(s.message)) controller.abort();
    }, controller.signal);
  }
}

export function tempDirsLeft(): string[] {
  return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(TEMP_PREFIX));
}

/** The answers that publish test/fixtures/workspace/layers/shared-utils as a new layer "team-utils" (nodejs/). */
export const TEAM_UTILS_ANSWERS: readonly unknown[] = [
  'New layer…',
  'team-utils',
  'nodejs/',
  ['nodejs22.x'],
  ['x86_64'],
  'Team helpers',
  'MIT',
  'Publish',
];

export function copyFixture(rel: string, into: string): string {
  const target = path.join(into, path.basename(rel));
  fs.cpSync(path.join(FIXTURES, rel), target, { recursive: true });
  return target;
}

export type { CommandHarness as Harness } from '../support/commandHarness';

/** The shared command harness (test/unit/support/commandHarness.ts). */
export function makeHarness(
  emu: RunningEmulator,
  lambda: LambdaService,
  answers: unknown[],
  opts: HarnessOptions = {},
): CommandHarness {
  return makeCommandHarness(emu, lambda, answers, opts);
}

/** Creates a bucket through the SDK (the emulator's S3 subset answers CreateBucket / HeadBucket). */
export async function createBucket(emu: RunningEmulator, bucket: string): Promise<void> {
  const s3 = new S3Client({
    endpoint: emu.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
}

/** The bucket's object keys. */
export function objectKeys(emu: RunningEmulator, bucket: string): string[] {
  return [...(emu.state.s3.buckets.get(bucket)?.keys() ?? [])];
}

/**
 * A mocha fixture for the folder commands: per test, a fresh emulator (`sample` seed; updates take
 * `updateDelayMs`), its LambdaService with one attempt per call, and a temp folder for copies of fixtures.
 */
export function usePublishFixture(
  prefix: string,
  updateDelayMs?: number,
): { emu: RunningEmulator; lambda: LambdaService; work: string } {
  const fx = {} as { emu: RunningEmulator; lambda: LambdaService; work: string };
  beforeEach(async () => {
    fx.work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fx.emu = await startEmulator({
      seed: 'sample',
      ...(updateDelayMs !== undefined ? { updateDelayMs } : {}),
    });
    fx.lambda = serviceFor(fx.emu, 1);
  });
  afterEach(async () => {
    await fx.emu.stop();
    fs.rmSync(fx.work, { recursive: true, force: true });
  });
  return fx;
}
