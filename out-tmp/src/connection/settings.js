"use strict";
// The lambdaExplorer.* settings without vscode: which scopes may decide each one, and what a bad value becomes.
// src/ui/vscodeConnection.ts and src/ui/vscodeWorkspace.ts read the scopes with `inspect()` and hand them here.
//
// The trust boundary: a setting that directs requests or code (where they go, with which credentials, into
// which bucket) is "restricted": in an untrusted workspace only the user's own settings decide it, never the
// folder's `.vscode/settings.json`. package.json lists the same keys in `restrictedConfigurations`.
Object.defineProperty(exports, "__esModule", { value: true });
exports.SettingsWarnings = exports.SETTINGS = void 0;
exports.effectiveSetting = effectiveSetting;
exports.SETTINGS = {
    profile: { type: 'string', default: '', restricted: true },
    region: { type: 'string', default: '', restricted: true },
    endpoint: { type: 'string', default: '', restricted: true },
    artifactBucket: { type: 'string', default: '', restricted: true },
    pageSize: { type: 'integer', default: 50, minimum: 1, maximum: 50, restricted: false },
    /** More `profile @ Region` roots; each entry is checked by src/connection/connectionSettings.ts. */
    connections: { type: 'array', default: [], restricted: true },
};
function describe(spec) {
    if (spec.type === 'integer')
        return `a whole number${spec.minimum !== undefined && spec.maximum !== undefined ? ` from ${spec.minimum} to ${spec.maximum}` : ''}`;
    return spec.type === 'array' ? 'a list' : 'text';
}
function valid(spec, v) {
    if (spec.type === 'string')
        return typeof v === 'string';
    if (spec.type === 'array')
        return Array.isArray(v);
    return (typeof v === 'number' &&
        Number.isInteger(v) &&
        (spec.minimum === undefined || v >= spec.minimum) &&
        (spec.maximum === undefined || v <= spec.maximum));
}
/**
 * The value of one setting as it applies: the most specific scope that sets it (folder, workspace, user), only
 * the user's scope for a restricted setting in an untrusted workspace; an invalid value falls back to the
 * default with a `problem` that says so.
 */
function effectiveSetting(key, inspected, trusted) {
    const spec = exports.SETTINGS[key];
    const scopes = spec.restricted && !trusted
        ? [['user', inspected?.globalValue]]
        : [
            ['folder', inspected?.workspaceFolderValue],
            ['workspace', inspected?.workspaceValue],
            ['user', inspected?.globalValue],
        ];
    const found = scopes.find(([, v]) => v !== undefined);
    const fallback = spec.default;
    if (!found)
        return { value: fallback, scope: 'default' };
    const [scope, raw] = found;
    if (valid(spec, raw))
        return { value: (typeof raw === 'string' ? raw.trim() : raw), scope };
    return {
        value: fallback,
        scope: 'default',
        problem: `The setting lambdaExplorer.${key} must be ${describe(spec)}; using ${JSON.stringify(fallback)} instead of: ${JSON.stringify(raw)}`,
    };
}
/** Shows each settings problem once (per key and bad value), however often the setting is read. */
class SettingsWarnings {
    warn;
    shown = new Set();
    constructor(warn) {
        this.warn = warn;
    }
    report(problem) {
        if (problem === undefined || this.shown.has(problem))
            return;
        this.shown.add(problem);
        this.warn(problem);
    }
}
exports.SettingsWarnings = SettingsWarnings;
//# sourceMappingURL=settings.js.map