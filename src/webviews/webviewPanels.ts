// The vscode edge of the panels: one WebviewPanel per ARN and connection (opening it again reveals it), the
// strict HTML, the guard on every message from the view, and the resource-change subscription. What a panel does
// lives in panelControllers.ts.
import * as vscode from 'vscode';
import { withConnectionOf } from '../commands/steps/connection';
import type { CommandDeps, PanelOpener } from '../commands/commandDeps';
import { underConnection } from '../aws/resourceRef';
import type { ResourceRef } from '../aws/resourceRef';
import { displayLine } from '../ui/displayText';
import { makeNonce, panelHtml } from './html';
import { panelTitle } from './panelLoader';
import { FunctionPanelController, LayerVersionPanelController } from './panelControllers';
import type { PanelController, PanelHost, PanelPort } from './panelControllers';
import { isViewToHost } from './protocol';
import type { HostToView, PanelKind } from './protocol';

const VIEW_TYPES: Record<PanelKind, string> = {
  function: 'lambdaExplorer.functionConfiguration',
  layerVersion: 'lambdaExplorer.layerVersion',
};

/** One open panel: posts to its view, and hands the view's messages to its controller once the guard let them in. */
class OpenPanel implements PanelPort {
  controller!: PanelController;
  private disposed = false;
  /** Its title alone (a twin under another connection adds the connection's label to the tab). */
  title = '';
  /** The connection the panel shows data of: its key and the service it was built with. */
  connection: { key: string | undefined; service: unknown } = { key: undefined, service: undefined };

  constructor(
    readonly arn: string,
    readonly kind: PanelKind,
    readonly panel: vscode.WebviewPanel,
    private readonly log: CommandDeps['log'],
  ) {}

  get visible(): boolean {
    return this.panel.visible;
  }

  post(message: HostToView): void {
    if (this.disposed) return;
    this.panel.webview
      .postMessage(message)
      .then(undefined, (e: unknown) => this.log.warn(`A panel message was not delivered: ${String(e)}`));
  }

  /** A message from the view: anything the protocol does not allow is logged and dropped. */
  async receive(message: unknown): Promise<void> {
    if (!isViewToHost(message)) {
      this.log.warn(
        `A panel sent a message the protocol does not allow: ${JSON.stringify(message)?.slice(0, 200)}`,
      );
      return;
    }
    await this.controller.handle(message);
  }

  dispose(): void {
    this.disposed = true;
    this.controller.dispose();
  }
}

export class WebviewPanels implements PanelOpener, vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();
  private readonly stopListening: () => void;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: CommandDeps,
  ) {
    this.stopListening = deps.changes.on((change) => {
      for (const p of this.panels.values()) p.controller.onChange(change);
    });
  }

  /** The ARNs of the open panels (one per connection that showed it). */
  get openArns(): string[] {
    return [...this.panels.values()].map((p) => p.arn);
  }

  showFunction(ref: ResourceRef): void {
    this.open('function', ref, (port) => new FunctionPanelController(this.hostFor(ref), ref, port));
  }

  showLayerVersion(ref: ResourceRef): void {
    this.open('layerVersion', ref, (port) => new LayerVersionPanelController(this.hostFor(ref), ref, port));
  }

  /**
   * A panel works on the connection it was opened under (ref.connection; else the one its ARN belongs to), and the
   * panels it opens too.
   */
  private hostFor(ref: ResourceRef): PanelHost {
    return {
      deps: withConnectionOf(this.deps, [ref]),
      openFunction: (r) => this.showFunction(underConnection(r, ref.connection)),
      openLayerVersion: (r) => this.showLayerVersion(underConnection(r, ref.connection)),
    };
  }

  private open(kind: PanelKind, ref: ResourceRef, make: (port: PanelPort) => PanelController): void {
    const key = `${ref.connection ?? ''} ${ref.arn}`;
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal();
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPES[kind], ref.name, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [dist, media],
    });
    const open = new OpenPanel(ref.arn, kind, panel, this.deps.log);
    open.controller = make(open);
    const { explorer } = this.hostFor(ref).deps;
    open.connection = { key: explorer.key, service: explorer.connection?.lambda };
    // The tab's icon is the λ: the title is the name alone (a layer version says it is one).
    open.title = panelTitle(kind, open.controller.title);
    panel.title = open.title;
    panel.iconPath = vscode.Uri.joinPath(media, 'lambda.svg');
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css')).toString()],
      kind,
      title: panel.title,
    });
    const subscriptions = [
      webview.onDidReceiveMessage((m: unknown) => {
        open.receive(m).catch((e: unknown) => this.deps.log.error('A panel message failed', e));
      }),
      panel.onDidDispose(() => {
        this.panels.delete(key);
        open.dispose();
        for (const s of subscriptions) s.dispose();
        this.retitle();
      }),
    ];
    this.panels.set(key, open);
    this.retitle();
  }

  /**
   * Panels of one ARN under two connections (two profiles of an account) say which connection they are on: its
   * label, and its endpoint when the labels are the same.
   */
  private retitle(): void {
    const open = [...this.panels.values()];
    const entries = new Map(this.deps.connection.list().map((c) => [c.key, c]));
    const entryOf = (p: OpenPanel) =>
      p.connection.key !== undefined ? entries.get(p.connection.key) : undefined;
    for (const p of open) {
      const twins = open.filter((o) => o !== p && o.arn === p.arn);
      const entry = entryOf(p);
      const label = entry?.label;
      const where =
        label && entry?.endpoint && twins.some((o) => entryOf(o)?.label === label)
          ? `${label} (${entry.endpoint})`
          : label;
      const title = twins.length > 0 && where ? displayLine(`${p.title} · ${where}`, 160) : p.title;
      if (p.panel.title !== title) p.panel.title = title;
    }
  }

  /**
   * The connections changed: a panel whose connection was removed or built again (another profile, Region or
   * endpoint) shows data of an account or Region the explorer no longer shows, and its buttons would act on the
   * new one: it closes. Panels of the connections that stayed as they were stay open.
   */
  connectionChanged(): void {
    for (const p of [...this.panels.values()]) {
      const { key, service } = p.connection;
      const now = key === undefined ? undefined : this.deps.explorer.scoped(key).connection?.lambda;
      if (now === undefined || now !== service) p.panel.dispose();
    }
  }

  dispose(): void {
    this.stopListening();
    for (const p of [...this.panels.values()]) p.panel.dispose();
  }
}
