// What both panels share: the ports a controller gets, the loader that (re)loads a panel's data and reports
// failures to the view, and the messages every panel answers the same way (ready, refresh, open in console).
import { consoleUrlFor } from '../commands/resourceActions';
import type { ResourceChange } from '../aws/resourceChanges';
import type { CommandDeps } from '../commands/commandDeps';
import { isCancellation, userMessage } from '../commands/runCommand';
import type { ResourceRef } from '../aws/resourceRef';
import { displayLine } from '../ui/displayText';
import type { HostToView, ViewToHost } from './protocol';

/** A panel tab's title: the name (the tab's icon is the λ), or `Layer name:version`; invisible characters shown. */
export function panelTitle(kind: 'function' | 'layerVersion', title: string): string {
  return displayLine(kind === 'function' ? title : `Layer ${title}`, 80);
}

/** What a controller needs of its panel. */
export interface PanelPort {
  post(message: HostToView): void;
  /** Whether the view is showing (a hidden view is rebuilt and asks `ready` again when shown). */
  readonly visible: boolean;
}

/** What controllers need beyond the command deps. */
export interface PanelHost {
  deps: CommandDeps;
  openFunction(ref: ResourceRef): void;
  openLayerVersion(ref: ResourceRef): void;
}

export interface PanelController {
  readonly key: string;
  readonly title: string;
  handle(message: ViewToHost): Promise<void>;
  /** A resource changed somewhere (tree, command, another panel): reload if it is ours. */
  onChange(change: ResourceChange): void;
  dispose(): void;
}

/** Loading, reloading and error reporting shared by both panels (composition: each controller owns one). */
export class Loader<T> {
  data: T | undefined;
  /** A change arrived while hidden: reload on the next `ready`. */
  stale = false;
  private generation = 0;
  private controller: AbortController | undefined;

  constructor(
    private readonly port: PanelPort,
    private readonly deps: CommandDeps,
    private readonly read: (signal: AbortSignal) => Promise<T>,
    private readonly toView: (data: T) => HostToView,
  ) {}

  async load(): Promise<void> {
    const generation = ++this.generation;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.stale = false;
    if (this.data === undefined) this.port.post({ type: 'loading' });
    this.port.post({ type: 'busy', busy: true });
    try {
      const data = await this.read(controller.signal);
      if (generation !== this.generation) return;
      this.data = data;
      this.port.post(this.toView(data));
    } catch (e) {
      if (generation !== this.generation || isCancellation(e)) return;
      this.deps.log.error('Failed to load a panel', e);
      this.port.post({ type: 'error', message: userMessage(e) });
    } finally {
      if (generation === this.generation) this.port.post({ type: 'busy', busy: false });
    }
  }

  /** The view (re)started: show what we have, or load. */
  async ready(): Promise<void> {
    if (this.data !== undefined && !this.stale) {
      this.port.post(this.toView(this.data));
      return;
    }
    await this.load();
  }

  changed(): void {
    if (this.port.visible) void this.load();
    else this.stale = true;
  }

  dispose(): void {
    this.generation++;
    this.controller?.abort();
  }
}

async function common(
  m: ViewToHost,
  loader: Loader<unknown>,
  host: PanelHost,
  ref: ResourceRef,
): Promise<boolean> {
  const deps = host.deps;
  switch (m.type) {
    case 'ready':
      await loader.ready();
      return true;
    case 'refresh':
      await loader.load();
      return true;
    case 'openConsole':
      await consoleUrlFor(deps, ref);
      return true;
    default:
      return false;
  }
}

/**
 * Handles one message from a panel's view: the common ones here, the rest by `own`; a failure becomes an error
 * notice in the panel (and a log line), a cancel is silent.
 */
export async function handlePanelMessage<T>(
  m: ViewToHost,
  panel: {
    readonly host: PanelHost;
    readonly port: PanelPort;
    readonly loader: Loader<T>;
    readonly ref: ResourceRef;
  },
  name: string,
  own: (m: ViewToHost) => Promise<void>,
): Promise<void> {
  try {
    if (await common(m, panel.loader as Loader<unknown>, panel.host, panel.ref)) return;
    await own(m);
  } catch (e) {
    if (isCancellation(e)) return;
    panel.host.deps.log.error(`${name}: ${m.type} failed`, e);
    panel.port.post({ type: 'notice', level: 'error', message: userMessage(e) });
  }
}
