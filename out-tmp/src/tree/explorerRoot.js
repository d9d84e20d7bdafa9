"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Root = void 0;
const connectionNode_1 = require("./nodes/connectionNode");
const functionNodes_1 = require("./nodes/functionNodes");
const layerNodes_1 = require("./nodes/layerNodes");
/** One connection's roots. */
class Root {
    spec;
    services;
    functionsRoot;
    layersRoot;
    nodes;
    constructor(spec, isActive, make) {
        this.spec = spec;
        const info = () => ({ ...this.spec, isActive: isActive(this.spec.key) });
        const node = (view) => new connectionNode_1.ConnectionNode(info(), view, () => (view === 'functions' ? this.functionsRoot : this.layersRoot), () => this.spec.reconnect());
        this.nodes = { functions: node('functions'), layers: node('layers') };
        if (spec.connection) {
            this.services = make(spec.connection);
            this.functionsRoot = new functionNodes_1.FunctionsRoot(this.services, this.nodes.functions);
            this.layersRoot = new layerNodes_1.LayersRoot(this.services, {}, this.nodes.layers);
        }
    }
    get key() {
        return this.spec.key;
    }
    /** Whether an ARN (a function's, a layer's or a version's) is among what this connection listed. */
    knows(arn) {
        const under = (a) => arn === a || arn.startsWith(`${a}:`);
        return ((this.functionsRoot?.pager.items.some((f) => under(f.arn)) ?? false) ||
            (this.layersRoot?.pager.items.some((l) => under(l.arn)) ?? false));
    }
    /** Whether a function or layer of this name is among what this connection listed. */
    lists(kind, name) {
        return kind === 'function'
            ? (this.functionsRoot?.pager.items.some((f) => f.name === name) ?? false)
            : (this.layersRoot?.pager.items.some((l) => l.name === name) ?? false);
    }
    dispose() {
        this.functionsRoot?.dispose();
        this.layersRoot?.dispose();
    }
}
exports.Root = Root;
//# sourceMappingURL=explorerRoot.js.map