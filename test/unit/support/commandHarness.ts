// Complete CommandDeps for command-flow tests: the real SDK adapter against the emulator, a scripted prompter,
// recorders for everything the user would see, and resource changes wired to the explorer exactly as
// src/extension.ts wires them (a write's fire() resolves once the tree shows it).
import { S3Client } from '@aws-sdk/client-s3';
import { SdkS3ArtifactStore } from '../../../src/aws/sdkS3Upload';
import { LayerCatalog } from '../../../src/aws/layerCatalog';
import type { LambdaService } from '../../../src/aws/lambdaService';
import type { ResourceChange } from '../../../src/aws/resourceChanges';
import { ResourceChanges } from '../../../src/aws/resourceChanges';
import { UsedByIndex } from '../../../src/aws/usedByIndex';
import type { CommandDeps } from '../../../src/commands/commandDeps';
import { COMMANDS } from '../../../src/commands/commandTable';
import { runCommand } from '../../../src/commands/runCommand';
import { ExplorerModel } from '../../../src/tree/explorerModel';
import { CodeStore } from '../../../src/code/codeStore';
import { targetLabel } from '../../../src/code/codeUri';
import type { CodeLocation } from '../../../src/code/codeUri';
import { DirectoryCache } from '../../../src/code/directoryCache';
import type { ResourceRef } from '../../../src/aws/resourceRef';
import type { ProgressRunner } from '../../../src/ui/prompter';
import type { RunningEmulator } from '../../emulator/emulator';
import { ImmediateProgress, RecordingLogger, RecordingNotifier, ShowingPrompter } from './recorders';

export interface CommandHarness {
  deps: CommandDeps;
  prompter: ShowingPrompter;
  notifier: RecordingNotifier;
  log: RecordingLogger;
  /** Every change the commands fired, in order. */
  fired: ResourceChange[];
  /** Node ids revealed in a view. */
  revealed: string[];
  /** Panels opened (kind and ARN). */
  panels: string[];
  clipboard: string[];
  opened: string[];
  /** Commands run through deps.run (follow-ups, panel buttons), with their arguments. */
  ran: { id: string; args: unknown[] }[];
  /** Resolves when every command started through deps.run (and its boundary) has finished. */
  settled(): Promise<void>;
  /** The workspace memory (shared with another harness when passed in the options). */
  memory: Map<string, unknown>;
  /** Editors opened for code: `open <side>` or `diff <left> | <right>` (a side: `target:path` or a local path). */
  editors: string[];
}

export interface HarnessOptions {
  progress?: ProgressRunner;
  /** What every notification answers (an action label), e.g. 'Publish Anyway'. */
  notifierAnswer?: string;
  /** The folder pickFolder() returns. */
  folder?: string;
  /** The lambdaExplorer.artifactBucket setting. */
  bucket?: string;
  /** Remembered answers, e.g. from an earlier harness (a second publish of the same folder). */
  memory?: Map<string, unknown>;
  /** The folder pickTargetFolder() returns (Download to Folder). */
  targetFolder?: string;
}

export function makeCommandHarness(
  emulator: RunningEmulator,
  lambda: LambdaService,
  answers: unknown[],
  opts: HarnessOptions = {},
): CommandHarness {
  const prompter = new ShowingPrompter(answers);
  const notifier = new RecordingNotifier(
    opts.notifierAnswer !== undefined ? { answer: opts.notifierAnswer } : {},
  );
  const log = new RecordingLogger();
  const h = {
    fired: [] as ResourceChange[],
    revealed: [] as string[],
    panels: [] as string[],
    clipboard: [] as string[],
    opened: [] as string[],
    ran: [] as { id: string; args: unknown[] }[],
    memory: opts.memory ?? new Map<string, unknown>(),
    editors: [] as string[],
  };
  const running: Promise<unknown>[] = [];
  const explorer = new ExplorerModel(
    () => undefined,
    (e) => (e instanceof Error ? e.message : String(e)),
  );
  explorer.setConnection({
    lambda,
    usedBy: new UsedByIndex(lambda),
    catalog: new LayerCatalog(lambda),
    code: new CodeStore(lambda, 'us-east-1', new DirectoryCache()),
  });
  const side = (s: CodeLocation | string): string =>
    typeof s === 'string' ? s : `${targetLabel(s.target)}:${s.path}`;
  const changes = new ResourceChanges();
  changes.on((c) => {
    h.fired.push(c);
    return explorer.applyChange(c);
  });
  let s3: S3Client | undefined;
  const deps: CommandDeps = {
    prompter,
    notifier,
    progress: opts.progress ?? new ImmediateProgress(),
    log,
    explorer,
    changes,
    connection: {
      region: () => 'us-east-1',
      current: () => ({ region: 'us-east-1', endpoint: emulator.endpoint }),
      profiles: () => [],
      choose: async () => undefined,
      reconnect: () => undefined,
    },
    run: (id, ...args) => {
      h.ran.push({ id, args });
      const entry = COMMANDS.find((c) => c.id === id);
      if (!entry) return Promise.reject(new Error(`no such command: ${id}`));
      const p = runCommand(id, entry.title, { log, notifier }, () => entry.run(deps, ...args));
      running.push(p);
      return p;
    },
    copyToClipboard: async (text) => {
      h.clipboard.push(text);
    },
    openExternal: async (url) => {
      h.opened.push(url);
      return true;
    },
    showLog: () => undefined,
    panels: {
      showFunction: (ref: ResourceRef) => h.panels.push(`function ${ref.arn}`),
      showLayerVersion: (ref: ResourceRef) => h.panels.push(`layerVersion ${ref.arn}`),
    },
    setContext: () => undefined,
    setViewDescription: () => undefined,
    workspace: {
      pickFolder: async () => {
        if (!opts.folder) throw new Error('no folder to pick');
        return opts.folder;
      },
      artifactBucket: () => opts.bucket,
      artifacts: () =>
        new SdkS3ArtifactStore(
          (s3 ??= new S3Client({
            endpoint: emulator.endpoint,
            region: 'us-east-1',
            forcePathStyle: true,
            credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
          })),
        ),
      reveal: async (_view, node) => {
        h.revealed.push(node.id);
      },
    },
    memory: {
      get: <T>(key: string) => h.memory.get(key) as T | undefined,
      set: async (key, value) => {
        h.memory.set(key, value);
      },
    },
    editor: {
      open: async (s) => {
        h.editors.push(`open ${side(s)}`);
      },
      diff: async (left, right) => {
        h.editors.push(`diff ${side(left)} | ${side(right)}`);
      },
      pickTargetFolder: async () => {
        if (!opts.targetFolder) throw new Error('no target folder to pick');
        return opts.targetFolder;
      },
    },
  };
  const settled = async (): Promise<void> => {
    // Follow-ups start when a notification resolves: let those callbacks run, then wait for every command.
    for (let seen = -1; seen !== running.length;) {
      seen = running.length;
      await new Promise((r) => setTimeout(r, 10));
      await Promise.allSettled(running);
    }
  };
  return { deps, prompter, notifier, log, settled, ...h };
}
