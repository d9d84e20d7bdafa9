"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showFunctionConfiguration = showFunctionConfiguration;
exports.showLayerVersionPolicy = showLayerVersionPolicy;
// Show a function's configuration / a layer version (details and policy) in a webview panel: from a tree node
// (a function, a published version, an attached layer, a layer version, or any node under them), a ref or an
// ARN, or from the palette with a picker. One panel per ARN and connection: running it again reveals the open one.
const resourceRef_1 = require("../aws/resourceRef");
const connection_1 = require("./steps/connection");
const resolve_1 = require("./steps/resolve");
async function showFunctionConfiguration(deps, arg) {
    (0, connection_1.connectionOf)(deps);
    const r = await (0, resolve_1.resolveResource)(deps, arg, 'Show Function Configuration');
    if (r.kind !== 'function' && r.kind !== 'functionVersion')
        throw new Error(`Pick a function: ${r.name}`);
    // The panel keeps to the connection the command runs on (another may list the same ARN).
    const shown = (0, resourceRef_1.underConnection)(r, deps.explorer.key);
    deps.panels.showFunction(shown);
    return shown;
}
async function showLayerVersionPolicy(deps, arg) {
    (0, connection_1.connectionOf)(deps);
    const t = await (0, resolve_1.resolveLayerVersionTarget)(deps, arg, 'Show Layer Version');
    const ref = {
        kind: 'layerVersion',
        arn: t.arn,
        name: t.layerName,
        version: String(t.version),
    };
    const shown = (0, resourceRef_1.underConnection)(ref, deps.explorer.key);
    deps.panels.showLayerVersion(shown);
    return shown;
}
//# sourceMappingURL=showPanels.js.map