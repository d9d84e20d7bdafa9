// What command functions need, as ports. No vscode: flows are unit-testable with scripted implementations.
import type { ProfileInfo } from '../aws/profiles';
import type { ResourceChanges } from '../aws/resourceChanges';
import type { ExplorerModel } from '../tree/explorerModel';
import type { ResourceRef } from '../aws/resourceRef';
import type { Logger } from '../ui/logger';
import type { Notifier, ProgressRunner, Prompter } from '../ui/prompter';
import type { ArtifactStore } from '../aws/artifactStore';
import type { TreeNode } from '../tree/treeNode';

/** Folders, settings and S3 for the publish / deploy commands. */
export interface WorkspacePort {
  /** Asks for a folder (a workspace folder, or an open dialog). Throws Cancelled when dismissed. */
  pickFolder(title: string): Promise<string>;
  /** The `lambdaExplorer.artifactBucket` setting (undefined when unset). */
  artifactBucket(): string | undefined;
  /** Where archives over 50 MB go (an S3 bucket) for the current connection. */
  artifacts(): ArtifactStore;
  /** Shows a node in its view: selects it and expands its parents. */
  reveal(view: 'functions' | 'layers', node: TreeNode): Promise<void>;
}

/** Opens (or reveals) the webview panels: one per ARN. */
export interface PanelOpener {
  showFunction(ref: ResourceRef): void;
  showLayerVersion(ref: ResourceRef): void;
}

/** Answers remembered per workspace (e.g. the last publish of a folder), so a repeat is one confirmation. */
export interface AnswerMemory {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
}

export interface EndpointSetting {
  /** The endpoint requests go to (undefined: the AWS default for the Region). */
  effective?: string;
  /** The settings scope it comes from: 'User', 'Workspace', 'Workspace Folder' (with 'Remote' in a remote window). */
  scope?: string;
  /** The user's own value, when a workspace scope overrides it. */
  overriddenUserValue?: string;
}

export interface ConnectionPort {
  /** The connection's Region, when connected. */
  region(): string | undefined;
  current(): { profile?: string; region?: string; endpoint?: string };
  profiles(): ProfileInfo[];
  /** Writes user settings; `endpoint: ''` clears the user's endpoint. */
  choose(changes: { profile?: string; region?: string; endpoint?: string }): Promise<void>;
  /** The endpoint in effect and which settings scope it comes from (absent: the picker asks no endpoint). */
  endpoint?(): EndpointSetting;
  /** Builds the connection again from the settings (after `aws sso login`, a fixed config file…). */
  reconnect(): void;
}

export interface CommandDeps {
  prompter: Prompter;
  notifier: Notifier;
  progress: ProgressRunner;
  log: Logger;
  explorer: ExplorerModel;
  /** Fire after every write so the tree and open panels update. */
  changes: ResourceChanges;
  connection: ConnectionPort;
  /** Runs another command of the table through the error boundary (a follow-up action, a panel button). */
  run(commandId: string, ...args: unknown[]): Promise<unknown>;
  copyToClipboard(text: string): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  showLog(): void;
  /** Opens (or reveals) the webview panels: one per ARN. */
  panels: PanelOpener;
  /** Sets a `when` context key (e.g. whether a view is filtered). */
  setContext(key: string, value: unknown): void;
  /** Shows text in a view's description/message (the active filter). */
  setViewDescription(view: 'functions' | 'layers', text: string | undefined): void;
  /** Folders, the artifact bucket setting, S3 and reveal: the publish / deploy commands. */
  workspace: WorkspacePort;
  memory: AnswerMemory;
}
