// The one command table: every contributed command id, its title for error messages, and its handler.
// Handlers take domain values or tree nodes (from menus), and fall back to a picker from the palette.
// A unit test checks these ids against package.json#contributes.commands.
import type { TreeNode } from '../tree/treeNode';
import type { CommandDeps } from './commandDeps';
import { pickConnection, pickRegion } from './connectionCommands';
import { copyArn, copyName, openInConsole } from './resourceCommands';
import { showFunctionConfiguration, showLayerVersionPolicy } from './showCommands';
import { clearFilter, clearLayerFilters, filterLayers, filterView, loadMore, refreshNode, refreshUsedBy, refreshView, retry } from './treeCommands';
import { UsedByNode } from '../tree/nodes/layerNodes';

export interface CommandEntry {
  id: string;
  /** Used in failure messages: "<title> failed: <reason>". */
  title: string;
  run(deps: CommandDeps, ...args: unknown[]): unknown;
}

const node = (a: unknown) => a as TreeNode | undefined;

export const COMMANDS: CommandEntry[] = [
  { id: 'lambdaExplorer.functions.refresh', title: 'Refresh functions', run: (d) => refreshView(d, 'functions') },
  { id: 'lambdaExplorer.functions.filter', title: 'Filter functions', run: (d, text) => filterView(d, 'functions', typeof text === 'string' ? text : undefined) },
  { id: 'lambdaExplorer.functions.clearFilter', title: 'Clear filter', run: (d) => clearFilter(d, 'functions') },
  { id: 'lambdaExplorer.layers.refresh', title: 'Refresh layers', run: (d) => refreshView(d, 'layers') },
  { id: 'lambdaExplorer.layers.filter', title: 'Filter layers', run: (d, text) => (typeof text === 'string' ? filterView(d, 'layers', text) : filterLayers(d)) },
  { id: 'lambdaExplorer.layers.clearFilter', title: 'Clear filter', run: (d) => clearLayerFilters(d) },
  { id: 'lambdaExplorer.node.refresh', title: 'Refresh', run: (d, n) => refreshNode(d, node(n)) },
  { id: 'lambdaExplorer.node.loadMore', title: 'Load more', run: (d, n) => loadMore(d, node(n)) },
  { id: 'lambdaExplorer.node.retry', title: 'Retry', run: (d, n) => retry(d, node(n)) },
  { id: 'lambdaExplorer.resource.copyArn', title: 'Copy ARN', run: (d, n) => copyArn(d, node(n)) },
  { id: 'lambdaExplorer.resource.copyName', title: 'Copy name', run: (d, n) => copyName(d, node(n)) },
  { id: 'lambdaExplorer.resource.openInConsole', title: 'Open in AWS console', run: (d, n) => openInConsole(d, node(n)) },
  { id: 'lambdaExplorer.function.showConfiguration', title: 'Show function configuration', run: (d, n) => showFunctionConfiguration(d, node(n)) },
  { id: 'lambdaExplorer.layerVersion.showPolicy', title: 'Show layer version policy', run: (d, n) => showLayerVersionPolicy(d, node(n)) },
  { id: 'lambdaExplorer.usedBy.refresh', title: 'Refresh layer usage', run: (d, n) => (n instanceof UsedByNode ? refreshUsedBy(d, n) : undefined) },
  { id: 'lambdaExplorer.connection.pick', title: 'Choose profile and Region', run: (d) => pickConnection(d) },
  { id: 'lambdaExplorer.connection.pickRegion', title: 'Choose Region', run: (d) => pickRegion(d) },
  { id: 'lambdaExplorer.log.show', title: 'Show log', run: (d) => d.showLog() },
];
