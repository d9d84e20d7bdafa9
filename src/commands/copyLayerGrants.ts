// "Copy Grants from Another Version…": the grants of an older version of the same layer onto this one.
import type { LayerVersionSummary } from '../aws/lambdaService';
import type { CommandDeps } from './commandDeps';
import { lambdaOf } from './steps/connection';
import { asOwner, copyGrantsFrom, layerOf } from './steps/layerPolicy';
import type { CopyGrantsResult } from './steps/layerPolicy';
import { resolveLayerVersionTarget } from './steps/resolve';

export async function copyLayerGrants(
  deps: CommandDeps,
  arg?: unknown,
  fromArg?: number,
): Promise<CopyGrantsResult> {
  const title = 'Copy Grants from Another Version';
  const t = await resolveLayerVersionTarget(deps, arg, title);
  let from = fromArg;
  if (from === undefined) {
    const versions: LayerVersionSummary[] = [];
    await asOwner(t, async () => {
      for await (const page of lambdaOf(deps).listLayerVersions(layerOf(t)))
        versions.push(...page.items.filter((v) => v.version !== t.version));
    });
    if (versions.length === 0)
      throw new Error(`This layer has no other version to copy grants from: ${t.layerName}`);
    from = await deps.prompter.pick(
      versions.map((v) => ({ label: `Version ${v.version}`, description: v.description, value: v.version })),
      { title, placeholder: `Copy the grants of which version onto version ${t.version}?` },
    );
  }
  const result = await copyGrantsFrom(deps, t, from, undefined);
  void deps.notifier.info(
    result.copied.length > 0
      ? `Copied ${result.copied.length} grant(s) from version ${from} to version ${t.version}${result.skipped.length ? ` (skipped, already granted or custom: ${result.skipped.join(', ')})` : ''}`
      : `Version ${from} has no grants to copy onto version ${t.version}: ${t.layerName}`,
  );
  return result;
}
