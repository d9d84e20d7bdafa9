// The connections without vscode: a set of LiveConnections, one per `profile @ Region` the explorer shows. The
// first is the default one, built from lambdaExplorer.profile/region/endpoint; the others come from
// lambdaExplorer.connections. Each is built through an injected ClientFactory and fails on its own: one that
// cannot be built (no Region, a bad endpoint) or that lost its credentials keeps its problem, the others stay.
// src/ui/vscodeConnection.ts is the vscode edge: it reads the settings, shows the status bar and the context
// key, and syncs on configuration and trust changes.
//
// The single-connection API (`active`, `state`, `problem`, `artifacts()`, `rebuild()`) is the active
// connection's: the default one until the user picks another.
import type { ArtifactStore } from '../aws/artifactStore';
import { addCallLog, callLogLine } from '../aws/sdkCallLog';
import type { CallLogEvent } from '../aws/sdkCallLog';
import type { PublishTarget, TargetServices } from '../aws/publishTargets';
import { MissingRegionError } from '../aws/sdkClientFactory';
import type { ClientFactory, ConnectionSettings } from '../aws/sdkClientFactory';
import type { Logger } from '../ui/logger';
import { connectionKey } from './connectionSettings';
import { LazyArtifactStore, LiveConnection, NotConnectedError } from './liveConnection';
import type { ActiveConnection } from './liveConnection';

export { connectionKey } from './connectionSettings';
export { NotConnectedError } from './liveConnection';
export type { ActiveConnection } from './liveConnection';

export type ConnectionState = 'ready' | 'noRegion' | 'noCredentials' | 'invalid';

/** The key of the connection built from lambdaExplorer.profile/region/endpoint. */
export const DEFAULT_CONNECTION = 'default';

/** One connection of the set, as its root in the explorer shows it. */
export interface ManagedConnection {
  /** Stable while its settings are: `default`, or derived from profile, Region and endpoint. */
  readonly key: string;
  readonly settings: ConnectionSettings;
  /** Built; undefined when it could not be (see `problem`). */
  readonly live: ActiveConnection | undefined;
  readonly state: ConnectionState;
  readonly problem: string | undefined;
}

/** `profile @ Region`, as the roots and the status bar name a connection. */
export function connectionLabel(c: Pick<ManagedConnection, 'settings' | 'live'>): string {
  const built = c.live?.connection;
  const profile = built?.profile ?? (c.settings.profile?.trim() || 'default');
  const region = built?.region ?? (c.settings.region?.trim() || '?');
  return `${profile} @ ${region}`;
}

class Entry implements ManagedConnection {
  live: LiveConnection | undefined;
  state: ConnectionState = 'invalid';
  problem: string | undefined;
  constructor(
    readonly key: string,
    public settings: ConnectionSettings,
  ) {}

  close(): void {
    const live = this.live;
    this.live = undefined;
    live?.close();
  }
}

export class ConnectionManager {
  private entries: Entry[] = [];
  private activeKey = DEFAULT_CONNECTION;
  private readonly listeners = new Set<() => void>();

  constructor(
    /** The default connection's settings as they apply now (read on every rebuild). */
    private readonly settings: () => ConnectionSettings,
    private readonly clients: ClientFactory,
    private readonly log: Logger,
    /** The added connections (lambdaExplorer.connections), read on every sync. */
    private readonly added: () => ConnectionSettings[] = () => [],
  ) {}

  /** Every connection, the default one first. */
  get connections(): readonly ManagedConnection[] {
    return this.entries;
  }

  /** The connection palette commands and the status bar use. */
  get activeConnection(): ManagedConnection | undefined {
    return this.activeEntry;
  }

  private get activeEntry(): Entry | undefined {
    return this.entries.find((e) => e.key === this.activeKey) ?? this.entries[0];
  }

  get active(): ActiveConnection | undefined {
    return this.activeConnection?.live;
  }
  get state(): ConnectionState {
    return this.activeConnection?.state ?? 'invalid';
  }
  get problem(): string | undefined {
    return this.activeConnection?.problem;
  }

  /** Makes another connection the active one (unknown keys are ignored). */
  setActive(key: string): void {
    if (!this.entries.some((e) => e.key === key) || key === this.activeConnection?.key) return;
    this.activeKey = key;
    this.fire();
  }

  /** The artifact store of a connection (default: the active one). Throws NotConnectedError when not connected. */
  artifacts(key?: string): ArtifactStore {
    const entry = key === undefined ? this.activeConnection : this.entries.find((e) => e.key === key);
    if (!entry?.live) throw new NotConnectedError(`Not connected: ${entry?.problem ?? 'no connection'}`);
    return entry.live.artifacts;
  }

  /**
   * Services for another Region or profile with a connection's other settings (its endpoint; default: the active
   * connection): publishing a layer version to many Regions or copying it to another account. The caller closes
   * them.
   */
  targets(target: PublishTarget, from?: string): TargetServices {
    const base = (from === undefined ? this.activeConnection : this.entries.find((e) => e.key === from))
      ?.settings;
    const settings: ConnectionSettings = {
      ...base,
      region: target.region,
      ...(target.profile !== undefined ? { profile: target.profile } : {}),
    };
    const { service, client } = this.clients.lambda(settings);
    const artifacts = new LazyArtifactStore(() => this.clients.artifacts(settings));
    return {
      lambda: service,
      artifacts,
      close: () => {
        artifacts.close();
        client.destroy();
      },
    };
  }

  /** Called after every rebuild and state change. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** A call failed for want of credentials (default: on the active connection): that connection shows why. */
  reportCredentialsProblem(message: string, key?: string): void {
    const entry = key === undefined ? this.activeEntry : this.entries.find((e) => e.key === key);
    if (!entry || entry.state === 'noCredentials') return;
    entry.problem = message;
    entry.state = 'noCredentials';
    this.fire();
  }

  /**
   * Builds connections again from the settings: one (its key), or all. A connection's previous build is closed
   * first. Connections added or removed in the settings since the last sync are added or closed too.
   */
  rebuild(key?: string): void {
    this.sync(key === undefined ? () => true : (e) => e.key === key);
  }

  /**
   * Follows the settings: builds connections that are new or whose settings changed, closes removed ones, and
   * keeps the others as they are (their loaded pages and caches stay). `force` rebuilds matching ones anyway.
   */
  sync(force: (e: ManagedConnection) => boolean = () => false): void {
    const wanted = this.wanted();
    const old = new Map(this.entries.map((e) => [e.key, e]));
    this.entries = wanted.map(({ key, settings }) => {
      const known = old.get(key);
      old.delete(key);
      const entry = known ?? new Entry(key, settings);
      if (!known || force(entry) || connectionKey(known.settings) !== connectionKey(settings)) {
        entry.settings = settings;
        this.build(entry);
      }
      return entry;
    });
    for (const gone of old.values()) {
      gone.close();
      this.log.info(`Removed connection: ${connectionLabel(gone)}`);
    }
    this.fire();
  }

  private wanted(): { key: string; settings: ConnectionSettings }[] {
    const first = this.settings();
    const out = [{ key: DEFAULT_CONNECTION, settings: first }];
    const seen = new Set([connectionKey(first)]);
    for (const settings of this.added()) {
      const key = connectionKey(settings);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, settings });
    }
    return out;
  }

  private build(entry: Entry): void {
    entry.close();
    const settings = entry.settings;
    try {
      const { service, client, connection } = this.clients.lambda(settings);
      addCallLog(
        client,
        this.callLog(
          `profile ${connection.profile}, region ${connection.region ?? '?'}${connection.endpoint ? `, endpoint ${connection.endpoint}` : ''}`,
        ),
      );
      entry.live = new LiveConnection(service, connection, client, () => this.clients.artifacts(settings));
      entry.problem = undefined;
      entry.state = 'ready';
    } catch (e) {
      entry.problem = e instanceof Error ? e.message : String(e);
      entry.state = e instanceof MissingRegionError ? 'noRegion' : 'invalid';
      this.log.warn(`Not connected (${connectionLabel(entry)}): ${entry.problem}`);
    }
  }

  /**
   * Logs every Lambda call of one connection at debug level; "Connected" once its first call succeeds (a
   * connection that was only configured has not reached anything yet: a dead endpoint must not read as connected).
   */
  private callLog(described: string): (e: CallLogEvent) => void {
    this.log.info(`Connecting: ${described}`);
    let answered = false;
    let warned = false;
    return (e) => {
      this.log.debug?.(callLogLine(e));
      if (answered) return;
      if (e.ok) {
        answered = true;
        this.log.info(`Connected: ${described}`);
      } else if (e.status === undefined && !warned) {
        warned = true;
        this.log.warn(
          `Not connected yet: ${e.operation} got no answer (${e.error ?? 'error'}): ${described}`,
        );
      }
    };
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Closes every connection (scans aborted, clients destroyed); no more events. */
  dispose(): void {
    this.listeners.clear();
    for (const e of this.entries) e.close();
    this.entries = [];
  }
}
