// "Attach Layers…" on a function: pick layers (compatible ones first, with another account's version by ARN),
// a version of each, which attached ones to drop when over five, then one guarded write.
import { isLambdaError } from '../aws/errors';
import { layerVersionLabel, parseLayerVersionArn } from '../aws/layerArn';
import type { FunctionSummary, LambdaService } from '../aws/lambdaService';
import { MAX_LAYERS } from '../aws/limits';
import { compatibility, layerKey } from '../layers/attachRules';
import { Cancelled } from '../ui/prompter';
import type { PickItem } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { checkNotImage, arnsOf, resolveTooMany, runLayerEdit, shapeOf } from './steps/layerWrite';
import type { WriteOutcome } from './steps/layerWrite';
import { allLayers, layerVersions } from './steps/listing';
import { resolveFunction } from './steps/resolve';
import { checkUpdatable } from './steps/runtimeGuard';

const OTHER_ACCOUNT = '\u0000other-account';

export async function attachLayers(deps: CommandDeps, arg?: unknown): Promise<WriteOutcome> {
  const lambda = lambdaOf(deps);
  const fn = await resolveFunction(deps, arg, 'Attach Layers');
  checkNotImage(fn);
  checkUpdatable(fn);
  const shape = shapeOf(fn);
  const layers = await deps.progress.run('Listing layers', { cancellable: true }, (_r, signal) =>
    allLayers(lambda, signal),
  );
  const attachedByKey = new Map(arnsOf(fn).map((a) => [layerKey(a), a]));
  const rows = layers.map((l) => {
    const compat = l.latest ? compatibility(shape, l.latest) : { compatible: true, reasons: [] };
    const attached = attachedByKey.get(l.arn);
    const item: PickItem<string> = {
      label: l.name,
      description: [
        l.latest ? `latest v${l.latest.version}` : undefined,
        attached ? `attached: v${parseLayerVersionArn(attached)?.version}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      detail: compat.compatible ? l.latest?.description : `Not compatible: ${compat.reasons.join('; ')}`,
      value: l.name,
    };
    return { compat, item };
  });
  const grouped = (items: PickItem<string>[], group: string) =>
    items.map((it, i) => (i === 0 ? { ...it, group } : it));
  const chosen = await deps.prompter.pickMany<string>(
    [
      ...grouped(
        rows.filter((r) => r.compat.compatible).map((r) => r.item),
        'Compatible',
      ),
      ...grouped(
        rows.filter((r) => !r.compat.compatible).map((r) => r.item),
        'Not compatible with this function',
      ),
      { label: 'Layer version ARN from another account…', value: OTHER_ACCOUNT, group: 'Other' },
    ],
    {
      title: `Attach Layers to ${fn.name}`,
      placeholder: `${fn.layers.length} of ${MAX_LAYERS} attached; pick layers, then a version of each`,
    },
  );
  if (chosen.length === 0) throw new Cancelled();

  const arns: string[] = [];
  for (const name of chosen) {
    if (name === OTHER_ACCOUNT) {
      arns.push(await askLayerVersionArn(deps, lambda, fn));
      continue;
    }
    const versions = await layerVersions(lambda, name);
    if (versions.length === 0) throw new Error(`The layer has no versions: ${name}`);
    const withCompat = versions.map((v, i) => ({ v, latest: i === 0, c: compatibility(shape, v) }));
    const ordered = [
      ...withCompat.filter((x) => x.c.compatible),
      ...withCompat.filter((x) => !x.c.compatible),
    ];
    const picked = await deps.prompter.pick(
      ordered.map((x) => ({
        label: `Version ${x.v.version}`,
        description:
          [
            x.latest ? 'latest' : undefined,
            attachedByKey.get(x.v.layerArn) === x.v.arn ? 'attached' : undefined,
          ]
            .filter(Boolean)
            .join(' · ') || undefined,
        detail: x.c.compatible ? x.v.description : `Not compatible: ${x.c.reasons.join('; ')}`,
        value: x,
        picked: x.latest,
      })),
      { title: `Version of ${name} (latest first)` },
    );
    if (!picked.c.compatible) await confirmIncompatible(deps, picked.v.arn, picked.c.reasons);
    arns.push(picked.v.arn);
  }
  const edit = await resolveTooMany(deps, fn, arns);
  return runLayerEdit(deps, fn, edit, `Attaching layers to ${fn.name}`, true);
}

export async function confirmIncompatible(deps: CommandDeps, arn: string, reasons: string[]): Promise<void> {
  const yes = await deps.prompter.confirm(
    `The layer version does not declare this function's runtime or architecture: ${layerVersionLabel(arn)}`,
    {
      detail: `${reasons.join('\n')}\nAWS lets you attach it; the code in it may not load.`,
      confirm: 'Attach Anyway',
    },
  );
  if (!yes) throw new Cancelled();
}

async function askLayerVersionArn(
  deps: CommandDeps,
  lambda: LambdaService,
  fn: FunctionSummary,
): Promise<string> {
  const arn = (
    await deps.prompter.input({
      title: 'Layer Version ARN',
      prompt:
        'A layer version shared with this account, e.g. arn:aws:lambda:us-east-1:123456789012:layer:name:3',
      placeholder: 'arn:aws:lambda:<region>:<account>:layer:<name>:<version>',
      validate: (v) =>
        parseLayerVersionArn(v.trim()) ? undefined : 'Enter a layer version ARN (…:layer:<name>:<version>)',
    })
  ).trim();
  let details;
  try {
    details = await lambda.getLayerVersionByArn(arn);
  } catch (e) {
    if (isLambdaError(e, 'NotFound') || isLambdaError(e, 'AccessDenied'))
      throw new Error(`The layer version does not exist or is not shared with this account: ${arn}`);
    throw e;
  }
  const c = compatibility(shapeOf(fn), details);
  if (!c.compatible) await confirmIncompatible(deps, arn, c.reasons);
  return arn;
}
