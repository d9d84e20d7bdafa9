import * as path from 'path';
// Complete CommandDeps for command-flow tests: the real SDK adapter against the emulator, a scripted prompter,
// recorders for everything the user would see, and resource changes wired to the explorer exactly as
// src/extension.ts wires them (a write's fire() resolves once the tree shows it).
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { SdkS3ArtifactStore } from '../../../src/aws/sdkS3Upload';
import { cachedCallerAccount } from '../../../src/aws/sdkSts';
import { createLambdaService } from '../../../src/aws/sdkClientFactory';
import type { PublishTarget, TargetServices } from '../../../src/aws/publishTargets';
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
  /** Folders asked for (the title, and the purpose when not packaging), and folders opened (`how folder`). */
  folders: { picked: string[]; opened: string[] };
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
  /** The bucket setting comes from the workspace/folder settings (not the user's). */
  bucketFromWorkspace?: boolean;
  /** Remembered answers, e.g. from an earlier harness (a second publish of the same folder). */
  memory?: Map<string, unknown>;
  /** Profiles the user has: name → the emulator access key id that names its account (multi seed). */
  profiles?: Record<string, string>;
  /** The access key id of the current profile (other Regions of it); default AKIDEXAMPLE. */
  accessKeyId?: string;
  /** The folder pickTargetFolder() returns (Download to Folder). */
  targetFolder?: string;
  /** The workspace's folders (what holds() answers from); none by default. */
  workspaceFolders?: string[];
}

/** Lambda and S3 of the emulator for a (profile, Region): the profile's key names the account. */
function emulatorTargets(
  emulator: RunningEmulator,
  profiles: Record<string, string>,
  currentKey: string,
): (t: PublishTarget) => TargetServices {
  return (t) => {
    const accessKeyId = (t.profile !== undefined ? profiles[t.profile] : undefined) ?? currentKey;
    const credentials = { accessKeyId, secretAccessKey: 'x' };
    const { service, client } = createLambdaService(
      { region: t.region, endpoint: emulator.endpoint },
      { credentials, maxAttempts: 1, env: {} },
    );
    const s3 = new S3Client({
      endpoint: emulator.endpoint,
      region: t.region,
      forcePathStyle: true,
      credentials,
    });
    return {
      lambda: service,
      artifacts: new SdkS3ArtifactStore(s3),
      close: () => {
        client.destroy();
        s3.destroy();
      },
    };
  };
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
    folders: { picked: [] as string[], opened: [] as string[] },
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
  let store: SdkS3ArtifactStore | undefined;
  const clientConfig = {
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  };
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
      profiles: () =>
        Object.keys(opts.profiles ?? {}).map((name) => ({
          name,
          sso: false,
          ignoreConfiguredEndpointUrls: false,
          sources: ['config' as const],
        })),
      choose: async () => undefined,
      reconnect: () => undefined,
      list: () => [],
      add: async () => undefined,
      remove: async () => undefined,
      setActive: () => undefined,
      targets: emulatorTargets(emulator, opts.profiles ?? {}, opts.accessKeyId ?? 'AKIDEXAMPLE'),
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
      pickFolder: async (title, purpose) => {
        h.folders.picked.push(purpose ? `${title} | ${purpose.placeholder} | ${purpose.openLabel}` : title);
        if (!opts.folder) throw new Error('no folder to pick');
        return opts.folder;
      },
      artifactBucket: () =>
        opts.bucket ? { name: opts.bucket, fromWorkspace: opts.bucketFromWorkspace ?? false } : undefined,
      // As the connection builds it: every S3 call names the caller's account (STS) as the bucket's owner.
      artifacts: () =>
        (store ??= new SdkS3ArtifactStore(
          new S3Client({ ...clientConfig, forcePathStyle: true }),
          cachedCallerAccount(new STSClient(clientConfig)),
        )),
      holds: (folder) => (opts.workspaceFolders ?? []).some((w) => folder.startsWith(w + path.sep)),
      openFolder: async (folder, how) => {
        h.folders.opened.push(`${how} ${folder}`);
      },
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
