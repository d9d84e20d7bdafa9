// The lambdaExplorer.* settings without vscode: which scopes may decide each one, and what a bad value becomes.
// src/ui/vscodeConnection.ts and src/ui/vscodeWorkspace.ts read the scopes with `inspect()` and hand them here.
//
// The trust boundary: a setting that directs requests or code (where they go, with which credentials, into
// which bucket) is "restricted": in an untrusted workspace only the user's own settings decide it, never the
// folder's `.vscode/settings.json`. package.json lists the same keys in `restrictedConfigurations`.

export interface SettingSpec {
  type: 'string' | 'integer' | 'array';
  default: string | number | readonly unknown[];
  minimum?: number;
  maximum?: number;
  /** Directs requests or code: read from user settings only in an untrusted workspace. */
  restricted: boolean;
}

export const SETTINGS = {
  profile: { type: 'string', default: '', restricted: true },
  region: { type: 'string', default: '', restricted: true },
  endpoint: { type: 'string', default: '', restricted: true },
  artifactBucket: { type: 'string', default: '', restricted: true },
  pageSize: { type: 'integer', default: 50, minimum: 1, maximum: 50, restricted: false },
  /** More `profile @ Region` roots; each entry is checked by src/connection/connectionSettings.ts. */
  connections: { type: 'array', default: [], restricted: true },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** What `WorkspaceConfiguration.inspect()` returns, the parts we read. */
export interface InspectedSetting {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** Where the value in effect came from. */
export type SettingScope = 'default' | 'user' | 'workspace' | 'folder';

export interface EffectiveSetting<T> {
  value: T;
  scope: SettingScope;
  /** Set when the value in effect was not valid and the default is used instead. */
  problem?: string;
}

export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['type'] extends 'integer'
  ? number
  : (typeof SETTINGS)[K]['type'] extends 'array'
    ? readonly unknown[]
    : string;

function describe(spec: SettingSpec): string {
  if (spec.type === 'integer')
    return `a whole number${spec.minimum !== undefined && spec.maximum !== undefined ? ` from ${spec.minimum} to ${spec.maximum}` : ''}`;
  return spec.type === 'array' ? 'a list' : 'text';
}

function valid(spec: SettingSpec, v: unknown): boolean {
  if (spec.type === 'string') return typeof v === 'string';
  if (spec.type === 'array') return Array.isArray(v);
  return (
    typeof v === 'number' &&
    Number.isInteger(v) &&
    (spec.minimum === undefined || v >= spec.minimum) &&
    (spec.maximum === undefined || v <= spec.maximum)
  );
}

/**
 * The value of one setting as it applies: the most specific scope that sets it (folder, workspace, user), only
 * the user's scope for a restricted setting in an untrusted workspace; an invalid value falls back to the
 * default with a `problem` that says so.
 */
export function effectiveSetting<K extends SettingKey>(
  key: K,
  inspected: InspectedSetting | undefined,
  trusted: boolean,
): EffectiveSetting<SettingValue<K>> {
  const spec: SettingSpec = SETTINGS[key];
  const scopes: [SettingScope, unknown][] =
    spec.restricted && !trusted
      ? [['user', inspected?.globalValue]]
      : [
          ['folder', inspected?.workspaceFolderValue],
          ['workspace', inspected?.workspaceValue],
          ['user', inspected?.globalValue],
        ];
  const found = scopes.find(([, v]) => v !== undefined);
  const fallback = spec.default as SettingValue<K>;
  if (!found) return { value: fallback, scope: 'default' };
  const [scope, raw] = found;
  if (valid(spec, raw))
    return { value: (typeof raw === 'string' ? raw.trim() : raw) as SettingValue<K>, scope };
  return {
    value: fallback,
    scope: 'default',
    problem: `The setting lambdaExplorer.${key} must be ${describe(spec)}; using ${JSON.stringify(fallback)} instead of: ${JSON.stringify(raw)}`,
  };
}

/** Shows each settings problem once (per key and bad value), however often the setting is read. */
export class SettingsWarnings {
  private readonly shown = new Set<string>();
  constructor(private readonly warn: (message: string) => void) {}

  report(problem: string | undefined): void {
    if (problem === undefined || this.shown.has(problem)) return;
    this.shown.add(problem);
    this.warn(problem);
  }
}
