import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LambdaExplorerApi, NodeKind, ShownNode, ViewName } from '../../../src/api';
import { waitFor } from './waitFor';

export type { LambdaExplorerApi, ShownNode, ViewName };

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

export function getExtension<T = LambdaExplorerApi>(): vscode.Extension<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(ext, `extension not loaded in this VS Code: ${EXTENSION_ID}`);
  return ext;
}

/** Activates the extension (if needed) and returns what its activate() returned: the read-only API. */
export async function getApi(): Promise<LambdaExplorerApi> {
  return getExtension().activate();
}

/** The extension's package.json, read from the folder VS Code loaded it from. */
export function readManifest(): Manifest {
  const file = path.join(getExtension().extensionPath, 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** Waits until the extension has rebuilt its connection for the endpoint and its views list its resources. */
export async function connectedTo(api: LambdaExplorerApi, endpoint: string): Promise<void> {
  await waitFor(
    () => {
      const c = api.connection();
      return c.endpoint === endpoint && c.viewsConnected;
    },
    { message: `connection to ${endpoint}` },
  );
}

/** Nodes of one kind. */
export const ofKind = (nodes: readonly ShownNode[], kind: NodeKind): ShownNode[] =>
  nodes.filter((n) => n.kind === kind);

/** The child of `parent` (top level when undefined) of that kind whose resource has that name. */
export async function childNamed(
  api: LambdaExplorerApi,
  view: ViewName,
  kind: NodeKind,
  name: string,
  parent?: ShownNode,
): Promise<ShownNode | undefined> {
  return ofKind(await api.children(view, parent), kind).find((n) => n.resource?.name === name);
}

/** A function node at the top of the Functions view. */
export async function functionNode(api: LambdaExplorerApi, name: string): Promise<ShownNode> {
  const node = await childNamed(api, 'functions', 'function', name);
  assert.ok(node, `function ${name} in the Functions view`);
  return node;
}

/** A layer node at the top of the Layers view. */
export async function layerNode(api: LambdaExplorerApi, name: string): Promise<ShownNode> {
  const node = await childNamed(api, 'layers', 'layer', name);
  assert.ok(node, `layer ${name} in the Layers view`);
  return node;
}

/** A version under a layer in the Layers view. */
export async function layerVersionNode(
  api: LambdaExplorerApi,
  name: string,
  version: number,
): Promise<ShownNode> {
  const versions = await api.children('layers', await layerNode(api, name));
  const node = ofKind(versions, 'layerVersion').find((n) => n.resource?.version === String(version));
  assert.ok(node, `${name}:${version} in the Layers view`);
  return node;
}
