"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = void 0;
// The one command table: every contributed command id, its title for error messages, and its handler.
// Handlers take what they are given (a tree node from a menu, a ref from a panel, a value from another command,
// nothing from the palette) and hand it to the action, whose resolver turns it into a domain value or asks.
// A unit test checks these ids against package.json#contributes.commands.
const attachLayers_1 = require("./attachLayers");
const codeCommands_1 = require("./codeCommands");
const compareCode_1 = require("./compareCode");
const attachToFunctions_1 = require("./attachToFunctions");
const connectionCommands_1 = require("./connectionCommands");
const copyLayerGrants_1 = require("./copyLayerGrants");
const createFunction_1 = require("./createFunction");
const deleteLayerVersion_1 = require("./deleteLayerVersion");
const deployFunction_1 = require("./deployFunction");
const editAttachedLayer_1 = require("./editAttachedLayer");
const grantLayerAccess_1 = require("./grantLayerAccess");
const publishFunctionVersion_1 = require("./publishFunctionVersion");
const publishLayer_1 = require("./publishLayer");
const publishToRegions_1 = require("./publishToRegions");
const resourceActions_1 = require("./resourceActions");
const revokeLayerAccess_1 = require("./revokeLayerAccess");
const showPanels_1 = require("./showPanels");
const treeCommands_1 = require("./treeCommands");
const updateFunctionsToVersion_1 = require("./updateFunctionsToVersion");
exports.COMMANDS = [
    {
        id: 'lambdaExplorer.folder.publishLayer',
        title: 'Publish folder as Lambda layer',
        run: (d, folder) => (0, publishLayer_1.publishLayerFromFolder)(d, folder),
    },
    {
        id: 'lambdaExplorer.folder.deployFunction',
        title: 'Deploy folder to Lambda function',
        run: (d, folder, fn) => (0, deployFunction_1.deployFolderToFunction)(d, folder, fn),
    },
    {
        id: 'lambdaExplorer.folder.createFunction',
        title: 'Create Lambda function from folder',
        run: (d, folder) => (0, createFunction_1.createFunctionFromFolder)(d, folder),
    },
    {
        id: 'lambdaExplorer.layer.publishVersion',
        title: 'Publish new layer version',
        run: (d, n, folder) => (0, publishLayer_1.publishLayerVersionFromNode)(d, n, folder),
    },
    {
        id: 'lambdaExplorer.functions.refresh',
        title: 'Refresh functions',
        run: (d) => (0, treeCommands_1.refreshView)(d, 'functions'),
    },
    {
        id: 'lambdaExplorer.functions.filter',
        title: 'Filter functions',
        run: (d, text) => (0, treeCommands_1.filterView)(d, 'functions', typeof text === 'string' ? text : undefined),
    },
    {
        id: 'lambdaExplorer.functions.clearFilter',
        title: 'Clear filter',
        run: (d) => (0, treeCommands_1.clearFilter)(d, 'functions'),
    },
    { id: 'lambdaExplorer.layers.refresh', title: 'Refresh layers', run: (d) => (0, treeCommands_1.refreshView)(d, 'layers') },
    {
        id: 'lambdaExplorer.layers.filter',
        title: 'Filter layers',
        run: (d, text) => (typeof text === 'string' ? (0, treeCommands_1.filterView)(d, 'layers', text) : (0, treeCommands_1.filterLayers)(d)),
    },
    { id: 'lambdaExplorer.layers.clearFilter', title: 'Clear filter', run: (d) => (0, treeCommands_1.clearLayerFilters)(d) },
    { id: 'lambdaExplorer.node.refresh', title: 'Refresh', run: (d, n) => (0, treeCommands_1.refreshNode)(d, n) },
    { id: 'lambdaExplorer.node.loadMore', title: 'Load more', run: (d, n) => (0, treeCommands_1.loadMore)(d, n) },
    { id: 'lambdaExplorer.node.retry', title: 'Retry', run: (d, n) => (0, treeCommands_1.retry)(d, n) },
    { id: 'lambdaExplorer.resource.copyArn', title: 'Copy ARN', run: (d, n) => (0, resourceActions_1.copyArn)(d, n) },
    { id: 'lambdaExplorer.resource.copyName', title: 'Copy name', run: (d, n) => (0, resourceActions_1.copyName)(d, n) },
    {
        id: 'lambdaExplorer.resource.openInConsole',
        title: 'Open in AWS console',
        run: (d, n) => (0, resourceActions_1.openInConsole)(d, n),
    },
    {
        id: 'lambdaExplorer.function.showConfiguration',
        title: 'Show function configuration',
        run: (d, n) => (0, showPanels_1.showFunctionConfiguration)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.showPolicy',
        title: 'Show layer version policy',
        run: (d, n) => (0, showPanels_1.showLayerVersionPolicy)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.grantAccess',
        title: 'Grant layer version access',
        run: (d, n) => (0, grantLayerAccess_1.grantLayerAccess)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.revokeAccess',
        title: 'Revoke layer version access',
        run: (d, n) => (0, revokeLayerAccess_1.revokeLayerAccess)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.copyGrants',
        title: 'Copy grants from another version',
        run: (d, n, from) => (0, copyLayerGrants_1.copyLayerGrants)(d, n, typeof from === 'number' ? from : undefined),
    },
    {
        id: 'lambdaExplorer.layerVersion.publishToRegions',
        title: 'Publish layer version to Regions',
        run: (d, n) => (0, publishToRegions_1.publishToRegions)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.copyToAccount',
        title: 'Copy layer version to another account',
        run: (d, n) => (0, publishToRegions_1.copyToAccount)(d, n),
    },
    {
        id: 'lambdaExplorer.usedBy.refresh',
        title: 'Refresh layer usage',
        run: (d, n) => (0, treeCommands_1.refreshUsedBy)(d, n),
    },
    {
        id: 'lambdaExplorer.connection.pick',
        title: 'Choose profile and Region',
        run: (d) => (0, connectionCommands_1.pickConnection)(d),
        offline: true,
    },
    {
        id: 'lambdaExplorer.connection.pickRegion',
        title: 'Choose Region',
        run: (d) => (0, connectionCommands_1.pickRegion)(d),
        offline: true,
    },
    {
        id: 'lambdaExplorer.connection.addRegion',
        title: 'Add Region',
        run: (d, n) => (0, connectionCommands_1.addRegion)(d, n),
        offline: true,
    },
    {
        id: 'lambdaExplorer.connection.addProfile',
        title: 'Add profile',
        run: (d) => (0, connectionCommands_1.addProfile)(d),
        offline: true,
    },
    {
        id: 'lambdaExplorer.connection.remove',
        title: 'Remove connection',
        run: (d, n) => (0, connectionCommands_1.removeConnection)(d, n),
        offline: true,
    },
    {
        id: 'lambdaExplorer.connection.setActive',
        title: 'Choose active connection',
        run: (d, n) => (0, connectionCommands_1.setActiveConnection)(d, n),
        offline: true,
    },
    { id: 'lambdaExplorer.log.show', title: 'Show log', run: (d) => d.showLog(), offline: true },
    {
        id: 'lambdaExplorer.layerVersion.delete',
        title: 'Delete layer version',
        run: (d, n) => (0, deleteLayerVersion_1.deleteLayerVersion)(d, n),
    },
    {
        id: 'lambdaExplorer.function.attachLayers',
        title: 'Attach layers',
        run: (d, n) => (0, attachLayers_1.attachLayers)(d, n),
    },
    {
        id: 'lambdaExplorer.layerVersion.attachToFunctions',
        title: 'Attach to functions',
        run: (d, n) => (0, attachToFunctions_1.attachToFunctions)(d, n),
    },
    {
        id: 'lambdaExplorer.attachedLayer.detach',
        title: 'Detach layer',
        run: (d, n) => (0, editAttachedLayer_1.detachLayer)(d, n),
    },
    {
        id: 'lambdaExplorer.attachedLayer.moveUp',
        title: 'Move layer up',
        run: (d, n) => (0, editAttachedLayer_1.moveLayer)(d, 'up', n),
    },
    {
        id: 'lambdaExplorer.attachedLayer.moveDown',
        title: 'Move layer down',
        run: (d, n) => (0, editAttachedLayer_1.moveLayer)(d, 'down', n),
    },
    {
        id: 'lambdaExplorer.attachedLayer.upgrade',
        title: 'Upgrade layer',
        run: (d, n) => (0, editAttachedLayer_1.upgradeLayer)(d, n),
    },
    {
        id: 'lambdaExplorer.usedBy.updateFunctions',
        title: 'Update functions to another layer version',
        run: (d, n) => (0, updateFunctionsToVersion_1.updateFunctionsToVersion)(d, n),
    },
    {
        id: 'lambdaExplorer.function.publishVersion',
        title: 'Publish version',
        run: (d, n) => (0, publishFunctionVersion_1.publishFunctionVersion)(d, n),
    },
    { id: 'lambdaExplorer.code.openFile', title: 'Open file', run: (d, n) => (0, codeCommands_1.openCodeFile)(d, n) },
    { id: 'lambdaExplorer.layer.findFile', title: 'Find file in layer', run: (d, n) => (0, codeCommands_1.findCodeFile)(d, n) },
    {
        id: 'lambdaExplorer.function.findFile',
        title: 'Find file in function code',
        run: (d, n) => (0, codeCommands_1.findCodeFile)(d, n),
    },
    {
        id: 'lambdaExplorer.code.compareWithPrevious',
        title: 'Compare with previous version',
        run: (d, n) => (0, compareCode_1.compareWithPreviousVersion)(d, n),
    },
    {
        id: 'lambdaExplorer.code.compareWithVersion',
        title: 'Compare with version',
        run: (d, n) => (0, compareCode_1.compareWithVersion)(d, n),
    },
    {
        id: 'lambdaExplorer.code.compareWithFolder',
        title: 'Compare with local folder',
        run: (d, n, folder) => (0, compareCode_1.compareWithLocalFolder)(d, n, folder),
    },
    {
        id: 'lambdaExplorer.code.download',
        title: 'Download to folder',
        run: (d, n, folder) => (0, codeCommands_1.downloadCode)(d, n, typeof folder === 'string' ? folder : undefined),
    },
    {
        id: 'lambdaExplorer.function.importCode',
        title: 'Import function code',
        run: (d, n, folder) => (0, codeCommands_1.importFunctionCode)(d, n, typeof folder === 'string' ? folder : undefined),
    },
];
//# sourceMappingURL=commandTable.js.map