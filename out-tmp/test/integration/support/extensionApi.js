"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ofKind = exports.EXTENSION_ID = void 0;
exports.getExtension = getExtension;
exports.getApi = getApi;
exports.readManifest = readManifest;
exports.connectedTo = connectedTo;
exports.childNamed = childNamed;
exports.functionNode = functionNode;
exports.layerNode = layerNode;
exports.layerVersionNode = layerVersionNode;
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const vscode = __importStar(require("vscode"));
const waitFor_1 = require("./waitFor");
exports.EXTENSION_ID = 'lambda-explorer.lambda-explorer';
function getExtension() {
    const ext = vscode.extensions.getExtension(exports.EXTENSION_ID);
    assert.ok(ext, `extension not loaded in this VS Code: ${exports.EXTENSION_ID}`);
    return ext;
}
/** Activates the extension (if needed) and returns what its activate() returned: the read-only API. */
async function getApi() {
    return getExtension().activate();
}
/** The extension's package.json, read from the folder VS Code loaded it from. */
function readManifest() {
    const file = path.join(getExtension().extensionPath, 'package.json');
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}
/** Waits until the extension has rebuilt its connection for the endpoint and its views list its resources. */
async function connectedTo(api, endpoint) {
    await (0, waitFor_1.waitFor)(() => {
        const c = api.connection();
        return c.endpoint === endpoint && c.viewsConnected;
    }, { message: `connection to ${endpoint}` });
}
/** Nodes of one kind. */
const ofKind = (nodes, kind) => nodes.filter((n) => n.kind === kind);
exports.ofKind = ofKind;
/** The child of `parent` (top level when undefined) of that kind whose resource has that name. */
async function childNamed(api, view, kind, name, parent) {
    return (0, exports.ofKind)(await api.children(view, parent), kind).find((n) => n.resource?.name === name);
}
/** A function node at the top of the Functions view. */
async function functionNode(api, name) {
    const node = await childNamed(api, 'functions', 'function', name);
    assert.ok(node, `function ${name} in the Functions view`);
    return node;
}
/** A layer node at the top of the Layers view. */
async function layerNode(api, name) {
    const node = await childNamed(api, 'layers', 'layer', name);
    assert.ok(node, `layer ${name} in the Layers view`);
    return node;
}
/** A version under a layer in the Layers view. */
async function layerVersionNode(api, name, version) {
    const versions = await api.children('layers', await layerNode(api, name));
    const node = (0, exports.ofKind)(versions, 'layerVersion').find((n) => n.resource?.version === String(version));
    assert.ok(node, `${name}:${version} in the Layers view`);
    return node;
}
//# sourceMappingURL=extensionApi.js.map