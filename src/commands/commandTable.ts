// The one command table: every contributed command id, its title for error messages, and its handler.
// Handlers take what they are given (a tree node from a menu, a ref from a panel, a value from another command,
// nothing from the palette) and hand it to the action, whose resolver turns it into a domain value or asks.
// A unit test checks these ids against package.json#contributes.commands.
import { attachLayers } from './attachLayers';
import { downloadCode, findCodeFile, importFunctionCode, openCodeFile } from './codeCommands';
import { compareWithLocalFolder, compareWithPreviousVersion, compareWithVersion } from './compareCode';
import { attachToFunctions } from './attachToFunctions';
import type { CommandDeps } from './commandDeps';
import {
  addProfile,
  addRegion,
  pickConnection,
  pickRegion,
  removeConnection,
  setActiveConnection,
} from './connectionCommands';
import { copyLayerGrants } from './copyLayerGrants';
import { createFunctionFromFolder } from './createFunction';
import { deleteLayerVersion } from './deleteLayerVersion';
import { deployFolderToFunction } from './deployFunction';
import { detachLayer, moveLayer, upgradeLayer } from './editAttachedLayer';
import { grantLayerAccess } from './grantLayerAccess';
import { publishFunctionVersion } from './publishFunctionVersion';
import { publishLayerFromFolder, publishLayerVersionFromNode } from './publishLayer';
import { copyToAccount, publishToRegions } from './publishToRegions';
import { copyArn, copyName, openInConsole } from './resourceActions';
import { revokeLayerAccess } from './revokeLayerAccess';
import { showFunctionConfiguration, showLayerVersionPolicy } from './showPanels';
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
import { updateFunctionsToVersion } from './updateFunctionsToVersion';

export interface CommandEntry {
  id: string;
  /** Used in failure messages: "<title> failed: <reason>". */
  title: string;
  run(deps: CommandDeps, ...args: unknown[]): unknown;
  /** Works without a connection (choosing one, the log); every other command is hidden until connected. */
  offline?: true;
}

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
  { id: 'lambdaExplorer.node.refresh', title: 'Refresh', run: (d, n) => refreshNode(d, n) },
  { id: 'lambdaExplorer.node.loadMore', title: 'Load more', run: (d, n) => loadMore(d, n) },
  { id: 'lambdaExplorer.node.retry', title: 'Retry', run: (d, n) => retry(d, n) },
  { id: 'lambdaExplorer.resource.copyArn', title: 'Copy ARN', run: (d, n) => copyArn(d, n) },
  { id: 'lambdaExplorer.resource.copyName', title: 'Copy name', run: (d, n) => copyName(d, n) },
  {
    id: 'lambdaExplorer.resource.openInConsole',
    title: 'Open in AWS console',
    run: (d, n) => openInConsole(d, n),
  },
  {
    id: 'lambdaExplorer.function.showConfiguration',
    title: 'Show function configuration',
    run: (d, n) => showFunctionConfiguration(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.showPolicy',
    title: 'Show layer version policy',
    run: (d, n) => showLayerVersionPolicy(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.grantAccess',
    title: 'Grant layer version access',
    run: (d, n) => grantLayerAccess(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.revokeAccess',
    title: 'Revoke layer version access',
    run: (d, n) => revokeLayerAccess(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.copyGrants',
    title: 'Copy grants from another version',
    run: (d, n, from) => copyLayerGrants(d, n, typeof from === 'number' ? from : undefined),
  },
  {
    id: 'lambdaExplorer.layerVersion.publishToRegions',
    title: 'Publish layer version to Regions',
    run: (d, n) => publishToRegions(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.copyToAccount',
    title: 'Copy layer version to another account',
    run: (d, n) => copyToAccount(d, n),
  },
  {
    id: 'lambdaExplorer.usedBy.refresh',
    title: 'Refresh layer usage',
    run: (d, n) => refreshUsedBy(d, n),
  },
  {
    id: 'lambdaExplorer.connection.pick',
    title: 'Choose profile and Region',
    run: (d) => pickConnection(d),
    offline: true,
  },
  {
    id: 'lambdaExplorer.connection.pickRegion',
    title: 'Choose Region',
    run: (d) => pickRegion(d),
    offline: true,
  },
  {
    id: 'lambdaExplorer.connection.addRegion',
    title: 'Add Region',
    run: (d, n) => addRegion(d, n),
    offline: true,
  },
  {
    id: 'lambdaExplorer.connection.addProfile',
    title: 'Add profile',
    run: (d) => addProfile(d),
    offline: true,
  },
  {
    id: 'lambdaExplorer.connection.remove',
    title: 'Remove connection',
    run: (d, n) => removeConnection(d, n),
    offline: true,
  },
  {
    id: 'lambdaExplorer.connection.setActive',
    title: 'Choose active connection',
    run: (d, n) => setActiveConnection(d, n),
    offline: true,
  },
  { id: 'lambdaExplorer.log.show', title: 'Show log', run: (d) => d.showLog(), offline: true },
  {
    id: 'lambdaExplorer.layerVersion.delete',
    title: 'Delete layer version',
    run: (d, n) => deleteLayerVersion(d, n),
  },
  {
    id: 'lambdaExplorer.function.attachLayers',
    title: 'Attach layers',
    run: (d, n) => attachLayers(d, n),
  },
  {
    id: 'lambdaExplorer.layerVersion.attachToFunctions',
    title: 'Attach to functions',
    run: (d, n) => attachToFunctions(d, n),
  },
  {
    id: 'lambdaExplorer.attachedLayer.detach',
    title: 'Detach layer',
    run: (d, n) => detachLayer(d, n),
  },
  {
    id: 'lambdaExplorer.attachedLayer.moveUp',
    title: 'Move layer up',
    run: (d, n) => moveLayer(d, 'up', n),
  },
  {
    id: 'lambdaExplorer.attachedLayer.moveDown',
    title: 'Move layer down',
    run: (d, n) => moveLayer(d, 'down', n),
  },
  {
    id: 'lambdaExplorer.attachedLayer.upgrade',
    title: 'Upgrade layer',
    run: (d, n) => upgradeLayer(d, n),
  },
  {
    id: 'lambdaExplorer.usedBy.updateFunctions',
    title: 'Update functions to another layer version',
    run: (d, n) => updateFunctionsToVersion(d, n),
  },
  {
    id: 'lambdaExplorer.function.publishVersion',
    title: 'Publish version',
    run: (d, n) => publishFunctionVersion(d, n),
  },
  { id: 'lambdaExplorer.code.openFile', title: 'Open file', run: (d, n) => openCodeFile(d, n) },
  { id: 'lambdaExplorer.layer.findFile', title: 'Find file in layer', run: (d, n) => findCodeFile(d, n) },
  {
    id: 'lambdaExplorer.function.findFile',
    title: 'Find file in function code',
    run: (d, n) => findCodeFile(d, n),
  },
  {
    id: 'lambdaExplorer.code.compareWithPrevious',
    title: 'Compare with previous version',
    run: (d, n) => compareWithPreviousVersion(d, n),
  },
  {
    id: 'lambdaExplorer.code.compareWithVersion',
    title: 'Compare with version',
    run: (d, n) => compareWithVersion(d, n),
  },
  {
    id: 'lambdaExplorer.code.compareWithFolder',
    title: 'Compare with local folder',
    run: (d, n, folder) => compareWithLocalFolder(d, n, folder),
  },
  {
    id: 'lambdaExplorer.code.download',
    title: 'Download to folder',
    run: (d, n, folder) => downloadCode(d, n, typeof folder === 'string' ? folder : undefined),
  },
  {
    id: 'lambdaExplorer.function.importCode',
    title: 'Import function code',
    run: (d, n, folder) => importFunctionCode(d, n, typeof folder === 'string' ? folder : undefined),
  },
];
