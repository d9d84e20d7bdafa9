// Layer and function ARNs, parsed. Pure.

export interface ParsedLayerVersionArn {
  partition: string;
  region: string;
  accountId: string;
  layerName: string;
  /** The layer's ARN without the version. */
  layerArn: string;
  version: number;
}

const LAYER_VERSION_ARN =
  /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-gov)?-[a-z]+-\d{1}):(\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)$/;
const FUNCTION_ARN =
  /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-gov)?-[a-z]+-\d{1}):(\d{12}):function:([a-zA-Z0-9-_]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;

export function parseLayerVersionArn(arn: string): ParsedLayerVersionArn | undefined {
  const m = LAYER_VERSION_ARN.exec(arn);
  if (!m) return undefined;
  // A version past 2^53 would silently round to another number: the ARN would name one version and act on another.
  if (!Number.isSafeInteger(Number(m[5]))) return undefined;
  const [, partition, region, accountId, layerName, version] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    partition,
    region,
    accountId,
    layerName,
    layerArn: `arn:${partition}:lambda:${region}:${accountId}:layer:${layerName}`,
    version: Number(version),
  };
}

export interface ParsedFunctionArn {
  partition: string;
  region: string;
  accountId: string;
  name: string;
  qualifier?: string;
}

export function parseFunctionArn(arn: string): ParsedFunctionArn | undefined {
  const m = FUNCTION_ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, accountId: m[3]!, name: m[4]!, qualifier: m[5] };
}

/** `name:version` for display. Falls back to the ARN itself when it is not a layer version ARN. */
export function layerVersionLabel(arn: string): string {
  const p = parseLayerVersionArn(arn);
  return p ? `${p.layerName}:${p.version}` : arn;
}

/** The account and Region a layer version lives in, as confirmations name them: `account 123456789012, us-east-1`. */
export function layerVersionWhere(arn: string): string | undefined {
  const p = parseLayerVersionArn(arn);
  return p ? `account ${p.accountId}, ${p.region}` : undefined;
}

/**
 * What to pass as `LayerName` for a layer version: its layer ARN, so that a version of another account (or Region)
 * is that version and never our own layer of the same name. Falls back to `name` when `arn` is not a layer ARN.
 */
export function layerNameForCalls(arn: string, name: string): string {
  return parseLayerVersionArn(arn)?.layerArn ?? name;
}
