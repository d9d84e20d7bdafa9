"use strict";
// The `lambda:` URIs of published code: lambda://ACCOUNT/REGION/layer/NAME/VERSION/path/in/archive and
// lambda://ACCOUNT/REGION/function/NAME/QUALIFIER/path/in/archive. Plain parts (authority + decoded path) so
// that the edge builds the vscode.Uri and nothing here depends on vscode.
Object.defineProperty(exports, "__esModule", { value: true });
exports.CodeUriError = exports.CODE_SCHEME = void 0;
exports.formatCodeUri = formatCodeUri;
exports.isLambdaName = isLambdaName;
exports.parseCodeUri = parseCodeUri;
exports.layerTargetFromArn = layerTargetFromArn;
exports.functionTargetFromArn = functionTargetFromArn;
exports.targetLabel = targetLabel;
exports.targetKey = targetKey;
exports.CODE_SCHEME = 'lambda';
class CodeUriError extends Error {
    name = 'CodeUriError';
}
exports.CodeUriError = CodeUriError;
function formatCodeUri(loc) {
    const t = loc.target;
    const id = t.kind === 'layer' ? String(t.version) : t.qualifier;
    const inner = loc.path.replace(/^\/+/, '');
    return { authority: t.account, path: `/${t.region}/${t.kind}/${t.name}/${id}${inner ? `/${inner}` : ''}` };
}
// Names and qualifiers as AWS's API model allows them ([a-zA-Z0-9_-]+, or $LATEST): a target's name becomes a
// folder name (Import) and a path segment of a lambda: URI, so an endpoint's "../x" or "a/b" must make none.
const LAYER_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9_-]+):(\d+)$/;
const FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::(?:\$LATEST|[a-zA-Z0-9_-]+))?$/;
const QUALIFIER = /^(?:\$LATEST|[a-zA-Z0-9_-]+)$/;
const NAME = /^[a-zA-Z0-9_-]+$/;
/** Whether `name` is one AWS could have made for a function, layer or alias (no path, no "..", no control). */
function isLambdaName(name) {
    return NAME.test(name);
}
function parseCodeUri(uri) {
    const account = uri.authority;
    const m = /^\/([a-z0-9-]+)\/(layer|function)\/([^/]+)\/([^/]+)(?:\/(.*))?$/.exec(uri.path);
    if (!/^\d{12}$/.test(account) || !m)
        throw new CodeUriError(`Not a Lambda code address: ${uri.authority}${uri.path}`);
    const [, region, kind, name, id, rest] = m;
    if (!NAME.test(name))
        throw new CodeUriError(`Not a Lambda name: ${name}`);
    const path = (rest ?? '').replace(/\/+$/, '');
    if (kind === 'layer') {
        if (!/^\d+$/.test(id))
            throw new CodeUriError(`Not a layer version: ${id}`);
        return { target: { kind, account, region, name, version: Number(id) }, path };
    }
    if (!QUALIFIER.test(id))
        throw new CodeUriError(`Not a function version or alias: ${id}`);
    return { target: { kind: 'function', account, region, name, qualifier: id }, path };
}
/** `arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION` → a layer target. */
function layerTargetFromArn(arn) {
    const m = LAYER_ARN.exec(arn);
    return m ? { kind: 'layer', region: m[1], account: m[2], name: m[3], version: Number(m[4]) } : undefined;
}
/** A function ARN (qualified or not) and a qualifier → a function target. */
function functionTargetFromArn(arn, qualifier) {
    const m = FUNCTION_ARN.exec(arn);
    if (!m || !QUALIFIER.test(qualifier))
        return undefined;
    return { kind: 'function', region: m[1], account: m[2], name: m[3], qualifier };
}
/** A short title: `shared-utils:7` or `orders-api:$LATEST`. */
function targetLabel(t) {
    return t.kind === 'layer' ? `${t.name}:${t.version}` : `${t.name}:${t.qualifier}`;
}
function targetKey(t) {
    return `${t.account}/${t.region}/${t.kind}/${t.name}/${t.kind === 'layer' ? t.version : t.qualifier}`;
}
//# sourceMappingURL=codeUri.js.map