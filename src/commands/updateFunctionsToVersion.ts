// "Update Functions to Version N…" from a layer version or its "Used by": pick the target version and the
// functions ($LATEST) that use this one, then the bulk upgrade (rate-limited, each function a guarded write).
import { layerVersionLabel } from '../aws/layerArn';
import type { FunctionSummary, LambdaService } from '../aws/lambdaService';
import { bulkUpgrade, DEFAULT_RATE_PER_SECOND, formatBulkReport, TokenBucket } from '../layers/bulkUpgrade';
import type { BulkReport } from '../layers/bulkUpgrade';
import { Cancelled } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { connectionOf } from './steps/connection';
import { layerVersions } from './steps/listing';
import { resolveLayerVersion, usersFrom } from './steps/resolve';
import { plural } from '../ui/displayText';

/** The named functions from ListFunctions (the RevisionId comes with it: no call per function). */
async function functionsNamed(
  lambda: LambdaService,
  wanted: Set<string>,
  bucket: TokenBucket,
  signal?: AbortSignal,
): Promise<FunctionSummary[]> {
  const out: FunctionSummary[] = [];
  await bucket.take(signal);
  for await (const page of lambda.listFunctions({ signal })) {
    for (const f of page.items) if (wanted.has(f.name)) out.push(f);
    if (out.length >= wanted.size) break;
    if (page.nextMarker) await bucket.take(signal); // the next page counts against the same 15 req/s
  }
  return out;
}

export async function updateFunctionsToVersion(
  deps: CommandDeps,
  arg?: unknown,
): Promise<BulkReport | undefined> {
  const connection = connectionOf(deps);
  const lambda = connection.lambda;
  const from = await resolveLayerVersion(deps, arg, 'Update Functions to Another Version');
  let users = usersFrom(arg);
  if (!users) {
    await deps.progress.run('Scanning functions for layer usage', { cancellable: true }, (_r, signal) =>
      connection.usedBy.ensure(signal),
    );
    users = connection.usedBy.usersOf(from.arn) ?? [];
  }
  const latestUsers = users.filter((u) => u.version === '$LATEST');
  const published = users.filter((u) => u.version !== '$LATEST');
  if (latestUsers.length === 0) {
    // Nothing can be updated (published versions never change): an answer, not a failure; before any question.
    void deps.notifier.info(
      published.length > 0
        ? `Only published function versions use ${layerVersionLabel(from.arn)}, and they cannot change: nothing to update.`
        : `No function uses ${layerVersionLabel(from.arn)}: nothing to update.`,
    );
    return undefined;
  }
  const versions = (await layerVersions(lambda, from.layerName)).filter((v) => v.version !== from.version);
  if (versions.length === 0) throw new Error(`The layer has no other version: ${from.layerName}`);
  const to = await deps.prompter.pick(
    versions.map((v, i) => ({
      label: `Version ${v.version}`,
      description:
        [i === 0 ? 'latest' : undefined, v.version < from.version ? 'older' : undefined]
          .filter(Boolean)
          .join(' · ') || undefined,
      detail: v.description,
      value: v,
      picked: i === 0,
    })),
    { title: `Update Functions from ${layerVersionLabel(from.arn)} to Version…` },
  );
  const chosen = await deps.prompter.pickMany(
    latestUsers.map((u) => ({
      label: u.functionName,
      description: [`position ${u.position}`, u.runtime].filter(Boolean).join(' · '),
      value: u.functionName,
      picked: true,
    })),
    {
      title: `Update Functions to Version ${to.version}`,
      placeholder: `${plural(latestUsers.length, 'function')} ${latestUsers.length === 1 ? 'uses' : 'use'} ${layerVersionLabel(from.arn)}; all are selected`,
    },
  );
  if (chosen.length === 0) throw new Cancelled();
  const toLabel = layerVersionLabel(to.arn);
  const report = await deps.progress.run(
    `Updating ${plural(chosen.length, 'function')} to ${toLabel}`,
    { cancellable: true },
    async (step, signal) => {
      step({ message: 'Reading the functions (layers and RevisionId)' });
      const bucket = new TokenBucket(DEFAULT_RATE_PER_SECOND);
      const targets = await functionsNamed(lambda, new Set(chosen), bucket, signal);
      const result = await bulkUpgrade(lambda, targets, {
        from: from.arn,
        to: to.arn,
        signal,
        bucket,
        onOutcome: (o, done, total) =>
          step({ message: `${done} of ${total}: ${o.functionName}`, increment: 100 / total }),
        onWait: (name, seconds, asked) =>
          step({
            message: `AWS is throttling: waiting ${seconds} s before ${name}${asked !== undefined ? ` (asked for ${asked} s; ${seconds} s is the longest wait)` : ''}`,
          }),
      });
      const skip = (functionName: string, reason: string) => {
        result.outcomes.push({ functionName, status: 'skipped', reason, calls: 0 });
        result.counts.skipped++;
      };
      for (const name of chosen.filter((n) => !targets.some((t) => t.name === n)))
        skip(name, 'The function no longer exists');
      for (const u of published)
        skip(`${u.functionName}:${u.version}`, 'A published version cannot change: publish a new one');
      return result;
    },
  );
  const text = formatBulkReport(report, to.arn);
  deps.log.info(
    `Update functions from ${layerVersionLabel(from.arn)} to ${toLabel}: ${report.calls} calls in ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  for (const line of text.lines) deps.log.info(`  ${line}`);
  const updated = report.outcomes.filter((o) => o.status === 'updated').map((o) => o.functionName);
  if (updated.length > 0) await deps.changes.fire({ kind: 'functions', names: updated });
  const bad = report.counts.failed > 0 || report.cancelled;
  void (
    bad ? deps.notifier.warn(text.summary, 'Show Log') : deps.notifier.info(text.summary, 'Show Log')
  ).then((a) => {
    if (a === 'Show Log') deps.showLog();
    return a;
  });
  return report;
}
