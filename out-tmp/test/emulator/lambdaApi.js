"use strict";
// The 16 Lambda operations (+ GetLayerVersionByArn) over EmulatorState, following the rules in
// ../../../shared/reference/lambda-api.md and the SDK's model. Pure request → reply; no sockets here.
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUNTIMES = exports.DOWNLOAD_TTL_SECONDS = exports.PAGE_CAP = exports.MAX_REQUEST_BYTES = exports.MAX_UNZIPPED = exports.MAX_LAYERS = exports.API_LAYERS = exports.API_FUNCTIONS = void 0;
exports.matchLambdaRoute = matchLambdaRoute;
exports.downloadUrl = downloadUrl;
exports.verifyDownload = verifyDownload;
exports.accessDenied = accessDenied;
exports.imageDigest = imageDigest;
const node_crypto_1 = require("node:crypto");
const apiError_1 = require("./apiError");
const emulatorState_1 = require("./emulatorState");
const runtimeDeprecation_1 = require("./runtimeDeprecation");
const world_1 = require("./world");
const zipArchive_1 = require("./zipArchive");
exports.API_FUNCTIONS = '/2015-03-31/functions';
exports.API_LAYERS = '/2018-10-31/layers';
exports.MAX_LAYERS = 5;
exports.MAX_UNZIPPED = 262_144_000;
/**
 * AWS's limit on a request that carries the archive inline: the whole JSON body, with the zip base64-encoded
 * (4/3 of its size), must stay under this (50 MiB of zip, encoded). Over it AWS answers 413
 * RequestEntityTooLargeException, a name the SDK's model does not list (its RequestTooLargeException is Invoke's).
 */
exports.MAX_REQUEST_BYTES = 69_905_067;
exports.PAGE_CAP = 50;
exports.DOWNLOAD_TTL_SECONDS = 600;
exports.RUNTIMES = new Set([
    'nodejs',
    'nodejs4.3',
    'nodejs6.10',
    'nodejs8.10',
    'nodejs10.x',
    'nodejs12.x',
    'nodejs14.x',
    'nodejs16.x',
    'nodejs18.x',
    'nodejs20.x',
    'nodejs22.x',
    'nodejs24.x',
    'nodejs26.x',
    'nodejs4.3-edge',
    'java8',
    'java8.al2',
    'java8.al2023',
    'java11',
    'java11.al2023',
    'java17',
    'java17.al2023',
    'java21',
    'java25',
    'python2.7',
    'python3.6',
    'python3.7',
    'python3.8',
    'python3.9',
    'python3.10',
    'python3.11',
    'python3.12',
    'python3.13',
    'python3.14',
    'python3.15',
    'dotnetcore1.0',
    'dotnetcore2.0',
    'dotnetcore2.1',
    'dotnetcore3.1',
    'dotnet6',
    'dotnet8',
    'dotnet10',
    'go1.x',
    'ruby2.5',
    'ruby2.7',
    'ruby3.2',
    'ruby3.3',
    'ruby3.4',
    'ruby4.0',
    'provided',
    'provided.al2',
    'provided.al2023',
]);
const ARCHITECTURES = new Set(['x86_64', 'arm64']);
const RE = {
    functionName: /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_.]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/,
    role: /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/,
    handler: /^[^\s]+$/,
    layerName: /^((arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+)$/,
    layerVersionArn: /^arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+$/,
    statementId: /^([a-zA-Z0-9-_]+)$/,
    principal: /^(\d{12}|\*|arn:(aws[a-zA-Z-]*):iam::\d{12}:root)$/,
    organizationId: /^o-[a-z0-9]{10,32}$/,
    action: /^lambda:GetLayerVersion$/,
    envName: /^[a-zA-Z]([a-zA-Z0-9_])+$/,
    qualifier: /^(|[a-zA-Z0-9$_-]+)$/,
};
const SEG = '([^/]+)';
const routes = [];
function route(method, path, operation, handler) {
    routes.push({ method, pattern: new RegExp(`^${path.replace(/\{\w+\}/g, SEG)}$`), operation, handler });
}
/** Resolves an HTTP request to a Lambda operation name and its label values; undefined if unknown. */
function matchLambdaRoute(method, path, query) {
    if (method === 'GET' && path === exports.API_LAYERS && query.get('find') === 'LayerVersion') {
        return { operation: 'GetLayerVersionByArn', handler: getLayerVersionByArn, params: [] };
    }
    for (const r of routes) {
        if (r.method !== method)
            continue;
        const m = r.pattern.exec(path);
        if (m)
            return {
                operation: r.operation,
                handler: r.handler,
                params: m.slice(1).map((p) => decodeURIComponent(p)),
            };
    }
    return undefined;
}
// ---------- shared helpers ----------
function str(json, key) {
    const v = json[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw (0, apiError_1.validation)(lowerFirst(key), v, 'Member must be a string');
    return v;
}
function strList(json, key) {
    const v = json[key];
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw (0, apiError_1.validation)(lowerFirst(key), v, 'Member must be a list of strings');
    return v;
}
function int(json, key, min, max) {
    const v = json[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v))
        throw (0, apiError_1.validation)(lowerFirst(key), v, 'Member must be an integer');
    if (v < min)
        throw (0, apiError_1.validation)(lowerFirst(key), v, `Member must have value greater than or equal to ${min}`);
    if (v > max)
        throw (0, apiError_1.validation)(lowerFirst(key), v, `Member must have value less than or equal to ${max}`);
    return v;
}
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
function checkPattern(field, value, re, min, max) {
    if (value.length < min)
        throw (0, apiError_1.validation)(field, value, `Member must have length greater than or equal to ${min}`);
    if (value.length > max)
        throw (0, apiError_1.validation)(field, value, `Member must have length less than or equal to ${max}`);
    if (!re.test(value))
        throw (0, apiError_1.validation)(field, value, `Member must satisfy regular expression pattern: ${re.source.replace(/^\^|\$$/g, '')}`);
}
function queryInt(query, key, min, max) {
    const raw = query.get(key);
    if (raw === null)
        return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n))
        throw (0, apiError_1.validation)(lowerFirst(key), raw, 'Member must be an integer');
    if (n < min)
        throw (0, apiError_1.validation)(lowerFirst(key), n, `Member must have value greater than or equal to ${min}`);
    if (n > max)
        throw (0, apiError_1.validation)(lowerFirst(key), n, `Member must have value less than or equal to ${max}`);
    return n;
}
function checkRuntime(field, runtime) {
    if (!exports.RUNTIMES.has(runtime))
        throw (0, apiError_1.validation)(field, runtime, `Member must satisfy enum value set: [${[...exports.RUNTIMES].join(', ')}]`);
}
function checkArchitecture(field, arch) {
    if (!ARCHITECTURES.has(arch))
        throw (0, apiError_1.validation)(field, arch, 'Member must satisfy enum value set: [x86_64, arm64]');
}
/** Opaque pagination markers: base64url JSON that clients must pass back verbatim. */
function encodeMarker(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
function decodeMarker(marker, check) {
    if (marker === null || marker === '')
        return undefined;
    try {
        const v = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
        if (check(v))
            return v;
    }
    catch {
        // fall through
    }
    throw (0, apiError_1.invalidParameter)(`Invalid pagination marker: ${marker}`);
}
/** Index of the first name >= `name` in a sorted array. */
function lowerBound(sorted, name) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < name)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** A presigned-looking link served by this emulator; valid DOWNLOAD_TTL_SECONDS from `now`. */
function downloadUrl(state, baseUrl, secret, blob) {
    const date = new Date(state.now())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const path = `/_emulator/code/${blob.id}`;
    const signature = (0, node_crypto_1.createHmac)('sha256', secret)
        .update(`${path}\n${date}\n${exports.DOWNLOAD_TTL_SECONDS}`)
        .digest('hex');
    const q = new URLSearchParams({
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': `${(0, world_1.downloadKeyId)(state.accountId)}/${date.slice(0, 8)}/${state.region}/s3/aws4_request`,
        'X-Amz-Date': date,
        'X-Amz-Expires': String(exports.DOWNLOAD_TTL_SECONDS),
        'X-Amz-SignedHeaders': 'host',
        'X-Amz-Signature': signature,
    });
    return `${baseUrl}${path}?${q.toString()}`;
}
/** Checks a download link: 'ok', 'expired' or 'forged'. */
function verifyDownload(state, secret, path, query) {
    const date = query.get('X-Amz-Date') ?? '';
    const expires = query.get('X-Amz-Expires') ?? '';
    const expected = (0, node_crypto_1.createHmac)('sha256', secret).update(`${path}\n${date}\n${expires}`).digest('hex');
    if (query.get('X-Amz-Signature') !== expected)
        return 'forged';
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date);
    if (!m)
        return 'forged';
    const signedAt = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    return state.now() > signedAt + Number(expires) * 1000 ? 'expired' : 'ok';
}
/** Accepts a name, `name:qualifier`, a partial ARN `123456789012:function:name` or a full ARN. */
function resolveFunctionName(state, raw, field = 'functionName') {
    checkPattern(field, raw, RE.functionName, 1, 170);
    const m = RE.functionName.exec(raw);
    const region = m[3]?.slice(0, -1);
    const account = m[8]?.slice(0, -1);
    const name = m[10];
    if (!raw.includes(':') && name.length > 64)
        throw (0, apiError_1.validation)(field, raw, 'Member must have length less than or equal to 64');
    if ((region && region !== state.region) || (account && account !== state.accountId)) {
        throw (0, apiError_1.notFound)(`Function not found: ${raw}`);
    }
    return { name, qualifier: m[12] };
}
function findFunction(state, raw) {
    const { name } = resolveFunctionName(state, raw);
    const fn = state.functions.get(name);
    if (!fn)
        throw (0, apiError_1.notFound)(`Function not found: ${state.functionArn(name)}`);
    return fn;
}
function findVersion(state, raw, qualifierParam) {
    const resolved = resolveFunctionName(state, raw);
    if (qualifierParam !== null)
        checkPattern('qualifier', qualifierParam, RE.qualifier, 1, 128);
    const qualifier = qualifierParam ?? resolved.qualifier;
    const fn = state.functions.get(resolved.name);
    const arn = state.functionArn(resolved.name);
    if (!fn)
        throw (0, apiError_1.notFound)(`Function not found: ${qualifier ? `${arn}:${qualifier}` : arn}`);
    if (qualifier === undefined || qualifier === '$LATEST')
        return { fn, v: fn.latest };
    const v = fn.versions.find((x) => x.version === qualifier);
    if (!v)
        throw (0, apiError_1.notFound)(`Function not found: ${arn}:${qualifier}`);
    return { fn, v };
}
function checkEnvironment(json) {
    const env = json.Environment;
    if (env === undefined || env === null)
        return undefined;
    const vars = env.Variables;
    if (vars === undefined || vars === null)
        return {};
    if (typeof vars !== 'object')
        throw (0, apiError_1.validation)('environment.variables', vars, 'Member must be a map');
    const out = {};
    let total = 0;
    for (const [k, v] of Object.entries(vars)) {
        if (!RE.envName.test(k))
            throw (0, apiError_1.validation)('environment.variables', k, `Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ${RE.envName.source.slice(1, -1)}]`);
        if (typeof v !== 'string')
            throw (0, apiError_1.validation)('environment.variables', v, 'Map values must be strings');
        out[k] = v;
        total += Buffer.byteLength(k) + Buffer.byteLength(v);
    }
    if (total > 4096) {
        throw (0, apiError_1.invalidParameter)(`Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${total}`);
    }
    return out;
}
/** AWS's wording when a policy does not allow the caller (e.g. another account's layer version not shared with it). */
function accessDenied(state, req, action, resource) {
    const c = req.caller ?? { accountId: state.accountId, userName: world_1.DEFAULT_USER };
    return new apiError_1.ApiError(403, 'AccessDeniedException', `User: arn:aws:iam::${c.accountId}:user/${c.userName} is not authorized to perform: lambda:${action} on resource: ${resource} because no resource-based policy allows the lambda:${action} action`);
}
/** Account and Region of a layer (version) ARN. */
function arnOwner(arn) {
    const parts = arn.split(':');
    return { region: parts[3], account: parts[4] };
}
/**
 * Another account's layer version the caller may read (GetLayerVersion, attach): live and granted to the caller's
 * account, organization or `*`; else AccessDenied (AWS does not say whether it exists).
 */
function readForeignLayerVersion(state, req, arn) {
    const found = state.directory?.findLayerVersion(arn);
    if (!found || found.version.deleted || !state.directory.mayRead(state.accountId, found.version))
        throw accessDenied(state, req, 'GetLayerVersion', arn);
    return found;
}
/**
 * Validates a Layers list: patterns, at most 5, no duplicates, every version in the function's Region, live, and
 * (another account's) granted to the caller.
 */
function checkLayers(state, layers, req) {
    layers.forEach((arn) => checkPattern('layers.member', arn, RE.layerVersionArn, 1, 140));
    if (layers.length > exports.MAX_LAYERS)
        throw (0, apiError_1.invalidParameter)(`Cannot reference more than ${exports.MAX_LAYERS} layers.`);
    const seen = new Set();
    return layers.map((arn) => {
        const unversioned = arn.replace(/:\d+$/, '');
        if (seen.has(unversioned))
            throw (0, apiError_1.invalidParameter)(`Two different versions of the same layer are not allowed to be referenced in the same function: ${unversioned}`);
        seen.add(unversioned);
        const owner = arnOwner(arn);
        if (owner.region !== state.region)
            throw (0, apiError_1.invalidParameter)(`Layers are not in the same region as the function. Layers are expected to be in region ${state.region}.`);
        if (owner.account !== state.accountId)
            return readForeignLayerVersion(state, req, arn).version;
        const v = state.layerVersionByArn(arn);
        if (!v || v.deleted)
            throw (0, apiError_1.invalidParameter)(`Layer version ${arn} does not exist.`);
        return v;
    });
}
/** 250 MB unzipped across the function's code and its layers. */
function checkUnzipped(codeUnzipped, layers) {
    const total = codeUnzipped + layers.reduce((sum, l) => sum + l.unzippedSize, 0);
    if (total > exports.MAX_UNZIPPED)
        throw (0, apiError_1.invalidParameter)(`Unzipped size must be smaller than ${exports.MAX_UNZIPPED} bytes: ${total}`);
}
/** Reads code from `ZipFile` (base64) or `S3Bucket`/`S3Key`, validates the archive and stores it. */
function acceptCode(state, code) {
    const zipFile = str(code, 'ZipFile');
    const bucket = str(code, 'S3Bucket');
    const key = str(code, 'S3Key');
    let data;
    if (zipFile !== undefined) {
        data = Buffer.from(zipFile, 'base64');
    }
    else if (bucket !== undefined && key !== undefined) {
        const obj = state.s3.getObject(bucket, key);
        if (!obj) {
            const code = state.s3.buckets.has(bucket) ? 'NoSuchKey' : 'NoSuchBucket';
            const text = code === 'NoSuchKey' ? 'The specified key does not exist.' : 'The specified bucket does not exist';
            throw (0, apiError_1.invalidParameter)(`Error occurred while GetObject. S3 Error Code: ${code}. S3 Error Message: ${text}`);
        }
        data = obj.data;
    }
    else {
        throw (0, apiError_1.invalidParameter)('Please provide a source for function code: ZipFile, or S3Bucket and S3Key.');
    }
    let unzipped;
    try {
        unzipped = (0, zipArchive_1.readZipSummary)(data).uncompressedSize;
    }
    catch (e) {
        if (e instanceof zipArchive_1.InvalidZipError)
            throw (0, apiError_1.invalidParameter)('Could not unzip uploaded file. Please check your file, then try to upload again.');
        throw e;
    }
    if (unzipped > exports.MAX_UNZIPPED)
        throw (0, apiError_1.invalidParameter)(`Unzipped size must be smaller than ${exports.MAX_UNZIPPED} bytes: ${unzipped}`);
    return state.putBlob(data, unzipped);
}
function checkRequestSize(req, operation) {
    if (req.bodyLength > exports.MAX_REQUEST_BYTES) {
        throw new apiError_1.ApiError(413, 'RequestEntityTooLargeException', `Request must be smaller than ${exports.MAX_REQUEST_BYTES} bytes for the ${operation} operation`);
    }
}
/** 412 on a stale RevisionId; 409 while the function is Pending or an update is in progress. */
function guardWrite(state, fn, revisionId, checkStatus = true) {
    if (revisionId !== undefined && revisionId !== fn.latest.revisionId) {
        throw (0, apiError_1.preconditionFailed)('The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id');
    }
    if (!checkStatus)
        return;
    const s = state.status(fn.latest);
    if (s.state === 'Pending')
        throw (0, apiError_1.conflict)(`The operation cannot be performed at this time. The function is currently in the following state: Pending`);
    if (s.lastUpdateStatus === 'InProgress')
        throw (0, apiError_1.conflict)(`The operation cannot be performed at this time. An update is in progress for resource: ${fn.arn}`);
}
function touch(state, v) {
    const t = state.now();
    v.lastModified = t;
    v.updatedAt = t + state.updateDelayMs;
    v.revisionId = state.nextRevisionId(v.version);
}
function publishFrom(state, fn, description) {
    const last = fn.versions[fn.versions.length - 1];
    const l = fn.latest;
    const same = last &&
        last.codeSha256 === l.codeSha256 &&
        JSON.stringify([
            last.runtime,
            last.handler,
            last.role,
            last.timeout,
            last.memorySize,
            last.environment,
            last.layers,
            last.architectures,
        ]) ===
            JSON.stringify([
                l.runtime,
                l.handler,
                l.role,
                l.timeout,
                l.memorySize,
                l.environment,
                l.layers,
                l.architectures,
            ]);
    if (last && same)
        return last; // AWS returns the existing version when nothing changed
    const t = state.now();
    const v = {
        ...l,
        version: String(fn.nextVersion++),
        description: description ?? l.description,
        layers: [...l.layers],
        architectures: [...l.architectures],
        environment: l.environment ? { ...l.environment } : undefined,
        lastModified: t,
        activeAt: t,
        updatedAt: t,
        revisionId: state.nextRevisionId(`${fn.name}:publish`),
    };
    fn.versions.push(v);
    return v;
}
route('GET', exports.API_FUNCTIONS, 'ListFunctions', (state, req) => {
    const all = req.query.get('FunctionVersion');
    if (all !== null && all !== 'ALL')
        throw (0, apiError_1.validation)('functionVersion', all, 'Member must satisfy enum value set: [ALL]');
    const max = Math.min(queryInt(req.query, 'MaxItems', 1, 10000) ?? exports.PAGE_CAP, exports.PAGE_CAP);
    const marker = decodeMarker(req.query.get('Marker'), (v) => typeof v.n === 'string' && typeof v.i === 'number');
    const names = state.functionNames();
    let idx = marker ? lowerBound(names, marker.n) : 0;
    let sub = marker && names[idx] === marker.n ? marker.i : 0;
    const out = [];
    let next;
    while (idx < names.length) {
        const fn = state.functions.get(names[idx]);
        const items = all ? [fn.latest, ...fn.versions] : [fn.latest];
        while (sub < items.length) {
            if (out.length === max) {
                next = encodeMarker({ n: fn.name, i: sub });
                break;
            }
            out.push(state.configurationJson(fn, items[sub], false));
            sub++;
        }
        if (next)
            break;
        idx++;
        sub = 0;
    }
    return { status: 200, body: next ? { Functions: out, NextMarker: next } : { Functions: out } };
});
route('GET', `${exports.API_FUNCTIONS}/{FunctionName}/versions`, 'ListVersionsByFunction', (state, req, [name]) => {
    const fn = findFunction(state, name);
    const max = Math.min(queryInt(req.query, 'MaxItems', 1, 10000) ?? exports.PAGE_CAP, exports.PAGE_CAP);
    const marker = decodeMarker(req.query.get('Marker'), (v) => typeof v.i === 'number');
    const items = [fn.latest, ...fn.versions];
    const start = marker?.i ?? 0;
    const page = items.slice(start, start + max).map((v) => state.configurationJson(fn, v, false));
    const body = { Versions: page };
    if (start + max < items.length)
        body.NextMarker = encodeMarker({ i: start + max });
    return { status: 200, body };
});
route('POST', exports.API_FUNCTIONS, 'CreateFunction', (state, req) => {
    checkRequestSize(req, 'CreateFunction');
    const j = req.json;
    const rawName = str(j, 'FunctionName');
    if (rawName === undefined)
        throw (0, apiError_1.validation)('functionName', 'null', 'Member must not be null');
    checkPattern('functionName', rawName, RE.functionName, 1, 140);
    const { name } = resolveFunctionName(state, rawName);
    const role = str(j, 'Role');
    if (role === undefined)
        throw (0, apiError_1.validation)('role', 'null', 'Member must not be null');
    checkPattern('role', role, RE.role, 1, 2048);
    const packageType = str(j, 'PackageType') ?? 'Zip';
    if (packageType !== 'Zip' && packageType !== 'Image')
        throw (0, apiError_1.validation)('packageType', packageType, 'Member must satisfy enum value set: [Image, Zip]');
    const runtime = str(j, 'Runtime');
    const handler = str(j, 'Handler');
    if (runtime !== undefined)
        checkRuntime('runtime', runtime);
    if (handler !== undefined)
        checkPattern('handler', handler, RE.handler, 0, 128);
    const description = str(j, 'Description') ?? '';
    if (description.length > 256)
        throw (0, apiError_1.validation)('description', description, 'Member must have length less than or equal to 256');
    const timeout = int(j, 'Timeout', 1, 900) ?? 3;
    const memorySize = int(j, 'MemorySize', 128, 10240) ?? 128;
    const architectures = strList(j, 'Architectures') ?? ['x86_64'];
    if (architectures.length !== 1)
        throw (0, apiError_1.validation)('architectures', architectures, 'Member must have length less than or equal to 1');
    architectures.forEach((a) => checkArchitecture('architectures.member', a));
    const environment = checkEnvironment(j);
    const layerArns = strList(j, 'Layers') ?? [];
    const code = (j.Code ?? undefined);
    if (!code)
        throw (0, apiError_1.validation)('code', 'null', 'Member must not be null');
    if (state.functions.has(name))
        throw (0, apiError_1.conflict)(`Function already exist: ${name}`);
    let blob;
    let imageUri;
    if (packageType === 'Image') {
        imageUri = str(code, 'ImageUri');
        if (!imageUri)
            throw (0, apiError_1.invalidParameter)('Source image is required for function with Image package type.');
        if (runtime || handler)
            throw (0, apiError_1.invalidParameter)('Runtime and Handler are not supported for functions with Image package type.');
        if (layerArns.length > 0)
            throw (0, apiError_1.invalidParameter)('Layers are not supported for Lambda functions with container image packaging.');
    }
    else {
        if (!runtime)
            throw (0, apiError_1.invalidParameter)('Runtime is required for .zip deployment packages.');
        if (!handler)
            throw (0, apiError_1.invalidParameter)('Handler is required for .zip deployment packages.');
        (0, runtimeDeprecation_1.checkRuntimeAllowed)(state, runtime, 'create');
    }
    const layers = checkLayers(state, layerArns, req);
    if (packageType === 'Zip') {
        blob = acceptCode(state, code);
        checkUnzipped(blob.unzippedSize, layers);
    }
    const t = state.now();
    const latest = {
        version: '$LATEST',
        packageType,
        runtime,
        handler,
        role,
        description,
        timeout,
        memorySize,
        architectures,
        environment,
        layers: layerArns,
        codeId: blob?.id,
        codeSha256: blob?.sha256 ?? imageDigest(imageUri ?? ''),
        codeSize: blob?.size ?? 0,
        imageUri,
        lastModified: t,
        revisionId: state.nextRevisionId(name),
        activeAt: t + state.updateDelayMs,
        updatedAt: t + state.updateDelayMs,
    };
    const fn = {
        name,
        arn: state.functionArn(name),
        latest,
        versions: [],
        nextVersion: 1,
        tags: {},
    };
    const tags = j.Tags;
    if (tags && typeof tags === 'object')
        fn.tags = { ...tags };
    state.addFunction(fn);
    if (j.Publish === true)
        publishFrom(state, fn, undefined);
    return { status: 201, body: state.configurationJson(fn, latest, true) };
});
/** A stable sha256-looking digest for an image URI. */
function imageDigest(uri) {
    return Buffer.from(uri.padEnd(32, '=')).subarray(0, 32).toString('hex').slice(0, 64);
}
function codeLocation(state, req, v) {
    if (v.packageType === 'Image')
        return {
            RepositoryType: 'ECR',
            ImageUri: v.imageUri,
            ResolvedImageUri: `${v.imageUri?.split(':')[0]}@sha256:${v.codeSha256}`,
        };
    const blob = v.codeId ? state.blobs.get(v.codeId) : undefined;
    return {
        RepositoryType: 'S3',
        Location: blob ? downloadUrl(state, req.baseUrl, state.downloadSecret, blob) : undefined,
    };
}
route('GET', `${exports.API_FUNCTIONS}/{FunctionName}`, 'GetFunction', (state, req, [name]) => {
    const { fn, v } = findVersion(state, name, req.query.get('Qualifier'));
    const body = {
        Configuration: state.configurationJson(fn, v, true),
        Code: codeLocation(state, req, v),
    };
    if (Object.keys(fn.tags).length > 0)
        body.Tags = fn.tags;
    return { status: 200, body };
});
route('GET', `${exports.API_FUNCTIONS}/{FunctionName}/configuration`, 'GetFunctionConfiguration', (state, req, [name]) => {
    const { fn, v } = findVersion(state, name, req.query.get('Qualifier'));
    return { status: 200, body: state.configurationJson(fn, v, true) };
});
route('PUT', `${exports.API_FUNCTIONS}/{FunctionName}/code`, 'UpdateFunctionCode', (state, req, [name]) => {
    checkRequestSize(req, 'UpdateFunctionCode');
    const fn = findFunction(state, name);
    const j = req.json;
    guardWrite(state, fn, str(j, 'RevisionId'));
    const l = fn.latest;
    (0, runtimeDeprecation_1.checkRuntimeAllowed)(state, l.runtime, 'update');
    if (l.packageType === 'Image') {
        const imageUri = str(j, 'ImageUri');
        if (!imageUri)
            throw (0, apiError_1.invalidParameter)('Please provide ImageUri when updating a function with packageType Image.');
        if (j.DryRun === true)
            return { status: 200, body: state.configurationJson(fn, l, true) };
        l.imageUri = imageUri;
        l.codeSha256 = imageDigest(imageUri);
    }
    else {
        if (str(j, 'ImageUri') !== undefined)
            throw (0, apiError_1.invalidParameter)("Please don't provide ImageUri when updating a function with packageType Zip.");
        const blob = acceptCode(state, j);
        checkUnzipped(blob.unzippedSize, l.layers.map((arn) => state.anyLayerVersionByArn(arn)).filter((x) => !!x));
        if (j.DryRun === true)
            return { status: 200, body: state.configurationJson(fn, l, true) };
        l.codeId = blob.id;
        l.codeSha256 = blob.sha256;
        l.codeSize = blob.size;
    }
    const arch = strList(j, 'Architectures');
    if (arch) {
        arch.forEach((a) => checkArchitecture('architectures.member', a));
        l.architectures = arch.slice(0, 1);
    }
    touch(state, l);
    if (j.Publish === true)
        publishFrom(state, fn, undefined);
    return { status: 200, body: state.configurationJson(fn, l, true) };
});
route('PUT', `${exports.API_FUNCTIONS}/{FunctionName}/configuration`, 'UpdateFunctionConfiguration', (state, req, [name]) => {
    const fn = findFunction(state, name);
    const j = req.json;
    const l = fn.latest;
    // Validate everything before the guards' side-effect-free checks and before changing anything.
    const role = str(j, 'Role');
    if (role !== undefined)
        checkPattern('role', role, RE.role, 1, 2048);
    const handler = str(j, 'Handler');
    if (handler !== undefined)
        checkPattern('handler', handler, RE.handler, 0, 128);
    const description = str(j, 'Description');
    if (description !== undefined && description.length > 256)
        throw (0, apiError_1.validation)('description', description, 'Member must have length less than or equal to 256');
    const timeout = int(j, 'Timeout', 1, 900);
    const memorySize = int(j, 'MemorySize', 128, 10240);
    const runtime = str(j, 'Runtime');
    if (runtime !== undefined)
        checkRuntime('runtime', runtime);
    const environment = checkEnvironment(j);
    const layerArns = strList(j, 'Layers');
    guardWrite(state, fn, str(j, 'RevisionId'));
    // Moving a function off a blocked runtime is the one change AWS still allows; a move to one is refused.
    if (runtime !== undefined && runtime !== l.runtime)
        (0, runtimeDeprecation_1.checkRuntimeAllowed)(state, runtime, 'create');
    else
        (0, runtimeDeprecation_1.checkRuntimeAllowed)(state, l.runtime, 'update');
    if (l.packageType === 'Image' && (runtime !== undefined || handler !== undefined)) {
        throw (0, apiError_1.invalidParameter)('Runtime and Handler are not supported for functions with Image package type.');
    }
    if (layerArns !== undefined) {
        if (l.packageType === 'Image' && layerArns.length > 0)
            throw (0, apiError_1.invalidParameter)('Layers are not supported for Lambda functions with container image packaging.');
        const layers = checkLayers(state, layerArns, req);
        const blob = l.codeId ? state.blobs.get(l.codeId) : undefined;
        checkUnzipped(blob?.unzippedSize ?? 0, layers);
    }
    if (role !== undefined)
        l.role = role;
    if (handler !== undefined)
        l.handler = handler;
    if (description !== undefined)
        l.description = description;
    if (timeout !== undefined)
        l.timeout = timeout;
    if (memorySize !== undefined)
        l.memorySize = memorySize;
    if (runtime !== undefined)
        l.runtime = runtime;
    if (environment !== undefined)
        l.environment = Object.keys(environment).length > 0 ? environment : undefined;
    if (layerArns !== undefined)
        l.layers = [...layerArns];
    touch(state, l);
    return { status: 200, body: state.configurationJson(fn, l, true) };
});
route('POST', `${exports.API_FUNCTIONS}/{FunctionName}/versions`, 'PublishVersion', (state, req, [name]) => {
    const fn = findFunction(state, name);
    const j = req.json;
    guardWrite(state, fn, str(j, 'RevisionId'));
    (0, runtimeDeprecation_1.checkRuntimeAllowed)(state, fn.latest.runtime, 'update');
    const sha = str(j, 'CodeSha256');
    if (sha !== undefined && sha !== fn.latest.codeSha256) {
        throw (0, apiError_1.invalidParameter)(`CodeSHA256 (${sha}) is different from current CodeSHA256 in $LATEST (${fn.latest.codeSha256}). Please try again with the CodeSHA256 in $LATEST.`);
    }
    const description = str(j, 'Description');
    if (description !== undefined && description.length > 256)
        throw (0, apiError_1.validation)('description', description, 'Member must have length less than or equal to 256');
    const v = publishFrom(state, fn, description);
    return { status: 201, body: state.configurationJson(fn, v, true) };
});
// ---------- layers ----------
/**
 * Accepts a layer name or a layer ARN of this account/Region; undefined name when the ARN is of this account in
 * another Region. Another account's ARN: only its owner may do `denied.action` → AccessDenied on `denied.resource`
 * (the layer ARN, plus `:version` when given).
 */
function resolveLayerName(state, raw, denied) {
    checkPattern('layerName', raw, RE.layerName, 1, 140);
    if (!raw.startsWith('arn:'))
        return raw;
    const m = /^arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+)$/.exec(raw);
    if (denied && m[2] !== state.accountId) {
        const resource = denied.version === undefined ? raw : `${raw}:${denied.version}`;
        throw accessDenied(state, denied.req, denied.action, resource);
    }
    return m[1] === state.region && m[2] === state.accountId ? m[3] : undefined;
}
/** A layer name that is another account's layer ARN (`arn:…:<other account>:layer:<name>`). */
function isForeignLayerArn(state, raw) {
    return raw.startsWith('arn:') && RE.layerName.test(raw) && arnOwner(raw).account !== state.accountId;
}
function versionNumber(raw) {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n))
        throw (0, apiError_1.validation)('versionNumber', raw, 'Member must be a long');
    return n;
}
function findLayerVersion(state, rawName, rawVersion, denied) {
    const name = resolveLayerName(state, rawName, denied && { ...denied, version: rawVersion });
    const version = versionNumber(rawVersion);
    const v = name === undefined ? undefined : state.layerVersion(name, version);
    if (!v)
        throw (0, apiError_1.notFound)('The resource you requested does not exist.');
    return v;
}
function layerVersionListItem(v) {
    const out = {
        LayerVersionArn: v.arn,
        Version: v.version,
        Description: v.description,
        CreatedDate: (0, emulatorState_1.awsTimestamp)(v.createdDate),
        CompatibleRuntimes: v.compatibleRuntimes,
        CompatibleArchitectures: v.compatibleArchitectures,
    };
    if (v.licenseInfo !== undefined)
        out.LicenseInfo = v.licenseInfo;
    return out;
}
function layerVersionJson(state, req, v) {
    const blob = state.blobs.get(v.codeId);
    return {
        Content: {
            Location: blob ? downloadUrl(state, req.baseUrl, state.downloadSecret, blob) : undefined,
            CodeSha256: v.codeSha256,
            CodeSize: v.codeSize,
        },
        LayerArn: state.layerArn(v.layerName),
        ...layerVersionListItem(v),
    };
}
function layerFilter(query) {
    const runtime = query.get('CompatibleRuntime');
    const arch = query.get('CompatibleArchitecture');
    if (runtime !== null)
        checkRuntime('compatibleRuntime', runtime);
    if (arch !== null)
        checkArchitecture('compatibleArchitecture', arch);
    return (v) => !v.deleted &&
        (runtime === null || v.compatibleRuntimes.includes(runtime)) &&
        (arch === null || v.compatibleArchitectures.includes(arch));
}
route('GET', exports.API_LAYERS, 'ListLayers', (state, req) => {
    const max = queryInt(req.query, 'MaxItems', 1, 50) ?? exports.PAGE_CAP;
    const matches = layerFilter(req.query);
    const marker = decodeMarker(req.query.get('Marker'), (v) => typeof v.n === 'string');
    const names = state.layerNames();
    const out = [];
    let next;
    for (let i = marker ? lowerBound(names, marker.n) : 0; i < names.length; i++) {
        const layer = state.layers.get(names[i]);
        let latest;
        for (let n = layer.nextVersion - 1; n >= 1 && !latest; n--) {
            const v = layer.versions.get(n);
            if (v && matches(v))
                latest = v;
        }
        if (!latest)
            continue;
        if (out.length === max) {
            next = encodeMarker({ n: layer.name });
            break;
        }
        out.push({
            LayerName: layer.name,
            LayerArn: layer.arn,
            LatestMatchingVersion: layerVersionListItem(latest),
        });
    }
    return { status: 200, body: next ? { Layers: out, NextMarker: next } : { Layers: out } };
});
route('GET', `${exports.API_LAYERS}/{LayerName}/versions`, 'ListLayerVersions', (state, req, [rawName]) => {
    const name = resolveLayerName(state, rawName, { req, action: 'ListLayerVersions' });
    const max = queryInt(req.query, 'MaxItems', 1, 50) ?? exports.PAGE_CAP;
    const matches = layerFilter(req.query);
    const marker = decodeMarker(req.query.get('Marker'), (v) => typeof v.v === 'number');
    const layer = name === undefined ? undefined : state.layers.get(name);
    const out = [];
    let next;
    if (layer) {
        for (let n = marker?.v ?? layer.nextVersion - 1; n >= 1; n--) {
            const v = layer.versions.get(n);
            if (!v || !matches(v))
                continue;
            if (out.length === max) {
                next = encodeMarker({ v: n });
                break;
            }
            out.push(layerVersionListItem(v));
        }
    }
    return { status: 200, body: next ? { LayerVersions: out, NextMarker: next } : { LayerVersions: out } };
});
route('POST', `${exports.API_LAYERS}/{LayerName}/versions`, 'PublishLayerVersion', (state, req, [rawName]) => {
    checkRequestSize(req, 'PublishLayerVersion');
    const j = req.json;
    const name = resolveLayerName(state, rawName, { req, action: 'PublishLayerVersion' });
    if (name === undefined)
        throw accessDenied(state, req, 'PublishLayerVersion', rawName);
    const description = str(j, 'Description') ?? '';
    if (description.length > 256)
        throw (0, apiError_1.validation)('description', description, 'Member must have length less than or equal to 256');
    const license = str(j, 'LicenseInfo');
    if (license !== undefined && license.length > 512)
        throw (0, apiError_1.validation)('licenseInfo', license, 'Member must have length less than or equal to 512');
    const runtimes = strList(j, 'CompatibleRuntimes') ?? [];
    if (runtimes.length > 15)
        throw (0, apiError_1.validation)('compatibleRuntimes', runtimes, 'Member must have length less than or equal to 15');
    runtimes.forEach((r) => checkRuntime('compatibleRuntimes.member', r));
    const archs = strList(j, 'CompatibleArchitectures') ?? [];
    if (archs.length > 2)
        throw (0, apiError_1.validation)('compatibleArchitectures', archs, 'Member must have length less than or equal to 2');
    archs.forEach((a) => checkArchitecture('compatibleArchitectures.member', a));
    const content = j.Content;
    if (!content || typeof content !== 'object')
        throw (0, apiError_1.validation)('content', 'null', 'Member must not be null');
    const blob = acceptCode(state, content);
    const layer = state.layer(name);
    const version = layer.nextVersion++;
    const v = {
        layerName: name,
        version,
        arn: `${layer.arn}:${version}`,
        description,
        createdDate: state.now(),
        compatibleRuntimes: runtimes,
        compatibleArchitectures: archs,
        licenseInfo: license,
        codeId: blob.id,
        codeSha256: blob.sha256,
        codeSize: blob.size,
        unzippedSize: blob.unzippedSize,
        deleted: false,
        policy: { revisionId: state.nextRevisionId(`${name}:${version}:policy`), statements: [] },
    };
    layer.versions.set(version, v);
    return { status: 201, body: layerVersionJson(state, req, v) };
});
route('GET', `${exports.API_LAYERS}/{LayerName}/versions/{VersionNumber}`, 'GetLayerVersion', (state, req, [name, version]) => {
    if (isForeignLayerArn(state, name)) {
        const found = readForeignLayerVersion(state, req, `${name}:${versionNumber(version)}`);
        return { status: 200, body: layerVersionJson(found.owner, req, found.version) };
    }
    return { status: 200, body: layerVersionJson(state, req, findLayerVersion(state, name, version)) };
});
function getLayerVersionByArn(state, req) {
    const arn = req.query.get('Arn');
    if (arn === null)
        throw (0, apiError_1.validation)('arn', 'null', 'Member must not be null');
    checkPattern('arn', arn, RE.layerVersionArn, 1, 140);
    if (arnOwner(arn).account !== state.accountId) {
        const found = readForeignLayerVersion(state, req, arn);
        return { status: 200, body: layerVersionJson(found.owner, req, found.version) };
    }
    const v = state.layerVersionByArn(arn);
    if (!v || v.deleted)
        throw (0, apiError_1.notFound)('The resource you requested does not exist.');
    return { status: 200, body: layerVersionJson(state, req, v) };
}
route('DELETE', `${exports.API_LAYERS}/{LayerName}/versions/{VersionNumber}`, 'DeleteLayerVersion', (state, req, [rawName, rawVersion]) => {
    const name = resolveLayerName(state, rawName, {
        req,
        action: 'DeleteLayerVersion',
        version: rawVersion,
    });
    const version = versionNumber(rawVersion);
    const v = name === undefined ? undefined : state.layers.get(name)?.versions.get(version);
    if (v)
        v.deleted = true; // idempotent: deleting a missing version also answers 204
    return { status: 204 };
});
function policyDocument(v) {
    return JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: v.policy.statements });
}
route('GET', `${exports.API_LAYERS}/{LayerName}/versions/{VersionNumber}/policy`, 'GetLayerVersionPolicy', (state, req, [name, version]) => {
    const v = findLayerVersion(state, name, version, { req, action: 'GetLayerVersionPolicy' });
    if (v.policy.statements.length === 0)
        throw (0, apiError_1.notFound)('No policy is associated with the given resource.');
    return { status: 200, body: { Policy: policyDocument(v), RevisionId: v.policy.revisionId } };
});
route('POST', `${exports.API_LAYERS}/{LayerName}/versions/{VersionNumber}/policy`, 'AddLayerVersionPermission', (state, req, [name, version]) => {
    const j = req.json;
    const sid = str(j, 'StatementId');
    const action = str(j, 'Action');
    const principal = str(j, 'Principal');
    const org = str(j, 'OrganizationId');
    if (sid === undefined)
        throw (0, apiError_1.validation)('statementId', 'null', 'Member must not be null');
    if (action === undefined)
        throw (0, apiError_1.validation)('action', 'null', 'Member must not be null');
    if (principal === undefined)
        throw (0, apiError_1.validation)('principal', 'null', 'Member must not be null');
    checkPattern('statementId', sid, RE.statementId, 1, 100);
    checkPattern('action', action, RE.action, 0, 22);
    checkPattern('principal', principal, RE.principal, 0, 2048);
    if (org !== undefined)
        checkPattern('organizationId', org, RE.organizationId, 0, 34);
    const v = findLayerVersion(state, name, version, { req, action: 'AddLayerVersionPermission' });
    const revisionId = req.query.get('RevisionId');
    if (revisionId !== null && revisionId !== v.policy.revisionId) {
        throw (0, apiError_1.preconditionFailed)('The Revision Id provided does not match the latest Revision Id. Call the GetLayerVersionPolicy API to retrieve the latest Revision Id');
    }
    if (org !== undefined && principal !== '*')
        throw (0, apiError_1.invalidParameter)(`Principal must be '*' when OrganizationId is given: ${principal}`);
    if (v.policy.statements.some((s) => s.Sid === sid)) {
        throw (0, apiError_1.conflict)(`The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
    }
    const account = /^\d{12}$/.test(principal) ? principal : /::(\d{12}):root$/.exec(principal)?.[1];
    const statement = {
        Sid: sid,
        Effect: 'Allow',
        Principal: account ? { AWS: `arn:aws:iam::${account}:root` } : '*',
        Action: 'lambda:GetLayerVersion',
        Resource: v.arn,
    };
    if (org !== undefined)
        statement.Condition = { StringEquals: { 'aws:PrincipalOrgID': org } };
    v.policy.statements.push(statement);
    v.policy.revisionId = state.nextRevisionId(`${v.arn}:policy`);
    return { status: 201, body: { Statement: JSON.stringify(statement), RevisionId: v.policy.revisionId } };
});
route('DELETE', `${exports.API_LAYERS}/{LayerName}/versions/{VersionNumber}/policy/{StatementId}`, 'RemoveLayerVersionPermission', (state, req, [name, version, sid]) => {
    checkPattern('statementId', sid, RE.statementId, 1, 100);
    const v = findLayerVersion(state, name, version, { req, action: 'RemoveLayerVersionPermission' });
    const revisionId = req.query.get('RevisionId');
    if (revisionId !== null && revisionId !== v.policy.revisionId) {
        throw (0, apiError_1.preconditionFailed)('The Revision Id provided does not match the latest Revision Id. Call the GetLayerVersionPolicy API to retrieve the latest Revision Id');
    }
    const idx = v.policy.statements.findIndex((s) => s.Sid === sid);
    if (idx < 0)
        throw (0, apiError_1.notFound)(`Statement ${sid} is not found in resource policy.`);
    v.policy.statements.splice(idx, 1);
    v.policy.revisionId = state.nextRevisionId(`${v.arn}:policy`);
    return { status: 204 };
});
//# sourceMappingURL=lambdaApi.js.map