// The emulated world: one EmulatorState per (account, Region), the access keys that name the caller's account,
// and the organizations accounts belong to. Each request is served by the state of its caller: the account comes
// from the access key id (a seeded map; unknown keys → the default account), the Region from the SigV4
// credential scope. Layer versions of other accounts are reachable only through their policy (mayRead).

import type { LayerDirectory, LayerVersionState, PolicyStatement } from './emulatorState';
import { EmulatorState } from './emulatorState';

/** Who is calling: the account and the IAM user name AWS puts in AccessDenied messages. */
export interface Caller {
  accountId: string;
  userName: string;
}

/** The user name of callers whose key is not in the map. */
export const DEFAULT_USER = 'developer';

const LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;

/** The credential of a signed request: `Credential=AKID/20261129/us-east-1/lambda/aws4_request`. */
export function credentialScope(
  authorization: string | undefined,
  query: URLSearchParams,
): { accessKeyId: string; region: string } | undefined {
  const raw =
    /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? query.get('X-Amz-Credential') ?? undefined;
  const m = raw === undefined ? null : /^([^/]+)\/\d{8}\/([^/]+)\/[^/]+\/aws4_request$/.exec(raw);
  return m ? { accessKeyId: m[1]!, region: m[2]! } : undefined;
}

/** The key id the emulator puts in its own download links: it names the owner account. */
export function downloadKeyId(accountId: string): string {
  return `ASIAEMU0${accountId}`;
}

export class EmulatorWorld implements LayerDirectory {
  private readonly states = new Map<string, EmulatorState>();
  /** Access key id → caller. Unknown keys are the default account. */
  readonly accessKeys = new Map<string, Caller>();
  /** Account → organization id (`aws:PrincipalOrgID`). */
  readonly organizations = new Map<string, string>();
  readonly defaultState: EmulatorState;
  /** Called with each (account, Region) state when it is made (e.g. to set its deprecation clock). */
  onNewState: ((state: EmulatorState) => void) | undefined;

  constructor(
    readonly defaultAccount: string,
    readonly defaultRegion: string,
    readonly now: () => number,
    /** The update delay of states created from now on (each state keeps its own, mutable). */
    public updateDelayMs: number,
  ) {
    this.defaultState = this.state(defaultAccount, defaultRegion);
  }

  /** The state of (account, Region), created empty on first use. */
  state(accountId: string, region: string): EmulatorState {
    const key = `${accountId}/${region}`;
    let s = this.states.get(key);
    if (!s) {
      s = new EmulatorState(accountId, region, this.now, this.updateDelayMs);
      s.directory = this;
      this.states.set(key, s);
      this.onNewState?.(s);
    }
    return s;
  }

  /** The state of (account, Region) if anything ever touched it. */
  existing(accountId: string, region: string): EmulatorState | undefined {
    return this.states.get(`${accountId}/${region}`);
  }

  /** Every (account, Region) state created so far. */
  allStates(): EmulatorState[] {
    return [...this.states.values()];
  }

  /** The caller for an access key id (the default account's developer when the key is unknown). */
  callerFor(accessKeyId: string | undefined): Caller {
    return (
      (accessKeyId === undefined ? undefined : this.accessKeys.get(accessKeyId)) ?? {
        accountId: this.defaultAccount,
        userName: DEFAULT_USER,
      }
    );
  }

  /** The state a request is served by: its caller's account in the Region of its credential scope. */
  stateForRequest(authorization: string | undefined, query: URLSearchParams): EmulatorState {
    const scope = credentialScope(authorization, query);
    if (!scope) return this.defaultState;
    return this.state(this.callerFor(scope.accessKeyId).accountId, scope.region);
  }

  /** The state a download link was issued by (its credential names the owner account and Region). */
  stateForDownload(query: URLSearchParams): EmulatorState | undefined {
    const scope = credentialScope(undefined, query);
    const m = scope ? /^ASIAEMU0(\d{12})$/.exec(scope.accessKeyId) : null;
    if (!scope || !m) return undefined;
    return this.existing(m[1]!, scope.region);
  }

  findLayerVersion(arn: string): { owner: EmulatorState; version: LayerVersionState } | undefined {
    const m = LAYER_VERSION_ARN.exec(arn);
    if (!m) return undefined;
    const owner = this.existing(m[2]!, m[1]!);
    const version = owner?.layers.get(m[3]!)?.versions.get(Number(m[4]));
    return owner && version ? { owner, version } : undefined;
  }

  mayRead(account: string, version: LayerVersionState): boolean {
    if (version.arn.split(':')[4] === account) return true;
    return version.policy.statements.some((s) => this.grants(s, account));
  }

  private grants(s: PolicyStatement, account: string): boolean {
    if (s.Effect !== 'Allow') return false;
    if (typeof s.Principal === 'object') return s.Principal.AWS === `arn:aws:iam::${account}:root`;
    if (s.Principal !== '*') return false;
    const org = s.Condition?.StringEquals['aws:PrincipalOrgID'];
    return org === undefined || this.organizations.get(account) === org;
  }
}
