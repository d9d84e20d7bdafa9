// Shared by the publish command tests: a prompter that keeps what it showed, a progress that cancels on a
// step, deps wired to the emulator (real SDK adapter, real S3Client), fixtures copied to a temp folder.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LayerCatalog } from '../../../src/aws/layerCatalog';
import type { LambdaService } from '../../../src/aws/lambdaService';
import type { ResourceChange } from '../../../src/aws/resourceChanges';
import { ResourceChanges } from '../../../src/aws/resourceChanges';
import { UsedByIndex } from '../../../src/aws/usedByIndex';
import type { CommandDeps } from '../../../src/commands/commandDeps';
import { TEMP_PREFIX } from '../../../src/commands/publishCommands';
import { ExplorerModel } from '../../../src/tree/explorerModel';
import type { InputOptions, PickItem, PickOptions, ProgressRunner, ProgressStep } from '../../../src/ui/prompter';
import type { RunningEmulator } from '../../emulator/emulator';
import { ImmediateProgress, RecordingLogger, RecordingNotifier, ScriptedPrompter } from '../support/recorders';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/workspace');

/** A scripted prompter that also keeps what it was shown (pick items, proposed input values). */
export class ShowingPrompter extends ScriptedPrompter {
  readonly picks: { title: string; placeholder?: string; items: PickItem<unknown>[] }[] = [];
  readonly inputs: InputOptions[] = [];
  override async pick<T>(items: PickItem<T>[], opts: PickOptions): Promise<T> {
    this.picks.push({ title: opts.title, ...(opts.placeholder ? { placeholder: opts.placeholder } : {}), items });
    return super.pick(items, opts);
  }
  override async pickMany<T>(items: PickItem<T>[], opts: PickOptions): Promise<T[]> {
    this.picks.push({ title: opts.title, ...(opts.placeholder ? { placeholder: opts.placeholder } : {}), items });
    return super.pickMany(items, opts);
  }
  override async input(opts: InputOptions): Promise<string> {
    this.inputs.push(opts);
    return super.input(opts);
  }
}

/** Runs tasks at once and aborts (like the user pressing Cancel) when a step message matches. */
export class CancellingProgress implements ProgressRunner {
  readonly steps: string[] = [];
  constructor(private readonly when: (message: string) => boolean) {}
  async run<T>(title: string, _o: unknown, task: (report: (s: ProgressStep) => void, signal: AbortSignal) => Promise<T>): Promise<T> {
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

export function copyFixture(rel: string, into: string): string {
  const target = path.join(into, path.basename(rel));
  fs.cpSync(path.join(FIXTURES, rel), target, { recursive: true });
  return target;
}

export interface Harness {
  deps: CommandDeps;
  prompter: ShowingPrompter;
  notifier: RecordingNotifier;
  log: RecordingLogger;
  fired: ResourceChange[];
  revealed: string[];
}

export function makeHarness(
  emu: RunningEmulator,
  lambda: LambdaService,
  answers: unknown[],
  opts: { progress?: ProgressRunner; bucket?: string; notifierAnswer?: string; folder?: string } = {},
): Harness {
  const prompter = new ShowingPrompter(answers);
  const notifier = new RecordingNotifier(opts.notifierAnswer !== undefined ? { answer: opts.notifierAnswer } : {});
  const log = new RecordingLogger();
  const fired: ResourceChange[] = [];
  const revealed: string[] = [];
  const changes = new ResourceChanges();
  const explorer = new ExplorerModel(
    () => undefined,
    (e) => String(e),
  );
  explorer.setConnection({ lambda, usedBy: new UsedByIndex(lambda), catalog: new LayerCatalog(lambda) });
  changes.on((c) => {
    fired.push(c);
    void explorer.applyChange(c);
  });
  const s3 = new S3Client({
    endpoint: emu.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  });
  const deps = {
    prompter,
    notifier,
    progress: opts.progress ?? new ImmediateProgress(),
    log,
    explorer,
    changes,
    showLog: () => undefined,
    workspace: {
      pickFolder: async () => {
        if (!opts.folder) throw new Error('no folder to pick');
        return opts.folder;
      },
      artifactBucket: () => opts.bucket,
      s3Client: () => s3,
      reveal: async (_view: string, node: { id: string }) => {
        revealed.push(node.id);
      },
    },
  } as unknown as CommandDeps;
  return { deps, prompter, notifier, log, fired, revealed };
}

/**
 * Creates a bucket through the SDK. The emulator's S3 subset sees the SDK's bucket requests (`PUT /bucket/`,
 * `HEAD /bucket/`) as object requests with the key '': the bucket "exists" through that '' object.
 */
export async function createBucket(emu: RunningEmulator, bucket: string): Promise<void> {
  const s3 = new S3Client({ endpoint: emu.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
}

/** The bucket's object keys (without the emulator's '' placeholder, see createBucket). */
export function objectKeys(emu: RunningEmulator, bucket: string): string[] {
  return [...(emu.state.s3.buckets.get(bucket)?.keys() ?? [])].filter((k) => k !== '');
}

