// The vscode implementation of WorkspacePort: folder picking, the artifact bucket setting, the artifact store of
// the current connection (which owns its S3 client), and revealing a node in its view.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ArtifactStore } from '../aws/artifactStore';
import type { FolderPurpose, WorkspacePort } from '../commands/commandDeps';
import type { TreeNode } from '../tree/treeNode';
import { Cancelled } from './prompter';
import { VscodeSettings } from './vscodeConnection';
import type { PickItem } from './prompter';
import { VscodePrompter } from './vscodePorts';

const BROWSE = Symbol('browse');
const PACKAGE: FolderPurpose = {
  placeholder: 'Pick the folder to package',
  openLabel: 'Package This Folder',
};

export function vscodeWorkspacePort(
  /** The current connection's store: one S3 client per connection, destroyed with it. */
  artifacts: () => ArtifactStore,
  views: Record<'functions' | 'layers', vscode.TreeView<TreeNode>>,
  settings = new VscodeSettings(),
): WorkspacePort {
  return {
    async pickFolder(title, purpose = PACKAGE) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      let choice: vscode.Uri | typeof BROWSE = BROWSE;
      if (folders.length > 0) {
        const items: PickItem<vscode.Uri | typeof BROWSE>[] = [
          ...folders.map((f) => ({ label: f.name, description: f.uri.fsPath, value: f.uri })),
          { label: 'Browse…', description: 'choose another folder', value: BROWSE },
        ];
        choice = await new VscodePrompter().pick(items, { title, placeholder: purpose.placeholder });
      }
      if (choice !== BROWSE) return choice.fsPath;
      const uris = await vscode.window.showOpenDialog({
        title,
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: purpose.openLabel,
        ...(folders[0] ? { defaultUri: folders[0].uri } : {}),
      });
      const uri = uris?.[0];
      if (!uri) throw new Cancelled();
      return path.resolve(uri.fsPath);
    },
    holds(folder) {
      return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(folder)) !== undefined;
    },
    async openFolder(folder, how) {
      const uri = vscode.Uri.file(folder);
      if (how === 'reveal') await vscode.commands.executeCommand('revealInExplorer', uri);
      else if (how === 'add') {
        const at = vscode.workspace.workspaceFolders?.length ?? 0;
        if (!vscode.workspace.updateWorkspaceFolders(at, 0, { uri }))
          throw new Error(`Could not add the folder to the workspace: ${folder}`);
      } else
        await vscode.commands.executeCommand(
          'vscode.openFolder',
          uri,
          how === 'newWindow' ? { forceNewWindow: true } : { forceReuseWindow: true },
        );
    },
    artifactBucket() {
      // User settings only in an untrusted workspace; from a workspace or folder the bucket is confirmed by name.
      const { value, scope } = settings.read('artifactBucket');
      return value ? { name: value, fromWorkspace: scope === 'workspace' || scope === 'folder' } : undefined;
    },
    artifacts,
    async reveal(view, node) {
      await views[view].reveal(node, { select: true, focus: false, expand: false });
    },
  };
}
