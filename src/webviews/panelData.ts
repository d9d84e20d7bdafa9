// Builds what the panels show from the one door (LambdaService) and the explorer's indexes. Pure: no vscode.
import { layerVersionLabel, parseLayerVersionArn } from '../aws/layerArn';
import { isOtherAccountsLayer, notOwnerMessage } from '../aws/layerOwner';
import type {
  FunctionDetails,
  FunctionSummary,
  LambdaService,
  LayerVersionDetails,
  LayerVersionPolicy,
} from '../aws/lambdaService';
import type { LayerCatalog } from '../aws/layerCatalog';
import type { UsedByIndex } from '../aws/usedByIndex';
import { assessRuntime } from '../layers/runtimes';
import { policyJson, statementRow } from './policyView';
import type { FunctionPanelData, LayerVersionPanelData } from './protocol';

/** How many published versions the function panel lists. */
export const MAX_VERSIONS = 50;

export interface PanelConnection {
  lambda: LambdaService;
  catalog: LayerCatalog;
  usedBy: UsedByIndex;
}

export function functionPanelData(
  details: FunctionDetails,
  versions: FunctionSummary[],
  moreVersions: boolean,
  catalog: Pick<LayerCatalog, 'newerThan' | 'isDeleted'>,
  now: Date = new Date(),
): FunctionPanelData {
  const c = details.configuration;
  const assessed = c.packageType === 'Image' ? undefined : assessRuntime(c.runtime, now);
  return {
    kind: 'function',
    arn: c.arn,
    name: c.name,
    version: c.version,
    description: c.description || undefined,
    runtime: c.runtime,
    runtimeStatus: assessed
      ? { status: assessed.status, note: assessed.note }
      : { status: 'current', note: 'Container image: the runtime is in the image.' },
    handler: c.handler,
    role: c.role,
    memorySize: c.memorySize,
    timeout: c.timeout,
    architectures: c.architectures,
    packageType: c.packageType,
    imageUri: details.imageUri,
    codeSize: c.codeSize,
    codeSha256: c.codeSha256,
    lastModified: c.lastModified,
    state: c.state,
    stateReason: c.stateReason,
    lastUpdateStatus: c.lastUpdateStatus,
    lastUpdateStatusReason: c.lastUpdateStatusReason,
    environmentKeys: Object.keys(c.environment ?? {}).sort(),
    vpc: c.vpc && (c.vpc.vpcId || c.vpc.subnetIds.length > 0) ? c.vpc : undefined,
    deadLetterTargetArn: c.deadLetterTargetArn,
    kmsKeyArn: c.kmsKeyArn,
    tracingMode: c.tracingMode,
    revisionId: c.revisionId,
    layers: c.layers.map((l, i) => ({
      arn: l.arn,
      label: layerVersionLabel(l.arn),
      position: i + 1,
      codeSize: l.codeSize,
      newerVersion: catalog.newerThan(l.arn)?.version,
      deleted: catalog.isDeleted(l.arn) || undefined,
    })),
    versions: versions
      .filter((v) => v.version !== '$LATEST')
      .map((v) => ({
        version: v.version,
        arn: v.arn,
        description: v.description || undefined,
        lastModified: v.lastModified,
        layers: v.layers.map((l) => layerVersionLabel(l.arn)),
      }))
      .reverse(),
    moreVersions,
    tags: Object.entries(details.tags).sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** Reads a function (or a published version): configuration, tags, published versions, outdated layer marks. */
export async function loadFunction(
  conn: PanelConnection,
  name: string,
  qualifier: string | undefined,
  signal?: AbortSignal,
): Promise<{ data: FunctionPanelData; environment: Record<string, string> }> {
  const details = await conn.lambda.getFunction(name, { qualifier, signal });
  try {
    await conn.catalog.ensure(signal);
    await conn.catalog.checkVersions(
      details.configuration.layers.map((l) => l.arn),
      signal,
    );
  } catch {
    // Without the catalog the layers show without outdated or deleted marks.
  }
  const versions: FunctionSummary[] = [];
  let more = false;
  for await (const page of conn.lambda.listVersionsByFunction(name, { signal, pageSize: MAX_VERSIONS })) {
    versions.push(...page.items);
    if (versions.length > MAX_VERSIONS && page.nextMarker) {
      more = true;
      break;
    }
  }
  return {
    data: functionPanelData(details, versions, more, conn.catalog),
    environment: { ...(details.configuration.environment ?? {}) },
  };
}

export function layerVersionPanelData(
  details: LayerVersionDetails,
  policy: LayerVersionPolicy | undefined,
  otherVersions: number[],
  usedBy: UsedByIndex | undefined,
  usedByFailed = false,
): LayerVersionPanelData {
  const users = usedBy?.usersOf(details.arn);
  return {
    kind: 'layerVersion',
    arn: details.arn,
    layerName: details.layerName,
    layerArn: details.layerArn,
    version: details.version,
    description: details.description || undefined,
    createdDate: details.createdDate,
    compatibleRuntimes: details.compatibleRuntimes,
    compatibleArchitectures: details.compatibleArchitectures,
    licenseInfo: details.licenseInfo || undefined,
    codeSize: details.codeSize,
    codeSha256: details.codeSha256,
    usedBy: users?.map((u) => ({
      functionName: u.functionName,
      version: u.version,
      arn: u.arn,
      position: u.position,
      runtime: u.runtime,
    })),
    usedByState: users ? 'scanned' : usedByFailed ? 'failed' : 'scanning',
    policy: policy
      ? {
          revisionId: policy.revisionId,
          statements: policy.document.statements.map(statementRow),
          json: policyJson(policy.document),
        }
      : undefined,
    otherVersions: otherVersions.filter((v) => v !== details.version).sort((a, b) => b - a),
  };
}

/**
 * Reads a layer version by its full ARN: details, policy, and the other versions of its layer ("Used by" comes from
 * the index). Another account's version (AWS refuses its policy to anyone but the owner) comes back read-only,
 * naming its owner: never our own layer of the same name.
 */
export async function loadLayerVersion(
  conn: PanelConnection,
  arn: string,
  signal?: AbortSignal,
): Promise<LayerVersionPanelData> {
  const p = parseLayerVersionArn(arn);
  if (!p) throw new Error(`Not a layer version ARN: ${arn}`);
  const [details, policy] = await Promise.all([
    conn.lambda.getLayerVersionByArn(arn, { signal }),
    conn.lambda.getLayerVersionPolicy(p.layerArn, p.version, { signal }).then(
      (policy) => ({ policy, foreign: false }),
      (e: unknown) => {
        if (isOtherAccountsLayer(e, arn)) return { policy: undefined, foreign: true };
        throw e;
      },
    ),
  ]);
  const others: number[] = [];
  if (!policy.foreign) {
    for await (const page of conn.lambda.listLayerVersions(p.layerArn, { signal })) {
      others.push(...page.items.map((v) => v.version));
      if (others.length >= 200) break;
    }
  }
  const data = layerVersionPanelData(details, policy.policy, others, conn.usedBy);
  data.owner = { accountId: p.accountId, region: p.region };
  if (policy.foreign) data.readOnly = notOwnerMessage(arn, 'permissions');
  return data;
}
