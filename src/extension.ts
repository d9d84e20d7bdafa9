// activate(): build the services, register the views and the commands. Nothing else lives here.
import * as path from 'path';
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
import { connectionLabel, DEFAULT_CONNECTION } from './connection/connectionManager';
import type { ActiveConnection } from './connection/connectionManager';
import { explorerRoots } from './connection/explorerRoots';
import { ChannelLogger, VscodeNotifier, VscodeProgress, VscodePrompter } from './ui/vscodePorts';
import { vscodeWorkspacePort } from './ui/vscodeWorkspace';
import { WebviewPanels } from './webviews/webviewPanels';
import { CodeStore } from './code/codeStore';
import { DirectoryCache } from './code/directoryCache';
import { registerCodeFileSystem, vscodeCodeEditor } from './ui/vscodeCodeFs';

export type { LambdaExplorerApi } from './api';

export function activate(context: vscode.ExtensionContext): LambdaExplorerApi {
  const channel = vscode.window.createOutputChannel('Lambda Explorer', { log: true });
  const log = new ChannelLogger(channel);
  const connection = new VscodeConnection(log);

  const describeError = (e: unknown, key?: string): string => {
    if (isLambdaError(e, 'Credentials')) connection.reportCredentialsProblem(e.message, key);
    return userMessage(e);
  };
  const decorations = new NodeDecorations();
  const providers = {} as Record<ViewName, LambdaTreeProvider>;
  const explorer = new ExplorerModel((view, node) => providers[view]?.changed(node), describeError, {
    pageSize: () => connection.pageSize(),
    log,
  });
  for (const view of ['functions', 'layers'] as const) {
    providers[view] = new LambdaTreeProvider(
      `lambdaExplorer.${view}`,
      () => explorer.topOf(view),
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

  const directories = new DirectoryCache({
    folder: vscode.Uri.joinPath(context.globalStorageUri, 'code-directories').fsPath,
  });
  // One code store per built connection (its Lambda service, Region and download links), shared by its nodes.
  const codeStores = new WeakMap<object, CodeStore>();
  const codeFor = (live: ActiveConnection): CodeStore => {
    let store = codeStores.get(live.service);
    if (!store) {
      store = new CodeStore(live.service, live.connection.region ?? '', directories);
      codeStores.set(live.service, store);
    }
    return store;
  };
  const connect = () =>
    explorer.setConnections(
      explorerRoots(connection.manager, codeFor),
      connection.manager.activeConnection?.key,
    );
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
      list: () =>
        connection.manager.connections.map((c) => ({
          key: c.key,
          label: connectionLabel(c),
          ...c.settings,
          isDefault: c.key === DEFAULT_CONNECTION,
          isActive: c === connection.manager.activeConnection,
        })),
      add: (settings) => connection.addConnection(settings),
      remove: (key) => connection.removeConnection(key),
      setActive: (key) => connection.manager.setActive(key),
      targets: (target, from) => connection.manager.targets(target, from),
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
    packCacheDir: path.join(context.globalStorageUri.fsPath, 'pack-cache'),
    editor: vscodeCodeEditor(),
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
    connection.onDidChange(() => panels.connectionChanged()),
    { dispose: stopListening },
    // A lambda: URI names its Region: the active connection's store when it is in that Region, else the store of
    // the first connection in it (with several connections, code of each one opens).
    registerCodeFileSystem((loc) => {
      const inRegion = explorer.connections.filter((c) => c.region === loc.target.region);
      const key = inRegion.some((c) => c.key === explorer.key) ? explorer.key : inRegion[0]?.key;
      return key === undefined ? explorer.connection?.code : explorer.scoped(key).connection?.code;
    }),
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
