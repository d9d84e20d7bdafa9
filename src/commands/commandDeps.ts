// What command functions need, as ports. No vscode: flows are unit-testable with scripted implementations.
import type { ProfileInfo } from '../aws/profiles';
import type { ResourceChanges } from '../aws/resourceChanges';
import type { ExplorerModel } from '../tree/explorerModel';
import type { ResourceRef } from '../aws/resourceRef';
import type { Logger } from '../ui/logger';
import type { Notifier, ProgressRunner, Prompter } from '../ui/prompter';
import type { ArtifactStore } from '../aws/artifactStore';
import type { PublishTarget, TargetServices } from '../aws/publishTargets';
import type { TreeNode } from '../tree/treeNode';
import type { CodeLocation } from '../code/codeUri';

/** What a folder is picked for: the picker's hint and the open dialog's button (default: a folder to package). */
export interface FolderPurpose {
  placeholder: string;
  openLabel: string;
}

/** Folders, settings and S3 for the publish / deploy commands. */
export interface WorkspacePort {
  /** Asks for a folder (a workspace folder, or an open dialog). Throws Cancelled when dismissed. */
  pickFolder(title: string, purpose?: FolderPurpose): Promise<string>;
  /** Whether a folder of the workspace holds `folder` (so the Explorer shows it). */
  holds(folder: string): boolean;
  /**
   * Shows a folder: `reveal` selects it in the Explorer (the workspace holds it); `here` and `newWindow` open it;
   * `add` adds it to the workspace after its folders.
   */
  openFolder(folder: string, how: 'reveal' | 'here' | 'newWindow' | 'add'): Promise<void>;
  /**
   * The `lambdaExplorer.artifactBucket` setting (undefined when unset); `fromWorkspace` when a workspace or folder
   * settings file chose it (then the user confirms it by name before anything is uploaded).
   */
  artifactBucket(): { name: string; fromWorkspace: boolean } | undefined;
  /** Where archives over 50 MB go (an S3 bucket) for the current connection. */
  artifacts(): ArtifactStore;
  /** Shows a node in its view: selects it and expands its parents. */
  reveal(view: 'functions' | 'layers', node: TreeNode): Promise<void>;
}

/** Opens (or reveals) the webview panels: one per ARN and connection (ResourceRef.connection). */
export interface PanelOpener {
  showFunction(ref: ResourceRef): void;
  showLayerVersion(ref: ResourceRef): void;
}

/** Answers remembered per workspace (e.g. the last publish of a folder), so a repeat is one confirmation. */
export interface AnswerMemory {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
}

/** Editors for published code (lambda: URIs) and local files. */
export interface CodeEditorPort {
  /** Opens a file of published code in a read-only editor (the language follows the file name), or a local file. */
  open(loc: CodeLocation | string): Promise<void>;
  /** VS Code's diff editor; each side is a published file or a local path. */
  diff(left: CodeLocation | string, right: CodeLocation | string, title: string): Promise<void>;
  /** Asks for a folder to write into (an open dialog). Throws Cancelled when dismissed. */
  pickTargetFolder(title: string): Promise<string>;
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
  /** Every connection the explorer shows (the default one first), with its settings. */
  list(): ConnectionEntry[];
  /** Adds a connection root (lambdaExplorer.connections). */
  add(settings: { profile: string; region: string; endpoint?: string }): Promise<void>;
  /** Removes an added connection root (not the default one). */
  remove(key: string): Promise<void>;
  /** The connection palette commands use (shown in the status bar). */
  setActive(key: string): void;
  /** Lambda and S3 for another Region or profile (publish to Regions, copy to account); the caller closes them. */
  targets(target: PublishTarget, from?: string): TargetServices;
}

export interface ConnectionEntry {
  key: string;
  /** `profile @ Region` */
  label: string;
  profile?: string;
  region?: string;
  endpoint?: string;
  /** Built from lambdaExplorer.profile/region (it cannot be removed). */
  isDefault: boolean;
  isActive: boolean;
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
  /** Opens (or reveals) the webview panels: one per ARN and connection (ResourceRef.connection). */
  panels: PanelOpener;
  /** Sets a `when` context key (e.g. whether a view is filtered). */
  setContext(key: string, value: unknown): void;
  /** Shows text in a view's description/message (the active filter). */
  setViewDescription(view: 'functions' | 'layers', text: string | undefined): void;
  /** Folders, the artifact bucket setting, S3 and reveal: the publish / deploy commands. */
  workspace: WorkspacePort;
  memory: AnswerMemory;
  /** Where re-published folders' last archives are cached (in the extension's global storage); none when unset. */
  packCacheDir?: string;
  /** Published code in editors and diff editors. */
  editor: CodeEditorPort;
}
