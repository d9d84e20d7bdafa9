// Functions from a folder: "Create Lambda Function from Folder…" (name, runtime from the creatable runtimes,
// handler proposed from the files, role ARN, architecture, memory, timeout, optional layers; wait until Active)
// and "Deploy Folder to Lambda Function…" (RevisionId-guarded UpdateFunctionCode, wait for LastUpdateStatus
// Successful, optionally publish a version). Packaging steps are the layer flow's. No vscode.
import * as path from 'path';
import { isLambdaError } from '../aws/errors';
import type {
  Architecture,
  FunctionConfiguration,
  FunctionSummary,
  LambdaService,
  LayerSummary,
} from '../aws/lambdaService';
import { guessHandler } from '../layers/handlerGuess';
import {
  validateFunctionName,
  validateHandler,
  validateIntegerIn,
  validateRoleArn,
} from '../layers/layerName';
import { assessRuntime, creatableRuntimes, runtimeFamily } from '../layers/runtimes';
import type { RuntimeFamily } from '../layers/runtimes';
import { detectRuntimeFamilyFromNames, toZipEntries } from '../layers/zip/layerLayout';
import { formatBytes } from '../layers/zip/preflight';
import type { PreflightLimits } from '../layers/zip/preflight';
import { FunctionNode } from '../tree/nodes/functionNodes';
import type { CommandDeps } from './commandDeps';
import {
  artifactKey,
  buildArchive,
  lambdaOf,
  removeDir,
  resolveFolder,
  scanWithPreflight,
  uploadArchive,
} from './publishCommands';
import type { UploadedCode } from './publishCommands';

export const CREATE_FUNCTION_TITLE = 'Create Lambda Function from Folder';
export const DEPLOY_FUNCTION_TITLE = 'Deploy Folder to Lambda Function';
export const FUNCTION_CHANGED =
  'The function changed since it was read (someone else deployed or edited it): run the command again to deploy onto the current version.';
const MAX_LAYERS = 5;
const MAX_LISTED_FUNCTIONS = 2000;

export interface FunctionFlowOptions {
  /** Test hook: lower limits (e.g. the 50 MB direct-upload limit). */
  limits?: PreflightLimits;
}

export interface CreateFunctionOutcome {
  configuration: FunctionConfiguration;
  viaS3: boolean;
}

export interface DeployOutcome {
  status: 'deployed' | 'unchanged';
  functionName: string;
  configuration?: FunctionConfiguration;
  /** The published version number, when one was asked for. */
  publishedVersion?: string;
  viaS3: boolean;
}

/** Refuses a runtime AWS would refuse: a create on a runtime past its block-create date (or unknown to us). */
export function checkRuntimeForCreate(runtime: string, now = new Date()): void {
  const a = assessRuntime(runtime, now);
  if (a.status === 'createBlocked' || a.status === 'updateBlocked') {
    throw new Error(`${a.note} Pick a current runtime: ${runtime}`);
  }
  if (a.status === 'unknown') throw new Error(`Unknown runtime: ${runtime}`);
}

function suggestFunctionName(folder: string): string {
  return (
    path
      .basename(folder)
      .replace(/[^a-zA-Z0-9-_]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-function'
  ).slice(0, 64);
}

async function someFunctions(
  lambda: LambdaService,
  signal?: AbortSignal,
): Promise<{ items: FunctionSummary[]; truncated: boolean }> {
  const items: FunctionSummary[] = [];
  for await (const page of lambda.listFunctions({ signal })) {
    items.push(...page.items);
    if (items.length >= MAX_LISTED_FUNCTIONS) return { items, truncated: page.nextMarker !== undefined };
  }
  return { items, truncated: false };
}

function familyOfFolder(files: readonly { path: string }[]): RuntimeFamily | undefined {
  const top = files.filter((f) => !f.path.includes('/')).map((f) => f.path);
  const detected = detectRuntimeFamilyFromNames(top).family;
  if (detected) return detected;
  if (top.some((n) => /\.(c|m)?js$/.test(n))) return 'nodejs';
  if (top.some((n) => n.endsWith('.py'))) return 'python';
  if (top.some((n) => n.endsWith('.rb'))) return 'ruby';
  if (top.includes('bootstrap')) return 'provided';
  return undefined;
}

export async function createFunctionFromFolder(
  deps: CommandDeps,
  folderArg?: unknown,
  options: FunctionFlowOptions = {},
): Promise<CreateFunctionOutcome> {
  const title = CREATE_FUNCTION_TITLE;
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, title);
  const name = await deps.prompter.input({
    title,
    prompt: 'Name of the new function (letters, digits, hyphens, underscores; up to 64)',
    value: suggestFunctionName(folder),
    validate: validateFunctionName,
  });
  const scan = await scanWithPreflight(deps, folder, `Scanning ${path.basename(folder)}`, options.limits);
  const family = familyOfFolder(scan.files);

  const creatable = creatableRuntimes();
  const ordered = [
    ...creatable.filter((r) => r.family === family),
    ...creatable.filter((r) => r.family !== family),
  ];
  const runtime = await deps.prompter.pick(
    ordered.map((r) => {
      const a = assessRuntime(r.id);
      return {
        label: r.id,
        description: [
          r.name,
          a.status === 'deprecated' ? 'deprecated' : undefined,
          r.family === family ? 'matches the folder' : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        detail: a.note || undefined,
        value: r.id,
      };
    }),
    { title, placeholder: family ? `Runtime (the folder looks like ${family})` : 'Runtime' },
  );
  checkRuntimeForCreate(runtime);

  const proposal = await guessHandler(scan.files, runtimeFamily(runtime));
  const handler = await deps.prompter.input({
    title,
    prompt: `Handler (proposed: ${proposal.reason})`,
    value: proposal.value,
    validate: validateHandler,
  });

  const { items: functions } = await deps.progress.run(
    'Listing functions',
    { cancellable: true },
    (_r, signal) => someFunctions(lambda, signal),
  );
  const roles = new Map<string, number>();
  for (const f of functions) if (f.role) roles.set(f.role, (roles.get(f.role) ?? 0) + 1);
  const commonRole = [...roles.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const role = await deps.prompter.input({
    title,
    prompt: `Execution role ARN${commonRole ? ' (proposed: the role most of your functions use)' : ''}`,
    value: commonRole ?? '',
    placeholder: 'arn:aws:iam::123456789012:role/my-function-role',
    validate: validateRoleArn,
  });
  const architecture = await deps.prompter.pick<Architecture>(
    [
      { label: 'x86_64', description: 'Intel/AMD', value: 'x86_64' },
      { label: 'arm64', description: 'Graviton: usually cheaper per ms', value: 'arm64' },
    ],
    { title, placeholder: 'Architecture' },
  );
  const memorySize = Number(
    await deps.prompter.input({
      title,
      prompt: 'Memory in MB (128 to 10240)',
      value: '128',
      validate: (v) => validateIntegerIn(v, 128, 10240, 'Memory'),
    }),
  );
  const timeout = Number(
    await deps.prompter.input({
      title,
      prompt: 'Timeout in seconds (1 to 900)',
      value: '3',
      validate: (v) => validateIntegerIn(v, 1, 900, 'Timeout'),
    }),
  );

  const layers: LayerSummary[] = [];
  for await (const page of lambda.listLayers({ runtime, architecture })) layers.push(...page.items);
  let layerArns: string[] = [];
  if (layers.length > 0) {
    layerArns = await deps.prompter.pickMany(
      layers
        .filter((l) => l.latest)
        .map((l) => ({
          label: l.name,
          description: `v${l.latest!.version}${l.latest!.compatibleRuntimes.length ? ` · ${l.latest!.compatibleRuntimes.join(', ')}` : ''}`,
          detail: l.latest!.description,
          value: l.latest!.arn,
        })),
      {
        title,
        placeholder: `Layers (optional, up to ${MAX_LAYERS}; the newest version compatible with ${runtime} on ${architecture})`,
      },
    );
    if (layerArns.length > MAX_LAYERS)
      throw new Error(`A function can use at most ${MAX_LAYERS} layers: ${layerArns.length}`);
  }

  const entries = toZipEntries(scan.files, '');
  let viaS3 = false;
  const created = await deps.progress.run(
    `Creating ${name}`,
    { cancellable: true },
    async (report, signal) => {
      const archive = await buildArchive(entries, report, signal);
      let uploaded: UploadedCode | undefined;
      let done = false;
      try {
        uploaded = await uploadArchive(
          deps,
          archive,
          artifactKey('functions', name, archive.sha256),
          report,
          signal,
          options.limits,
        );
        viaS3 = uploaded.s3 !== undefined;
        signal.throwIfAborted();
        report({ message: 'Creating the function' });
        const configuration = await lambda.createFunction({
          name,
          runtime,
          handler,
          role,
          code: uploaded.code,
          architecture,
          memorySize,
          timeout,
          ...(layerArns.length > 0 ? { layers: layerArns } : {}),
        });
        done = true;
        return configuration;
      } finally {
        await removeDir(archive.dir);
        if (uploaded?.s3 && !done) await uploaded.s3.client.remove(uploaded.s3.location);
      }
    },
  );
  await deps.changes.fire({ kind: 'function', name, arn: created.arn });
  const active = await deps.progress.run(`Creating ${name}`, { cancellable: true }, (report, signal) => {
    report({ message: 'Waiting for the function to become Active' });
    return lambda.waitUntilActive(name, { signal });
  });
  await deps.changes.fire({ kind: 'function', name, arn: active.arn });
  deps.log.info(`Created ${active.arn} (${runtime}, ${handler}, ${formatBytes(active.codeSize)})`);
  void deps.notifier.info(`Created function ${name} (${runtime}, ${architecture}): ${active.arn}`);
  return { configuration: active, viaS3 };
}

/** The function a deploy goes to: the argument (a name or a function node), or one the user picks. */
async function resolveFunction(
  deps: CommandDeps,
  lambda: LambdaService,
  fnArg: unknown,
  folder: string,
): Promise<string> {
  if (typeof fnArg === 'string' && fnArg !== '') return fnArg;
  if (fnArg instanceof FunctionNode) return fnArg.fn.name;
  const { items, truncated } = await deps.progress.run(
    'Listing functions',
    { cancellable: true },
    (_r, signal) => someFunctions(lambda, signal),
  );
  const zips = items.filter((f) => f.packageType === 'Zip' && f.version === '$LATEST');
  const base = path.basename(folder).toLowerCase();
  const score = (f: FunctionSummary) =>
    f.name.toLowerCase() === base ? 0 : f.name.toLowerCase().includes(base) ? 1 : 2;
  const ordered = [...zips].sort((a, b) => score(a) - score(b) || (a.name < b.name ? -1 : 1));
  if (ordered.length === 0)
    throw new Error('No function with a .zip package in this Region: create one first.');
  return deps.prompter.pick(
    ordered.map((f) => ({
      label: f.name,
      description: [f.runtime, score(f) === 0 ? 'same name as the folder' : undefined]
        .filter(Boolean)
        .join(' · '),
      detail: f.description,
      value: f.name,
    })),
    {
      title: DEPLOY_FUNCTION_TITLE,
      placeholder: `Deploy ${path.basename(folder)} to which function?${truncated ? ` (first ${items.length} functions)` : ''}`,
    },
  );
}

export async function deployFolderToFunction(
  deps: CommandDeps,
  folderArg?: unknown,
  fnArg?: unknown,
  options: FunctionFlowOptions = {},
): Promise<DeployOutcome> {
  const title = DEPLOY_FUNCTION_TITLE;
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, title);
  const functionName = await resolveFunction(deps, lambda, fnArg, folder);
  const before = await lambda.getFunctionConfiguration(functionName);
  if (before.packageType === 'Image')
    throw new Error(
      `This function runs a container image: deploy a new image instead of a folder: ${functionName}`,
    );
  const rt = assessRuntime(before.runtime);
  if (rt.status === 'updateBlocked')
    throw new Error(`${rt.note} Change the function's runtime first: ${functionName}`);
  if (rt.status === 'createBlocked' || rt.status === 'deprecated')
    deps.log.warn(`${rt.note} (${functionName})`);

  const publish = await deps.prompter.pick(
    [
      { label: 'Update $LATEST', description: 'deploy the code only', value: false },
      {
        label: 'Update $LATEST and publish a version',
        description: 'a numbered, immutable version of the new code',
        value: true,
      },
    ],
    {
      title,
      placeholder: `Deploy ${path.basename(folder)} to ${functionName} (${before.runtime ?? 'no runtime'})`,
    },
  );
  const scan = await scanWithPreflight(deps, folder, `Scanning ${path.basename(folder)}`, options.limits);
  const entries = toZipEntries(scan.files, '');

  let viaS3 = false;
  const result = await deps.progress.run(
    `Deploying to ${functionName}`,
    { cancellable: true },
    async (report, signal) => {
      const archive = await buildArchive(entries, report, signal);
      let uploaded: UploadedCode | undefined;
      let sent = false;
      try {
        if (before.codeSha256 === archive.sha256) {
          const again = await deps.prompter.confirm(
            `Unchanged: ${functionName} already runs exactly this code. Deploy anyway?`,
            {
              detail: `CodeSha256 ${archive.sha256}`,
              confirm: 'Deploy Anyway',
              modal: false,
            },
          );
          if (!again) return { status: 'unchanged' as const };
        }
        uploaded = await uploadArchive(
          deps,
          archive,
          artifactKey('functions', functionName, archive.sha256),
          report,
          signal,
          options.limits,
        );
        viaS3 = uploaded.s3 !== undefined;
        signal.throwIfAborted();
        report({ message: 'Updating the function code' });
        let updated: FunctionConfiguration;
        try {
          // Guarded: the deploy goes onto the version of the function the user saw, or not at all.
          updated = await lambda.updateFunctionCode(functionName, uploaded.code, {
            ...(before.revisionId ? { revisionId: before.revisionId } : {}),
          });
        } catch (e) {
          if (isLambdaError(e, 'PreconditionFailed')) throw new Error(FUNCTION_CHANGED);
          throw e;
        }
        sent = true;
        return { status: 'deployed' as const, updated, sha: archive.sha256 };
      } finally {
        await removeDir(archive.dir);
        if (uploaded?.s3 && !sent) await uploaded.s3.client.remove(uploaded.s3.location);
      }
    },
  );
  if (result.status === 'unchanged') {
    void deps.notifier.info(`Not deployed: the function already runs this code: ${functionName}`);
    return { status: 'unchanged', functionName, viaS3 };
  }
  await deps.changes.fire({ kind: 'function', name: functionName, arn: result.updated.arn });
  const configuration = await deps.progress.run(
    `Deploying to ${functionName}`,
    { cancellable: true },
    (report, signal) => {
      report({ message: 'Waiting for the update to finish' });
      return lambda.waitUntilUpdated(functionName, { signal });
    },
  );
  let publishedVersion: string | undefined;
  if (publish) {
    const v = await lambda.publishVersion(functionName, {
      codeSha256: result.sha,
      ...(configuration.revisionId ? { revisionId: configuration.revisionId } : {}),
    });
    publishedVersion = v.version;
  }
  await deps.changes.fire({ kind: 'function', name: functionName, arn: configuration.arn });
  deps.log.info(
    `Deployed ${folder} to ${configuration.arn}${publishedVersion ? `, published version ${publishedVersion}` : ''}`,
  );
  void deps.notifier.info(
    publishedVersion
      ? `Deployed and published version ${publishedVersion} of ${functionName}: ${formatBytes(configuration.codeSize)}`
      : `Deployed to ${functionName}: ${formatBytes(configuration.codeSize)}`,
  );
  return {
    status: 'deployed',
    functionName,
    configuration,
    viaS3,
    ...(publishedVersion ? { publishedVersion } : {}),
  };
}
