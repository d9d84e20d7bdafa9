// "Deploy Folder to Lambda Function…": which function, whether to publish a version, a summary naming the
// function with what its handler points to and whether the folder provides it, then package and upload →
// UpdateFunctionCode as a guarded write (the code goes onto the function the user saw, or the user is asked
// again) → wait until the update finished → optionally publish a version.
import * as path from 'path';
import { guardedWrite } from '../aws/guardedWrite';
import type { FunctionConfiguration, FunctionSummary, LambdaService } from '../aws/lambdaService';
import type { FolderScan } from '../layers/zip/folderScan';
import { checkHandler } from '../layers/handlerGuess';
import { assessRuntime, runtimeFamily } from '../layers/runtimes';
import { toZipEntries } from '../layers/zip/layerLayout';
import { formatBytes } from '../ui/format';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { someFunctions } from './steps/listing';
import { artifactKey, packageAndUpload, scanWithPreflight } from './steps/packageAndUpload';
import { resolveFolder, resolveFunction } from './steps/resolve';
import { checkUpdatable } from './steps/runtimeGuard';

export const DEPLOY_FUNCTION_TITLE = 'Deploy Folder to Lambda Function';

export interface DeployOutcome {
  status: 'deployed' | 'unchanged';
  functionName: string;
  configuration?: FunctionConfiguration;
  /** The published version number, when one was asked for. */
  publishedVersion?: string;
  viaS3: boolean;
}

/** The function to deploy to: the argument, or picked (the one named like the folder first). */
async function targetOf(
  deps: CommandDeps,
  lambda: LambdaService,
  fnArg: unknown,
  folder: string,
): Promise<FunctionSummary> {
  if (fnArg !== undefined) return resolveFunction(deps, fnArg, DEPLOY_FUNCTION_TITLE);
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
      value: f,
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
): Promise<DeployOutcome> {
  const title = DEPLOY_FUNCTION_TITLE;
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, title);
  const target = await targetOf(deps, lambda, fnArg, folder);
  const functionName = target.name;
  const before = await lambda.getFunctionConfiguration(functionName);
  if (before.packageType === 'Image')
    throw new Error(
      `This function runs a container image: deploy a new image instead of a folder: ${functionName}`,
    );
  checkUpdatable(before);
  const rt = assessRuntime(before.runtime);
  if (rt.status === 'createBlocked' || rt.status === 'deprecated')
    deps.log.warn(`${rt.note} (${functionName})`);

  const scan = await scanWithPreflight(deps, folder);
  const check = await checkHandler(scan.files, before.handler, runtimeFamily(before.runtime));
  const detail = `${check.ok === false ? '$(warning) ' : ''}${check.message}`;
  // When the folder does not provide the function's handler, the first item (what Enter picks) changes nothing.
  const choice = await deps.prompter.pick<boolean | 'keep'>(
    [
      ...(check.ok === false
        ? [
            {
              label: `Keep ${functionName} as it is`,
              description: "the folder does not provide the function's handler",
              detail,
              value: 'keep' as const,
            },
          ]
        : []),
      { label: `Deploy to ${functionName}`, description: 'update $LATEST', detail, value: false },
      {
        label: `Deploy to ${functionName} and publish a version`,
        description: 'a numbered, immutable version of the new code',
        detail,
        value: true,
      },
    ],
    {
      title,
      placeholder: `Replace the code of ${functionName} (${before.runtime ?? 'no runtime'}) with ${path.basename(folder)}: ${scan.fileCount} files, ${formatBytes(scan.totalBytes)}`,
    },
  );
  if (choice === 'keep') throw new Cancelled();
  return deployFolder(deps, lambda, { folder, before, publish: choice }, scan);
}

/** What to deploy where: the folder, the function as the user saw it (its RevisionId guards the update), and
 * whether to publish a version after. */
export interface DeployPlan {
  folder: string;
  before: FunctionConfiguration;
  publish: boolean;
}

/** The executor: package and upload → guarded UpdateFunctionCode → wait → optionally publish a version. */
export async function deployFolder(
  deps: CommandDeps,
  lambda: LambdaService,
  plan: DeployPlan,
  scan: FolderScan,
): Promise<DeployOutcome> {
  const { folder, before, publish } = plan;
  const functionName = before.name;

  const out = await packageAndUpload(deps, {
    title: `Deploying to ${functionName}`,
    folder: scan.root,
    entries: toZipEntries(scan.files, ''),
    s3Key: (sha) => artifactKey('functions', functionName, sha),
    unchanged: async (sha) =>
      before.codeSha256 === sha
        ? {
            message: `Unchanged: ${functionName} already runs exactly this code. Deploy anyway?`,
            confirm: 'Deploy Anyway',
          }
        : undefined,
    call: async (code, report, archive) => {
      report({ message: 'Updating the function code' });
      const { result } = await guardedWrite<FunctionConfiguration, FunctionConfiguration>({
        state: before,
        write: (s) =>
          lambda.updateFunctionCode(functionName, code, {
            ...(s.revisionId ? { revisionId: s.revisionId } : {}),
            codeSha256: archive.sha256,
            onRecovered: (note) => deps.log.warn(note),
          }),
        reread: () => lambda.getFunctionConfiguration(functionName),
        waitUntilIdle: () => lambda.waitUntilUpdated(functionName),
        onConflict: async (was, now, cause) =>
          (cause === 'busy' && now.codeSha256 === was.codeSha256) ||
          deps.prompter.confirm(
            `The function changed since it was read (someone else deployed or edited it): ${functionName}`,
            {
              detail: `${now.codeSha256 !== was.codeSha256 ? 'Its code changed.' : 'Its configuration changed.'} Deploy your folder over the current version?`,
              confirm: 'Deploy Over It',
              modal: true,
            },
          ),
        stopped: () => new Cancelled(),
      });
      return result;
    },
  });
  if (out.status === 'unchanged') {
    void deps.notifier.info(`Not deployed: the function already runs this code: ${functionName}`);
    return { status: 'unchanged', functionName, viaS3: false };
  }
  await deps.changes.fire({ kind: 'function', name: functionName, arn: out.result.arn });
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
      codeSha256: out.sha256,
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
    viaS3: out.viaS3,
    ...(publishedVersion ? { publishedVersion } : {}),
  };
}
