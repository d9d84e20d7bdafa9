// The `lambda:` file system (read-only) and the editor port for published code: the vscode edge of
// src/code/. Everything it decides lives in CodeStore; this file only maps URIs and errors.
import * as vscode from 'vscode';
import { CodeNotFoundError } from '../code/codeStore';
import type { CodeStore } from '../code/codeStore';
import { CODE_SCHEME, CodeUriError, formatCodeUri, parseCodeUri } from '../code/codeUri';
import type { CodeLocation } from '../code/codeUri';
import type { CodeEditorPort } from '../commands/commandDeps';
import { Cancelled } from './prompter';

export function codeUri(loc: CodeLocation): vscode.Uri {
  const parts = formatCodeUri(loc);
  return vscode.Uri.from({ scheme: CODE_SCHEME, authority: parts.authority, path: parts.path });
}

function uriOf(side: CodeLocation | string): vscode.Uri {
  return typeof side === 'string' ? vscode.Uri.file(side) : codeUri(side);
}

export class CodeFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  /** `store(loc)`: the store of the connection that reaches `loc` (its Region), if any. */
  constructor(private readonly store: (loc: CodeLocation) => CodeStore | undefined) {}

  private async run<T>(uri: vscode.Uri, f: (store: CodeStore, loc: CodeLocation) => Promise<T>): Promise<T> {
    let loc: CodeLocation;
    try {
      loc = parseCodeUri({ authority: uri.authority, path: uri.path });
    } catch (e) {
      throw vscode.FileSystemError.FileNotFound(e instanceof Error ? e.message : uri);
    }
    const store = this.store(loc);
    if (!store) throw vscode.FileSystemError.Unavailable('Not connected to AWS');
    try {
      return await f(store, loc);
    } catch (e) {
      if (e instanceof CodeNotFoundError) throw vscode.FileSystemError.FileNotFound(e.message);
      if (e instanceof CodeUriError) throw vscode.FileSystemError.Unavailable(e.message);
      throw e;
    }
  }

  stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    return this.run(uri, async (store, loc) => {
      const s = await store.stat(loc);
      return {
        type: s.type === 'directory' ? vscode.FileType.Directory : vscode.FileType.File,
        ctime: 0,
        mtime: 0,
        size: s.size,
        permissions: vscode.FilePermission.Readonly,
      };
    });
  }

  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    return this.run(uri, async (store, loc) =>
      (await store.readDirectory(loc)).map(
        (i) =>
          [i.name, i.type === 'directory' ? vscode.FileType.Directory : vscode.FileType.File] as [
            string,
            vscode.FileType,
          ],
      ),
    );
  }

  readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.run(uri, (store, loc) => store.readFile(loc));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined); // published code never changes under a URI
  }
  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

export function registerCodeFileSystem(
  store: (loc: CodeLocation) => CodeStore | undefined,
): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(CODE_SCHEME, new CodeFileSystem(store), {
    isReadonly: true,
    isCaseSensitive: true,
  });
}

export function vscodeCodeEditor(): CodeEditorPort {
  return {
    async open(side) {
      await vscode.window.showTextDocument(uriOf(side), { preview: true });
    },
    async diff(left, right, title) {
      await vscode.commands.executeCommand('vscode.diff', uriOf(left), uriOf(right), title, {
        preview: true,
      });
    },
    async pickTargetFolder(title) {
      const uris = await vscode.window.showOpenDialog({
        title,
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Download Here',
      });
      if (!uris?.[0]) throw new Cancelled();
      return uris[0].fsPath;
    },
  };
}
