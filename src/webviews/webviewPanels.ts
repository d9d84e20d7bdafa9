// The vscode edge of the panels: one WebviewPanel per ARN (opening it again reveals it), the strict HTML,
// the guard on every message from the view, and the resource-change subscription. What a panel does lives in
// panelControllers.ts.
import * as vscode from 'vscode';
import type { CommandDeps, PanelOpener } from '../commands/commandDeps';
import type { ResourceRef } from '../tree/treeNode';
import { makeNonce, panelHtml } from './html';
import { FunctionPanelController, LayerVersionPanelController } from './panelControllers';
import type { PanelController, PanelHost, PanelPort } from './panelControllers';
import { isViewToHost } from './protocol';
import type { HostToView, PanelKind, ViewToHost } from './protocol';

/** A test hook: what one open panel sent and received, and a way to speak as its view. */
export interface PanelHandle {
  readonly key: string;
  readonly kind: PanelKind;
  readonly panel: vscode.WebviewPanel;
  readonly sent: HostToView[];
  readonly received: ViewToHost[];
  /** Messages the guard rejected. */
  readonly rejected: unknown[];
  /** Resolves with the first message (already sent/received or future) that matches. */
  waitFor<T extends HostToView | ViewToHost>(
    match: (m: HostToView | ViewToHost, direction: 'sent' | 'received') => m is T,
    timeoutMs?: number,
  ): Promise<T>;
  waitFor(
    match: (m: HostToView | ViewToHost, direction: 'sent' | 'received') => boolean,
    timeoutMs?: number,
  ): Promise<HostToView | ViewToHost>;
  /** Delivers a message as if the view posted it (through the guard); resolves when it was handled. */
  deliver(message: unknown): Promise<void>;
}

const VIEW_TYPES: Record<PanelKind, string> = {
  function: 'lambdaExplorer.functionConfiguration',
  layerVersion: 'lambdaExplorer.layerVersion',
};

class OpenPanel implements PanelHandle, PanelPort {
  readonly sent: HostToView[] = [];
  readonly received: ViewToHost[] = [];
  readonly rejected: unknown[] = [];
  private waiters = new Set<(m: HostToView | ViewToHost, d: 'sent' | 'received') => void>();
  controller!: PanelController;
  private disposed = false;

  constructor(
    readonly key: string,
    readonly kind: PanelKind,
    readonly panel: vscode.WebviewPanel,
    private readonly log: CommandDeps['log'],
  ) {}

  get visible(): boolean {
    return this.panel.visible;
  }

  post(message: HostToView): void {
    if (this.disposed) return;
    this.sent.push(message);
    if (this.sent.length > 200) this.sent.splice(0, 100);
    this.notify(message, 'sent');
    this.panel.webview
      .postMessage(message)
      .then(undefined, (e: unknown) => this.log.warn(`A panel message was not delivered: ${String(e)}`));
  }

  async deliver(message: unknown): Promise<void> {
    if (!isViewToHost(message)) {
      this.rejected.push(message);
      this.log.warn(
        `A panel sent a message the protocol does not allow: ${JSON.stringify(message)?.slice(0, 200)}`,
      );
      return;
    }
    this.received.push(message);
    if (this.received.length > 200) this.received.splice(0, 100);
    this.notify(message, 'received');
    await this.controller.handle(message);
  }

  private notify(m: HostToView | ViewToHost, d: 'sent' | 'received'): void {
    for (const w of [...this.waiters]) w(m, d);
  }

  waitFor(
    match: (m: HostToView | ViewToHost, d: 'sent' | 'received') => boolean,
    timeoutMs = 20_000,
  ): Promise<never> {
    return new Promise((resolve, reject) => {
      const done = (m: HostToView | ViewToHost) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(m as never);
      };
      const waiter = (m: HostToView | ViewToHost, d: 'sent' | 'received') => {
        if (match(m, d)) done(m);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for a panel message: ${this.key}`));
      }, timeoutMs);
      const earlier = [
        ...this.sent.map((m) => [m, 'sent'] as const),
        ...this.received.map((m) => [m, 'received'] as const),
      ].find(([m, d]) => match(m, d));
      if (earlier) done(earlier[0]);
      else this.waiters.add(waiter);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.waiters.clear();
    this.controller.dispose();
  }
}

export class WebviewPanels implements PanelOpener, vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();
  private readonly stopListening: () => void;
  private readonly host: PanelHost;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: CommandDeps,
  ) {
    this.host = {
      deps,
      openFunction: (ref) => this.showFunction(ref),
      openLayerVersion: (ref) => this.showLayerVersion(ref),
    };
    this.stopListening = deps.changes.on((change) => {
      for (const p of this.panels.values()) p.controller.onChange(change);
    });
  }

  /** A test hook: the open panel for an ARN. */
  get(arn: string): PanelHandle | undefined {
    return this.panels.get(arn);
  }

  get openArns(): string[] {
    return [...this.panels.keys()];
  }

  showFunction(ref: ResourceRef): void {
    this.open('function', ref, (port) => new FunctionPanelController(this.host, ref, port));
  }

  showLayerVersion(ref: ResourceRef): void {
    this.open('layerVersion', ref, (port) => new LayerVersionPanelController(this.host, ref, port));
  }

  private open(kind: PanelKind, ref: ResourceRef, make: (port: PanelPort) => PanelController): PanelHandle {
    const existing = this.panels.get(ref.arn);
    if (existing) {
      existing.panel.reveal();
      return existing;
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
    panel.title = kind === 'function' ? `λ ${open.controller.title}` : `Layer ${open.controller.title}`;
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
        open.deliver(m).catch((e: unknown) => this.deps.log.error('A panel message failed', e));
      }),
      panel.onDidDispose(() => {
        this.panels.delete(ref.arn);
        open.dispose();
        for (const s of subscriptions) s.dispose();
      }),
    ];
    this.panels.set(ref.arn, open);
    return open;
  }

  dispose(): void {
    this.stopListening();
    for (const p of [...this.panels.values()]) p.panel.dispose();
  }
}
