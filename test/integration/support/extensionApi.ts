import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'lambda-explorer.lambda-explorer';

export interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

export interface Manifest {
  name: string;
  publisher: string;
  main?: string;
  contributes?: {
    commands?: ContributedCommand[];
    viewsContainers?: Record<string, { id: string; title: string }[]>;
    views?: Record<string, { id: string; name: string }[]>;
    menus?: Record<string, { command: string; when?: string; group?: string }[]>;
    configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[];
  };
}

export function getExtension<T = unknown>(): vscode.Extension<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(ext, `extension not loaded in this VS Code: ${EXTENSION_ID}`);
  return ext;
}

/** Activates the extension (if needed) and returns what its activate() returned. */
export async function getApi<T = unknown>(): Promise<T> {
  return getExtension<T>().activate();
}

/** The extension's package.json, read from the folder VS Code loaded it from. */
export function readManifest(): Manifest {
  const file = path.join(getExtension().extensionPath, 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
