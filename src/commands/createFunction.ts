// "Create Lambda Function from Folder…": a multi-step input (name, runtime from the creatable ones, handler
// proposed from the files, role proposed from the account's functions, architecture, memory, timeout, optional
// layers), then package and upload → CreateFunction → wait until Active.
import * as path from 'path';
import type { Architecture, FunctionConfiguration, LambdaService } from '../aws/lambdaService';
import { MAX_LAYERS } from '../aws/limits';
import { guessHandler } from '../layers/handlerGuess';
import {
  validateFunctionName,
  validateHandler,
  validateIntegerIn,
  validateRoleArn,
} from '../layers/layerName';
import { assessRuntime, creatableRuntimes, runtimeFamily } from '../layers/runtimes';
import type { RuntimeFamily } from '../layers/runtimes';
import type { FolderScan } from '../layers/zip/folderScan';
import { detectRuntimeFamilyFromNames, toZipEntries } from '../layers/zip/layerLayout';
import { formatBytes } from '../ui/format';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { collect, someFunctions } from './steps/listing';
import { artifactKey, packageAndUpload, scanWithPreflight } from './steps/packageAndUpload';
import { resolveFolder } from './steps/resolve';
import { runWizard } from './steps/wizard';
import type { WizardStep } from './steps/wizard';

export const CREATE_FUNCTION_TITLE = 'Create Lambda Function from Folder';

export interface CreateFunctionPlan {
  folder: string;
  name: string;
  runtime: string;
  handler: string;
  role: string;
  architecture: Architecture;
  memorySize: number;
  timeout: number;
  layers: string[];
}

export interface CreateFunctionOutcome {
  configuration: FunctionConfiguration;
  viaS3: boolean;
}

/** Refuses a runtime AWS would refuse: a create on a runtime past its block-create date (or unknown to us). */
export function checkRuntimeForCreate(runtime: string, now = new Date()): void {
  const a = assessRuntime(runtime, now);
  if (a.status === 'createBlocked' || a.status === 'updateBlocked')
    throw new Error(`${a.note} Pick a current runtime: ${runtime}`);
  if (a.status === 'unknown') throw new Error(`Unknown runtime: ${runtime}`);
}

export function familyOfFolder(files: readonly { path: string }[]): RuntimeFamily | undefined {
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
): Promise<CreateFunctionOutcome> {
  const lambda = lambdaOf(deps);
  const folder = await resolveFolder(deps, folderArg, CREATE_FUNCTION_TITLE);
  const scan = await scanWithPreflight(deps, folder);
  const { items: functions } = await deps.progress.run(
    'Listing functions',
    { cancellable: true },
    (_r, signal) => someFunctions(lambda, signal),
  );
  const roles = new Map<string, number>();
  for (const f of functions) if (f.role) roles.set(f.role, (roles.get(f.role) ?? 0) + 1);
  const commonRole = [...roles.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const plan = await runWizard<Partial<CreateFunctionPlan>>(
    { folder },
    steps(deps, lambda, scan, folder, commonRole),
  );
  return createFunction(deps, lambda, plan as CreateFunctionPlan, scan);
}

function steps(
  deps: CommandDeps,
  lambda: LambdaService,
  scan: FolderScan,
  folder: string,
  commonRole: string | undefined,
): WizardStep<Partial<CreateFunctionPlan>>[] {
  const p = deps.prompter;
  const title = CREATE_FUNCTION_TITLE;
  const family = familyOfFolder(scan.files);
  const suggested = (
    path
      .basename(folder)
      .replace(/[^a-zA-Z0-9-_]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-function'
  ).slice(0, 64);
  return [
    {
      ask: async (s, step) => ({
        ...s,
        name: await p.input({
          title,
          step,
          prompt: 'Name of the new function (letters, digits, hyphens, underscores; up to 64)',
          value: s.name ?? suggested,
          validate: validateFunctionName,
        }),
      }),
    },
    {
      ask: async (s, step) => {
        const creatable = creatableRuntimes();
        const ordered = [
          ...creatable.filter((r) => r.family === family),
          ...creatable.filter((r) => r.family !== family),
        ];
        const runtime = await p.pick(
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
          { title, step, placeholder: family ? `Runtime (the folder looks like ${family})` : 'Runtime' },
        );
        checkRuntimeForCreate(runtime);
        return { ...s, runtime };
      },
    },
    {
      ask: async (s, step) => {
        const proposal = await guessHandler(scan.files, runtimeFamily(s.runtime));
        const handler = await p.input({
          title,
          step,
          prompt: `Handler (proposed: ${proposal.reason})`,
          value: s.handler ?? proposal.value,
          validate: validateHandler,
        });
        return { ...s, handler };
      },
    },
    {
      ask: async (s, step) => ({
        ...s,
        role: await p.input({
          title,
          step,
          prompt: `Execution role ARN${commonRole ? ' (proposed: the role most of your functions use)' : ''}`,
          value: s.role ?? commonRole ?? '',
          placeholder: 'arn:aws:iam::123456789012:role/my-function-role',
          validate: validateRoleArn,
        }),
      }),
    },
    {
      ask: async (s, step) => ({
        ...s,
        architecture: await p.pick<Architecture>(
          [
            { label: 'x86_64', description: 'Intel/AMD', value: 'x86_64' },
            { label: 'arm64', description: 'Graviton: usually cheaper per ms', value: 'arm64' },
          ],
          { title, step, placeholder: 'Architecture' },
        ),
      }),
    },
    ...(
      [
        ['memorySize', 'Memory in MB (128 to 10240)', 128, 10240, 'Memory', 128],
        ['timeout', 'Timeout in seconds (1 to 900)', 1, 900, 'Timeout', 3],
      ] as const
    ).map(([key, prompt, min, max, what, fallback]): WizardStep<Partial<CreateFunctionPlan>> => ({
      ask: async (s, step) => {
        const value = await p.input({
          title,
          step,
          prompt,
          value: String(s[key] ?? fallback),
          validate: (v) => validateIntegerIn(v, min, max, what),
        });
        return { ...s, [key]: Number(value) };
      },
    })),
    {
      ask: async (s, step) => {
        const { items } = await collect(
          lambda.listLayers({ runtime: s.runtime, architecture: s.architecture }),
        );
        const layers = items.filter((l) => l.latest);
        if (layers.length === 0) return { ...s, layers: [] };
        const chosen = await p.pickMany(
          layers.map((l) => ({
            label: l.name,
            description: `v${l.latest!.version}${l.latest!.compatibleRuntimes.length ? ` · ${l.latest!.compatibleRuntimes.join(', ')}` : ''}`,
            detail: l.latest!.description,
            value: l.latest!.arn,
            picked: s.layers?.includes(l.latest!.arn),
          })),
          {
            title,
            step,
            placeholder: `Layers (optional, up to ${MAX_LAYERS}; the newest version compatible with ${s.runtime} on ${s.architecture})`,
          },
        );
        if (chosen.length > MAX_LAYERS)
          throw new Error(`A function can use at most ${MAX_LAYERS} layers: ${chosen.length}`);
        return { ...s, layers: chosen };
      },
    },
  ];
}

/** The executor: package and upload → CreateFunction → wait until Active. */
export async function createFunction(
  deps: CommandDeps,
  lambda: LambdaService,
  plan: CreateFunctionPlan,
  scan: FolderScan,
): Promise<CreateFunctionOutcome> {
  const { name, runtime, handler, architecture } = plan;
  const out = await packageAndUpload(deps, {
    title: `Creating ${name}`,
    folder: scan.root,
    entries: toZipEntries(scan.files, ''),
    s3Key: (sha) => artifactKey('functions', name, sha),
    call: (code, report, archive) => {
      report({ message: 'Creating the function' });
      return lambda.createFunction(
        {
          name,
          runtime,
          handler,
          role: plan.role,
          code,
          architecture,
          memorySize: plan.memorySize,
          timeout: plan.timeout,
          ...(plan.layers.length > 0 ? { layers: plan.layers } : {}),
          codeSha256: archive.sha256,
        },
        { onRecovered: (note) => deps.log.warn(note) },
      );
    },
  });
  if (out.status !== 'done') throw new Error(`Not created: ${name}`);
  await deps.changes.fire({ kind: 'function', name, arn: out.result.arn });
  const active = await deps.progress.run(`Creating ${name}`, { cancellable: true }, (report, signal) => {
    report({ message: 'Waiting for the function to become Active' });
    return lambda.waitUntilActive(name, { signal });
  });
  await deps.changes.fire({ kind: 'function', name, arn: active.arn });
  deps.log.info(`Created ${active.arn} (${runtime}, ${handler}, ${formatBytes(active.codeSize)})`);
  void deps.notifier.info(`Created function ${name} (${runtime}, ${architecture}): ${active.arn}`);
  return { configuration: active, viaS3: out.viaS3 };
}
