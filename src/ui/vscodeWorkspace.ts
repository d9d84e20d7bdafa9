// The vscode implementation of WorkspacePort: folder picking, the artifact bucket setting, the artifact store of
// the current connection (which owns its S3 client), and revealing a node in its view.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ArtifactStore } from '../aws/artifactStore';
import type { WorkspacePort } from '../commands/commandDeps';
import type { TreeNode } from '../tree/treeNode';
import { Cancelled } from './prompter';
import { VscodeSettings } from './vscodeConnection';
import type { PickItem } from './prompter';
import { VscodePrompter } from './vscodePorts';

const BROWSE = Symbol('browse');

export function vscodeWorkspacePort(
  /** The current connection's store: one S3 client per connection, destroyed with it. */
  artifacts: () => ArtifactStore,
  views: Record<'functions' | 'layers', vscode.TreeView<TreeNode>>,
  settings = new VscodeSettings(),
): WorkspacePort {
  return {
    async pickFolder(title) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      let choice: vscode.Uri | typeof BROWSE = BROWSE;
      if (folders.length > 0) {
        const items: PickItem<vscode.Uri | typeof BROWSE>[] = [
          ...folders.map((f) => ({ label: f.name, description: f.uri.fsPath, value: f.uri })),
          { label: 'Browse…', description: 'choose another folder', value: BROWSE },
        ];
        choice = await new VscodePrompter().pick(items, { title, placeholder: 'Pick the folder to package' });
      }
      if (choice !== BROWSE) return choice.fsPath;
      const uris = await vscode.window.showOpenDialog({
        title,
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Package This Folder',
        ...(folders[0] ? { defaultUri: folders[0].uri } : {}),
      });
      const uri = uris?.[0];
      if (!uri) throw new Cancelled();
      return path.resolve(uri.fsPath);
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
