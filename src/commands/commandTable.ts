// The one command table: every contributed command id, its title for error messages, and its handler.
// Handlers take domain values or tree nodes (from menus), and fall back to a picker from the palette.
// A unit test checks these ids against package.json#contributes.commands.
import type { TreeNode } from '../tree/treeNode';
import type { CommandDeps } from './commandDeps';
import { deleteLayerVersion } from './deleteLayerVersion';
import {
  attachedFrom,
  attachLayers,
  attachToFunctions,
  detachLayer,
  functionFrom,
  layerVersionFrom,
  moveLayer,
  publishFunctionVersion,
  updateFunctionsToVersion,
  upgradeLayer,
  usersFrom,
} from './attachCommands';
import { pickConnection, pickRegion } from './connectionCommands';
import { createFunctionFromFolder, deployFolderToFunction } from './functionCodeCommands';
import { publishLayerFromFolder, publishLayerVersionFromNode } from './publishCommands';
import { copyArn, copyName, openInConsole } from './resourceCommands';
import { copyLayerGrants, grantLayerAccess, revokeLayerAccess } from './policyCommands';
import { showFunctionConfiguration, showLayerVersionPolicy } from './showCommands';
import {
  clearFilter,
  clearLayerFilters,
  filterLayers,
  filterView,
  loadMore,
  refreshNode,
  refreshUsedBy,
  refreshView,
  retry,
} from './treeCommands';
import { UsedByNode } from '../tree/nodes/layerNodes';

export interface CommandEntry {
  id: string;
  /** Used in failure messages: "<title> failed: <reason>". */
  title: string;
  run(deps: CommandDeps, ...args: unknown[]): unknown;
}

const node = (a: unknown) => a as TreeNode | undefined;

export const COMMANDS: CommandEntry[] = [
  {
    id: 'lambdaExplorer.folder.publishLayer',
    title: 'Publish folder as Lambda layer',
    run: (d, folder) => publishLayerFromFolder(d, folder),
  },
  {
    id: 'lambdaExplorer.folder.deployFunction',
    title: 'Deploy folder to Lambda function',
    run: (d, folder, fn) => deployFolderToFunction(d, folder, fn),
  },
  {
    id: 'lambdaExplorer.folder.createFunction',
    title: 'Create Lambda function from folder',
    run: (d, folder) => createFunctionFromFolder(d, folder),
  },
  {
    id: 'lambdaExplorer.layer.publishVersion',
    title: 'Publish new layer version',
    run: (d, n, folder) => publishLayerVersionFromNode(d, n, folder),
  },
  {
    id: 'lambdaExplorer.functions.refresh',
    title: 'Refresh functions',
    run: (d) => refreshView(d, 'functions'),
  },
  {
    id: 'lambdaExplorer.functions.filter',
    title: 'Filter functions',
    run: (d, text) => filterView(d, 'functions', typeof text === 'string' ? text : undefined),
  },
  {
    id: 'lambdaExplorer.functions.clearFilter',
    title: 'Clear filter',
    run: (d) => clearFilter(d, 'functions'),
  },
  { id: 'lambdaExplorer.layers.refresh', title: 'Refresh layers', run: (d) => refreshView(d, 'layers') },
  {
    id: 'lambdaExplorer.layers.filter',
    title: 'Filter layers',
    run: (d, text) => (typeof text === 'string' ? filterView(d, 'layers', text) : filterLayers(d)),
  },
  { id: 'lambdaExplorer.layers.clearFilter', title: 'Clear filter', run: (d) => clearLayerFilters(d) },
  { id: 'lambdaExplorer.node.refresh', title: 'Refresh', run: (d, n) => refreshNode(d, node(n)) },
  { id: 'lambdaExplorer.node.loadMore', title: 'Load more', run: (d, n) => loadMore(d, node(n)) },
  { id: 'lambdaExplorer.node.retry', title: 'Retry', run: (d, n) => retry(d, node(n)) },
  { id: 'lambdaExplorer.resource.copyArn', title: 'Copy ARN', run: (d, n) => copyArn(d, node(n)) },
  { id: 'lambdaExplorer.resource.copyName', title: 'Copy name', run: (d, n) => copyName(d, node(n)) },
  {
    id: 'lambdaExplorer.resource.openInConsole',
    title: 'Open in AWS console',
    run: (d, n) => openInConsole(d, node(n)),
  },
  {
    id: 'lambdaExplorer.function.showConfiguration',
    title: 'Show function configuration',
    run: (d, n) => showFunctionConfiguration(d, node(n)),
  },
  {
    id: 'lambdaExplorer.layerVersion.showPolicy',
    title: 'Show layer version policy',
    run: (d, n) => showLayerVersionPolicy(d, node(n)),
  },
  {
    id: 'lambdaExplorer.layerVersion.grantAccess',
    title: 'Grant layer version access',
    run: (d, n) => grantLayerAccess(d, node(n)),
  },
  {
    id: 'lambdaExplorer.layerVersion.revokeAccess',
    title: 'Revoke layer version access',
    run: (d, n) => revokeLayerAccess(d, node(n)),
  },
  {
    id: 'lambdaExplorer.layerVersion.copyGrants',
    title: 'Copy grants from another version',
    run: (d, n) => copyLayerGrants(d, node(n)),
  },
  {
    id: 'lambdaExplorer.usedBy.refresh',
    title: 'Refresh layer usage',
    run: (d, n) => (n instanceof UsedByNode ? refreshUsedBy(d, n) : undefined),
  },
  { id: 'lambdaExplorer.connection.pick', title: 'Choose profile and Region', run: (d) => pickConnection(d) },
  { id: 'lambdaExplorer.connection.pickRegion', title: 'Choose Region', run: (d) => pickRegion(d) },
  { id: 'lambdaExplorer.log.show', title: 'Show log', run: (d) => d.showLog() },
  {
    id: 'lambdaExplorer.layerVersion.delete',
    title: 'Delete layer version',
    run: (d, n) => deleteLayerVersion(d, node(n)),
  },
  {
    id: 'lambdaExplorer.function.attachLayers',
    title: 'Attach layers',
    run: (d, n) => attachLayers(d, functionFrom(n)),
  },
  {
    id: 'lambdaExplorer.layerVersion.attachToFunctions',
    title: 'Attach to functions',
    run: (d, n) => attachToFunctions(d, layerVersionFrom(n)),
  },
  {
    id: 'lambdaExplorer.attachedLayer.detach',
    title: 'Detach layer',
    run: (d, n) => detachLayer(d, attachedFrom(n)),
  },
  {
    id: 'lambdaExplorer.attachedLayer.moveUp',
    title: 'Move layer up',
    run: (d, n) => moveLayer(d, 'up', attachedFrom(n)),
  },
  {
    id: 'lambdaExplorer.attachedLayer.moveDown',
    title: 'Move layer down',
    run: (d, n) => moveLayer(d, 'down', attachedFrom(n)),
  },
  {
    id: 'lambdaExplorer.attachedLayer.upgrade',
    title: 'Upgrade layer',
    run: (d, n) => upgradeLayer(d, attachedFrom(n)),
  },
  {
    id: 'lambdaExplorer.usedBy.updateFunctions',
    title: 'Update functions to another layer version',
    run: (d, n) => updateFunctionsToVersion(d, layerVersionFrom(n), usersFrom(n)),
  },
  {
    id: 'lambdaExplorer.function.publishVersion',
    title: 'Publish version',
    run: (d, n) => publishFunctionVersion(d, functionFrom(n)),
  },
];
