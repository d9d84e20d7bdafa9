// activate(): build the services, register the views and the commands. Nothing else lives here.
import * as vscode from 'vscode';
import { createApi } from './api';
import type { LambdaExplorerApi } from './api';
import { isLambdaError } from './aws/errors';
import { listProfiles } from './aws/profiles';
import { ResourceChanges } from './aws/resourceChanges';
import type { CommandDeps } from './commands/commandDeps';
import { registerCommands } from './ui/vscodeCommands';
import { userMessage } from './commands/runCommand';
import { ExplorerModel } from './tree/explorerModel';
import type { ViewName } from './tree/explorerModel';
import { LambdaTreeProvider, NodeDecorations } from './tree/lambdaTreeProvider';
import { VscodeConnection } from './ui/vscodeConnection';
import { ChannelLogger, VscodeNotifier, VscodeProgress, VscodePrompter } from './ui/vscodePorts';
import { vscodeWorkspacePort } from './ui/vscodeWorkspace';
import { WebviewPanels } from './webviews/webviewPanels';

export type { LambdaExplorerApi } from './api';

export function activate(context: vscode.ExtensionContext): LambdaExplorerApi {
  const channel = vscode.window.createOutputChannel('Lambda Explorer', { log: true });
  const log = new ChannelLogger(channel);
  const connection = new VscodeConnection(log);

  const describeError = (e: unknown): string => {
    if (isLambdaError(e, 'Credentials')) connection.reportCredentialsProblem(e.message);
    return userMessage(e);
  };
  const decorations = new NodeDecorations();
  const providers = {} as Record<ViewName, LambdaTreeProvider>;
  const explorer = new ExplorerModel((view, node) => providers[view]?.changed(node), describeError, {
    pageSize: () => connection.pageSize(),
  });
  for (const view of ['functions', 'layers'] as const) {
    providers[view] = new LambdaTreeProvider(
      `lambdaExplorer.${view}`,
      () => explorer.rootOf(view),
      context.extensionUri,
      decorations,
      log,
      describeError,
    );
  }
  const views = {
    functions: vscode.window.createTreeView('lambdaExplorer.functions', {
      treeDataProvider: providers.functions,
      showCollapseAll: true,
    }),
    layers: vscode.window.createTreeView('lambdaExplorer.layers', {
      treeDataProvider: providers.layers,
      showCollapseAll: true,
    }),
  };

  const connect = () => {
    const active = connection.state === 'ready' ? connection.active : undefined;
    explorer.setConnection(
      active ? { lambda: active.service, usedBy: active.usedBy, catalog: active.catalog } : undefined,
    );
  };
  connect();

  const changes = new ResourceChanges();
  const stopListening = changes.on((change) =>
    explorer.applyChange(change).catch((e: unknown) => log.error('Failed to refresh after a change', e)),
  );

  const deps: CommandDeps = {
    prompter: new VscodePrompter(),
    notifier: new VscodeNotifier(),
    progress: new VscodeProgress(),
    log,
    explorer,
    changes,
    connection: {
      region: () => connection.active?.connection.region,
      current: () => ({ ...connection.settings(), ...connection.active?.connection }),
      profiles: () => listProfiles(),
      choose: (changes) => connection.choose(changes),
      endpoint: () => connection.endpointSetting(),
      reconnect: () => connection.rebuild(),
    },
    run: async (id, ...args) => vscode.commands.executeCommand(id, ...args),
    copyToClipboard: async (text) => vscode.env.clipboard.writeText(text),
    openExternal: async (url) => vscode.env.openExternal(vscode.Uri.parse(url, true)),
    showLog: () => channel.show(true),
    panels: {
      showFunction: (ref) => panels.showFunction(ref),
      showLayerVersion: (ref) => panels.showLayerVersion(ref),
    },
    setContext: (key, value) => void vscode.commands.executeCommand('setContext', key, value),
    setViewDescription: (view, text) => {
      views[view].description = text;
    },
    workspace: vscodeWorkspacePort(() => connection.artifacts(), views),
    memory: {
      get: (key) => context.workspaceState.get(key),
      set: async (key, value) => context.workspaceState.update(key, value),
    },
  };

  const panels = new WebviewPanels(context.extensionUri, deps);

  context.subscriptions.push(
    channel,
    panels,
    connection,
    decorations,
    providers.functions,
    providers.layers,
    views.functions,
    views.layers,
    vscode.window.registerFileDecorationProvider(decorations),
    connection.onDidChange(connect),
    { dispose: stopListening },
    ...registerCommands(deps),
  );
  return createApi({
    connection,
    explorer,
    children: (view, parent) => providers[view].getChildren(parent),
    viewDescription: (view) => views[view].description,
    openPanels: () => panels.openArns,
    onDidChangeResource: (listener) => changes.on(listener),
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
