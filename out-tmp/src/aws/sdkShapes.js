"use strict";
// The Lambda SDK's shapes and our domain types, mapped both ways: pure functions, no calls. Only
// src/aws/sdk*.ts use it, so SDK shapes never reach the rest of the extension.
Object.defineProperty(exports, "__esModule", { value: true });
exports.str = void 0;
exports.records = records;
exports.toSummary = toSummary;
exports.toConfiguration = toConfiguration;
exports.toDetails = toDetails;
exports.toLayerVersionSummary = toLayerVersionSummary;
exports.toLayerSummary = toLayerSummary;
exports.toLayerVersionDetails = toLayerVersionDetails;
exports.toFunctionCode = toFunctionCode;
exports.pageSize = pageSize;
exports.page = page;
exports.layerFilter = layerFilter;
exports.qualifier = qualifier;
exports.revision = revision;
exports.publishVersionRequest = publishVersionRequest;
exports.addLayerVersionPermissionRequest = addLayerVersionPermissionRequest;
exports.createFunctionRequest = createFunctionRequest;
exports.updateFunctionConfigurationRequest = updateFunctionConfigurationRequest;
exports.publishLayerVersionRequest = publishLayerVersionRequest;
const policy_1 = require("./policy");
// ---- SDK shapes → domain types -------------------------------------------------------------------
// The SDK does not check what an endpoint sends against AWS's model: a field is taken only when it has the type AWS
// sends (a custom endpoint, a proxy or a buggy emulator may send a number for a string, an object for a list).
// Anything else counts as absent, so it can neither crash a view nor travel on as another type ("7" + 1).
/** A string field as AWS sends it, else undefined. */
const str = (x) => (typeof x === 'string' ? x : undefined);
exports.str = str;
const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const strs = (x) => Array.isArray(x) ? x.filter((v) => typeof v === 'string') : [];
const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const rec = (x) => (isRecord(x) ? x : {});
/** The objects of a list an endpoint sent (anything else in it, or a list that is not one, is dropped). */
function records(x) {
    return Array.isArray(x) ? x.filter(isRecord) : [];
}
/** A string map (environment, tags): string values only; every key kept as an own key, `__proto__` too. */
function strMap(x) {
    const out = {};
    for (const [k, v] of Object.entries(rec(x)))
        if (typeof v === 'string')
            Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
    return out;
}
function architectures(list) {
    return strs(list).filter((a) => a === 'x86_64' || a === 'arm64');
}
function setIf(target, key, value) {
    if (value !== undefined && value !== null)
        target[key] = value;
}
function toSummary(c) {
    const s = {
        name: (0, exports.str)(c.FunctionName) ?? '',
        arn: (0, exports.str)(c.FunctionArn) ?? '',
        version: (0, exports.str)(c.Version) ?? '$LATEST',
        codeSize: num(c.CodeSize) ?? 0,
        packageType: c.PackageType === 'Image' ? 'Image' : 'Zip',
        architectures: Array.isArray(c.Architectures) ? architectures(c.Architectures) : ['x86_64'],
        layers: records(c.Layers).map((l) => {
            const layer = { arn: (0, exports.str)(l.Arn) ?? '' };
            setIf(layer, 'codeSize', num(l.CodeSize));
            return layer;
        }),
    };
    setIf(s, 'runtime', (0, exports.str)(c.Runtime));
    setIf(s, 'handler', (0, exports.str)(c.Handler));
    setIf(s, 'role', (0, exports.str)(c.Role));
    setIf(s, 'description', (0, exports.str)(c.Description));
    setIf(s, 'memorySize', num(c.MemorySize));
    setIf(s, 'timeout', num(c.Timeout));
    setIf(s, 'lastModified', (0, exports.str)(c.LastModified));
    setIf(s, 'codeSha256', (0, exports.str)(c.CodeSha256));
    setIf(s, 'revisionId', (0, exports.str)(c.RevisionId));
    return s;
}
function toConfiguration(c) {
    const f = toSummary(c);
    setIf(f, 'state', (0, exports.str)(c.State));
    setIf(f, 'stateReason', (0, exports.str)(c.StateReason));
    setIf(f, 'lastUpdateStatus', (0, exports.str)(c.LastUpdateStatus));
    setIf(f, 'lastUpdateStatusReason', (0, exports.str)(c.LastUpdateStatusReason));
    const variables = rec(c.Environment).Variables;
    if (isRecord(variables))
        f.environment = strMap(variables);
    const vpc = rec(c.VpcConfig);
    const subnetIds = strs(vpc.SubnetIds);
    const securityGroupIds = strs(vpc.SecurityGroupIds);
    const vpcId = (0, exports.str)(vpc.VpcId);
    if (vpcId || subnetIds.length > 0 || securityGroupIds.length > 0) {
        f.vpc = { subnetIds, securityGroupIds };
        if (vpcId)
            f.vpc.vpcId = vpcId;
    }
    setIf(f, 'deadLetterTargetArn', (0, exports.str)(rec(c.DeadLetterConfig).TargetArn));
    setIf(f, 'kmsKeyArn', (0, exports.str)(c.KMSKeyArn));
    setIf(f, 'tracingMode', (0, exports.str)(rec(c.TracingConfig).Mode));
    return f;
}
function toDetails(r) {
    const code = rec(r.Code);
    const d = {
        configuration: toConfiguration(rec(r.Configuration)),
        tags: strMap(r.Tags),
    };
    setIf(d, 'codeLocation', (0, exports.str)(code.Location));
    setIf(d, 'repositoryType', (0, exports.str)(code.RepositoryType));
    setIf(d, 'imageUri', (0, exports.str)(code.ImageUri) ?? (0, exports.str)(code.ResolvedImageUri));
    return d;
}
/** `arn:aws:lambda:us-east-1:123456789012:layer:name:3` → its parts. */
function parseLayerVersionArn(arn) {
    const m = /^(arn:[^:]+:lambda:[^:]*:\d{12}:layer:([a-zA-Z0-9-_]+)):(\d+)$/.exec(arn);
    if (!m)
        return undefined;
    return { layerArn: m[1], layerName: m[2], version: Number(m[3]) };
}
function toLayerVersionSummary(v, layerName, layerArn) {
    const arn = (0, exports.str)(v.LayerVersionArn) ?? '';
    const parsed = parseLayerVersionArn(arn);
    const s = {
        layerName: layerName ?? parsed?.layerName ?? '',
        layerArn: layerArn ?? parsed?.layerArn ?? '',
        arn,
        version: num(v.Version) ?? parsed?.version ?? 0,
        compatibleRuntimes: strs(v.CompatibleRuntimes),
        compatibleArchitectures: architectures(v.CompatibleArchitectures),
    };
    setIf(s, 'description', (0, exports.str)(v.Description));
    setIf(s, 'createdDate', (0, exports.str)(v.CreatedDate));
    setIf(s, 'licenseInfo', (0, exports.str)(v.LicenseInfo));
    return s;
}
function toLayerSummary(l) {
    const name = (0, exports.str)(l.LayerName);
    const arn = (0, exports.str)(l.LayerArn);
    const s = { name: name ?? '', arn: arn ?? '' };
    if (isRecord(l.LatestMatchingVersion))
        s.latest = toLayerVersionSummary(l.LatestMatchingVersion, name, arn);
    return s;
}
function toLayerVersionDetails(r) {
    const d = toLayerVersionSummary(r, undefined, (0, exports.str)(r.LayerArn));
    const content = rec(r.Content);
    setIf(d, 'location', (0, exports.str)(content.Location));
    setIf(d, 'codeSha256', (0, exports.str)(content.CodeSha256));
    setIf(d, 'codeSize', num(content.CodeSize));
    return d;
}
// ---- domain values → SDK request parts --------------------------------------------------------------
function toFunctionCode(code) {
    if ('zipFile' in code)
        return { ZipFile: code.zipFile };
    const c = { S3Bucket: code.s3Bucket, S3Key: code.s3Key };
    setIf(c, 'S3ObjectVersion', code.s3ObjectVersion);
    return c;
}
function pageSize(requested, max) {
    if (requested === undefined)
        return undefined;
    return Math.min(max, Math.max(1, Math.floor(requested)));
}
function page(items, nextMarker) {
    return typeof nextMarker === 'string' && nextMarker ? { items, nextMarker } : { items };
}
function layerFilter(f) {
    return {
        ...(f?.runtime ? { CompatibleRuntime: f.runtime } : {}),
        ...(f?.architecture ? { CompatibleArchitecture: f.architecture } : {}),
    };
}
function qualifier(opts) {
    return opts?.qualifier ? { Qualifier: opts.qualifier } : {};
}
function revision(opts) {
    return opts?.revisionId ? { RevisionId: opts.revisionId } : {};
}
function publishVersionRequest(functionName, opts) {
    return {
        FunctionName: functionName,
        ...(opts?.description !== undefined ? { Description: opts.description } : {}),
        ...(opts?.codeSha256 !== undefined ? { CodeSha256: opts.codeSha256 } : {}),
        ...revision(opts),
    };
}
function addLayerVersionPermissionRequest(layerName, version, statementId, grant, opts) {
    const { principal, organizationId } = (0, policy_1.grantToPermission)(grant);
    return {
        LayerName: layerName,
        VersionNumber: version,
        StatementId: statementId,
        Action: policy_1.LAYER_PERMISSION_ACTION,
        Principal: principal,
        ...(organizationId !== undefined ? { OrganizationId: organizationId } : {}),
        ...revision(opts),
    };
}
function createFunctionRequest(input) {
    return {
        FunctionName: input.name,
        Runtime: input.runtime,
        Handler: input.handler,
        Role: input.role,
        Code: toFunctionCode(input.code),
        PackageType: 'Zip',
        ...(input.architecture !== undefined ? { Architectures: [input.architecture] } : {}),
        ...(input.memorySize !== undefined ? { MemorySize: input.memorySize } : {}),
        ...(input.timeout !== undefined ? { Timeout: input.timeout } : {}),
        ...(input.description !== undefined ? { Description: input.description } : {}),
        ...(input.layers !== undefined ? { Layers: [...input.layers] } : {}),
        ...(input.environment !== undefined ? { Environment: { Variables: { ...input.environment } } } : {}),
        ...(input.publish !== undefined ? { Publish: input.publish } : {}),
    };
}
function updateFunctionConfigurationRequest(functionName, changes, opts) {
    const input = { FunctionName: functionName, ...revision(opts) };
    if (changes.layers !== undefined)
        input.Layers = [...changes.layers];
    if (changes.description !== undefined)
        input.Description = changes.description;
    if (changes.memorySize !== undefined)
        input.MemorySize = changes.memorySize;
    if (changes.timeout !== undefined)
        input.Timeout = changes.timeout;
    if (changes.handler !== undefined)
        input.Handler = changes.handler;
    if (changes.runtime !== undefined)
        input.Runtime = changes.runtime;
    if (changes.environment !== undefined)
        input.Environment = { Variables: { ...changes.environment } };
    return input;
}
function publishLayerVersionRequest(input) {
    return {
        LayerName: input.layerName,
        Content: toFunctionCode(input.content),
        ...(input.description !== undefined ? { Description: input.description } : {}),
        ...(input.compatibleRuntimes !== undefined
            ? { CompatibleRuntimes: input.compatibleRuntimes }
            : {}),
        ...(input.compatibleArchitectures !== undefined
            ? { CompatibleArchitectures: [...input.compatibleArchitectures] }
            : {}),
        ...(input.licenseInfo !== undefined ? { LicenseInfo: input.licenseInfo } : {}),
    };
}
//# sourceMappingURL=sdkShapes.js.map