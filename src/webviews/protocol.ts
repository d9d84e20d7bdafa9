// The webview message protocol: what the host sends the view (HostToView), what the view sends the host
// (ViewToHost), and the guard that validates every message arriving from the view. Shared by the host
// (Node) and the app (browser bundle). No vscode, no DOM.
import type { Architecture, Grant, LayerVersionSummary, PackageType } from '../aws/lambdaService';

export type PanelKind = 'function' | 'layerVersion';

/** One row of the function's layers table, in merge order. */
export interface LayerRow {
  arn: string;
  /** `name:version` (or the ARN when it is not a layer version ARN). */
  label: string;
  position: number;
  codeSize?: number;
  /** A newer version of the same layer, when one exists in this account. */
  newerVersion?: number;
  /** The version was deleted (it stays attached to the functions that use it). */
  deleted?: boolean;
}

export interface VersionRow {
  version: string;
  arn: string;
  description?: string;
  lastModified?: string;
  layers: string[];
}

/** A function's configuration as the panel shows it. Environment values stay on the host (reveal one at a time). */
export interface FunctionPanelData {
  kind: 'function';
  arn: string;
  name: string;
  /** `$LATEST` or a published version number. */
  version: string;
  description?: string;
  runtime?: string;
  runtimeStatus: {
    status: 'current' | 'deprecated' | 'createBlocked' | 'updateBlocked' | 'unknown';
    note: string;
  };
  handler?: string;
  role?: string;
  memorySize?: number;
  timeout?: number;
  architectures: Architecture[];
  packageType: PackageType;
  imageUri?: string;
  codeSize: number;
  codeSha256?: string;
  lastModified?: string;
  state?: string;
  stateReason?: string;
  lastUpdateStatus?: string;
  lastUpdateStatusReason?: string;
  environmentKeys: string[];
  vpc?: { vpcId?: string; subnetIds: string[]; securityGroupIds: string[] };
  deadLetterTargetArn?: string;
  kmsKeyArn?: string;
  tracingMode?: string;
  revisionId?: string;
  layers: LayerRow[];
  versions: VersionRow[];
  /** The connection's custom endpoint (not AWS): the panel offers no AWS Console link. */
  customEndpoint?: string;
  moreVersions: boolean;
  tags: [string, string][];
}

/** A policy statement as the statements table shows it. */
export interface StatementRow {
  sid: string;
  effect: string;
  principal: string;
  organization?: string;
  action: string;
  /** The grant it expresses, when it is one AddLayerVersionPermission makes. */
  grant?: Grant;
  /** "account 123456789012", "everyone (public)", or "custom statement". */
  summary: string;
}

export interface UsedByRow {
  functionName: string;
  version: string;
  arn: string;
  position: number;
  runtime?: string;
}

export interface LayerVersionPanelData extends LayerVersionSummary {
  kind: 'layerVersion';
  codeSize?: number;
  codeSha256?: string;
  /** `undefined` until the account's functions were scanned. */
  usedBy?: UsedByRow[];
  usedByState: 'scanned' | 'scanning' | 'failed';
  /** `undefined` when the version has no policy (only its own account can use it). */
  policy?: { revisionId: string; statements: StatementRow[]; json: string };
  /** Other live versions of the layer, newest first (sources for "copy grants"). */
  otherVersions: number[];
  /** The connection's custom endpoint (not AWS): the panel offers no AWS Console link. */
  customEndpoint?: string;
  /** The account and Region the version lives in (from its ARN). */
  owner?: { accountId: string; region: string };
  /** Set when the version belongs to another account: why nothing can be changed here (naming the owner). */
  readOnly?: string;
}

export type PanelData = FunctionPanelData | LayerVersionPanelData;

export type HostToView =
  | { type: 'data'; data: PanelData }
  | { type: 'loading' }
  | { type: 'error'; message: string }
  /** One environment value, revealed on request. */
  | { type: 'revealed'; key: string; value: string }
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; message: string }
  | { type: 'busy'; busy: boolean };

export type CopyItem = 'arn' | 'sha256' | 'policy';

export type ViewToHost =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'reveal'; key: string }
  | { type: 'copyEnv'; key: string }
  | { type: 'copy'; item: CopyItem }
  | { type: 'openConsole' }
  | { type: 'attachLayers' }
  | { type: 'openLayerVersion'; arn: string }
  | { type: 'openFunction'; arn: string }
  | { type: 'grant'; grant: Grant; statementId: string; revisionId?: string }
  | { type: 'revoke'; statementId: string; revisionId?: string }
  | { type: 'copyGrants'; fromVersion: number; revisionId?: string };

const MAX_TEXT = 2048;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= max;
}

function optionalText(v: unknown): boolean {
  return v === undefined || isText(v);
}

/** Exactly these keys (so that nothing unexpected rides along). */
function onlyKeys(m: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(m).every((k) => keys.includes(k));
}

function isGrant(v: unknown): v is Grant {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'account':
      return onlyKeys(v, ['kind', 'accountId']) && isText(v.accountId, 64);
    case 'organization':
      return onlyKeys(v, ['kind', 'organizationId']) && isText(v.organizationId, 64);
    case 'public':
      return onlyKeys(v, ['kind']);
    default:
      return false;
  }
}

const COPY_ITEMS: readonly string[] = ['arn', 'sha256', 'policy'] satisfies CopyItem[];

/**
 * Validates a message from the view. Anything else (wrong type, missing or extra fields, oversized strings)
 * is rejected: the webview is a page that renders untrusted data, so its messages are untrusted too.
 */
export function isViewToHost(m: unknown): m is ViewToHost {
  if (!isObject(m) || typeof m.type !== 'string') return false;
  switch (m.type) {
    case 'ready':
    case 'refresh':
    case 'openConsole':
    case 'attachLayers':
      return onlyKeys(m, ['type']);
    case 'reveal':
    case 'copyEnv':
      return onlyKeys(m, ['type', 'key']) && isText(m.key, 256);
    case 'copy':
      return onlyKeys(m, ['type', 'item']) && typeof m.item === 'string' && COPY_ITEMS.includes(m.item);
    case 'openLayerVersion':
    case 'openFunction':
      return onlyKeys(m, ['type', 'arn']) && isText(m.arn, 256) && m.arn.startsWith('arn:');
    case 'grant':
      return (
        onlyKeys(m, ['type', 'grant', 'statementId', 'revisionId']) &&
        isGrant(m.grant) &&
        isText(m.statementId, 100) &&
        optionalText(m.revisionId)
      );
    case 'revoke':
      return (
        onlyKeys(m, ['type', 'statementId', 'revisionId']) &&
        isText(m.statementId, 100) &&
        optionalText(m.revisionId)
      );
    case 'copyGrants':
      return (
        onlyKeys(m, ['type', 'fromVersion', 'revisionId']) &&
        typeof m.fromVersion === 'number' &&
        Number.isSafeInteger(m.fromVersion) &&
        m.fromVersion > 0 &&
        optionalText(m.revisionId)
      );
    default:
      return false;
  }
}
