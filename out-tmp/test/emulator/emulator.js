"use strict";
// A loopback HTTP server that answers like AWS Lambda (REST-JSON, 16 operations + GetLayerVersionByArn), plus a
// path-style S3 subset (buckets have an owner account; ExpectedBucketOwner is enforced), STS GetCallerIdentity, code download links, fault injection, a rate limit and an admin API under /_emulator/.
Object.defineProperty(exports, "__esModule", { value: true });
exports.startEmulator = startEmulator;
const node_crypto_1 = require("node:crypto");
const node_http_1 = require("node:http");
const requestBody_1 = require("./requestBody");
const apiError_1 = require("./apiError");
const lambdaApi_1 = require("./lambdaApi");
const s3Store_1 = require("./s3Store");
const runtimeDeprecation_1 = require("./runtimeDeprecation");
const stsApi_1 = require("./stsApi");
const multiSeed_1 = require("./multiSeed");
const seeds_1 = require("./seeds");
const world_1 = require("./world");
/** An entity tag from an If-Match / If-Range header list matches (strong comparison; `*` matches any). */
function etagMatches(header, etag) {
    return header
        .split(',')
        .map((t) => t.trim())
        .some((t) => t === '*' || t === etag);
}
/**
 * A code download, as S3 answers GetObject: `If-Match` that does not match → 412 PreconditionFailed;
 * `If-Range` that does not match the current ETag → the whole object (200), so a reader never splices bytes
 * of two different objects (RFC 9110 §13.1.1, §13.1.5).
 */
function downloadReply(data, etag, headers, head) {
    const ifMatch = headers['if-match'];
    if (ifMatch !== undefined && !etagMatches(ifMatch, etag))
        return (0, s3Store_1.s3Error)(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', head ? 'HEAD' : 'GET');
    const ifRange = headers['if-range'];
    const range = ifRange !== undefined && ifRange.trim() !== etag ? undefined : headers.range;
    return (0, s3Store_1.rangeReply)(data, range, { 'content-type': 'application/zip', etag }, head);
}
const MAX_BODY = 600 * 1024 * 1024;
function readBody(req) {
    return new Promise((resolve, reject) => {
        // With a Content-Length, the body is read into one buffer of that size (no second copy of a 70 MB upload).
        const declared = Number(req.headers['content-length']);
        const into = Number.isSafeInteger(declared) && declared > 0 && declared <= MAX_BODY
            ? Buffer.allocUnsafe(declared)
            : undefined;
        const chunks = [];
        let filled = 0;
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (into && chunks.length === 0 && filled + c.length <= into.length) {
                c.copy(into, filled);
                filled += c.length;
            }
            else if (size <= MAX_BODY)
                chunks.push(c);
        });
        req.on('end', () => {
            const head = into?.subarray(0, filled);
            if (chunks.length === 0)
                resolve(head ?? Buffer.alloc(0));
            else
                resolve(Buffer.concat(head ? [head, ...chunks] : chunks));
        });
        req.on('error', reject);
    });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function send(res, reply) {
    const headers = { ...reply.headers };
    if (reply.body !== undefined && headers['content-length'] === undefined)
        headers['content-length'] = String(Buffer.byteLength(reply.body));
    if (reply.body === undefined && headers['content-length'] === undefined)
        headers['content-length'] = '0';
    res.writeHead(reply.status, headers);
    res.end(reply.body);
}
function lambdaReply(status, body, extraHeaders = {}) {
    const headers = { 'x-amzn-requestid': (0, node_crypto_1.randomUUID)(), ...extraHeaders };
    if (status === 204 || body === undefined)
        return { status, headers };
    return { status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
function errorReply(e) {
    return lambdaReply(e.status, e.body(), { 'x-amzn-errortype': e.code, ...e.extra.headers });
}
/** AWS answers unsigned requests with 403; malformed Authorization headers with IncompleteSignatureException. */
function authProblem(req, query) {
    const auth = req.headers.authorization;
    if (auth === undefined) {
        if (query.has('X-Amz-Signature'))
            return undefined;
        return new apiError_1.ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    }
    if (!/^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[^/]+\/[^/]+\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]+$/.test(auth)) {
        return new apiError_1.ApiError(403, 'IncompleteSignatureException', `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters: ${auth.split(' ')[0]}`);
    }
    return undefined;
}
async function startEmulator(options = {}) {
    const world = new world_1.EmulatorWorld(options.accountId ?? '123456789012', options.region ?? 'us-east-1', options.now ?? Date.now, options.updateDelayMs ?? 300);
    const state = world.defaultState;
    // Deprecation dates are judged by `today` in every (account, Region) state, the ones made later too.
    if (options.today) {
        const today = options.today;
        world.onNewState = (s) => (0, runtimeDeprecation_1.setRuntimeClock)(s, today);
        (0, runtimeDeprecation_1.setRuntimeClock)(state, today);
    }
    if (options.seed === 'multi')
        (0, multiSeed_1.loadMultiSeed)(world);
    else
        (0, seeds_1.applySeed)(state, options.seed);
    for (const [key, c] of Object.entries(options.accessKeys ?? {}))
        world.accessKeys.set(key, { accountId: c.accountId, userName: c.userName ?? 'developer' });
    for (const [account, org] of Object.entries(options.organizations ?? {}))
        world.organizations.set(account, org);
    const calls = [];
    const downloads = new Map();
    let faults = [];
    let rateLimit = options.rateLimitPerSecond;
    const recent = [];
    const setFaults = (rules) => {
        faults = rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
    };
    setFaults(options.faults ?? []);
    /** The first fault that fires for this call; every matching rule counts the call. */
    function pickFaults(operation) {
        const fired = [];
        for (const f of faults) {
            const op = f.rule.operation;
            if (op !== undefined && op !== '*' && op !== operation)
                continue;
            f.seen++;
            if (f.rule.every !== undefined && f.seen % f.rule.every !== 0)
                continue;
            if (f.rule.times !== undefined && f.fired >= f.rule.times)
                continue;
            f.fired++;
            fired.push(f.rule);
        }
        return fired;
    }
    function overRateLimit() {
        if (rateLimit === undefined)
            return false;
        const t = Date.now();
        while (recent.length > 0 && recent[0] <= t - 1000)
            recent.shift();
        if (recent.length >= rateLimit)
            return true;
        recent.push(t);
        return false;
    }
    let baseUrl = '';
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://emulator');
        const method = req.method ?? 'GET';
        const path = url.pathname;
        const query = url.searchParams;
        const body = await readBody(req);
        const requestBase = req.headers.host ? `http://${req.headers.host}` : baseUrl;
        if (path.startsWith('/_emulator/code/')) {
            if (options.latencyMs)
                await sleep(options.latencyMs);
            // A link is served from the store of the account and Region that issued it (named by its credential).
            const owner = world.stateForDownload(query) ?? state;
            const verdict = (0, lambdaApi_1.verifyDownload)(owner, owner.downloadSecret, path, query);
            const blob = owner.blobs.get(path.slice('/_emulator/code/'.length));
            let reply;
            if (verdict === 'expired')
                reply = (0, s3Store_1.s3Error)(403, 'AccessDenied', 'Request has expired', method);
            else if (verdict === 'forged' || !blob)
                reply = (0, s3Store_1.s3Error)(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', method);
            else
                reply = downloadReply(blob.data, `"${blob.id.slice(0, 32)}"`, req.headers, method === 'HEAD');
            calls.push({ operation: 'DownloadCode', method, path, status: reply.status, at: Date.now() });
            const key = path.slice('/_emulator/code/'.length);
            const stat = downloads.get(key) ?? { requests: 0, bytes: 0 };
            stat.requests++;
            stat.bytes += reply.body === undefined ? 0 : Buffer.byteLength(reply.body);
            downloads.set(key, stat);
            return send(res, reply);
        }
        if (path.startsWith('/_emulator/'))
            return send(res, admin(method, path, body));
        const isLambda = path.startsWith('/2015-03-31/') || path === '/2015-03-31' || path.startsWith('/2018-10-31/');
        const isSts = !isLambda && (0, stsApi_1.isStsRequest)(method, path, req.headers['content-type']);
        const routeMatch = isLambda ? (0, lambdaApi_1.matchLambdaRoute)(method, path, query) : undefined;
        const operation = isLambda
            ? (routeMatch?.operation ?? 'UnknownOperation')
            : isSts
                ? (0, stsApi_1.stsOperationName)(body)
                : (0, s3Store_1.s3OperationName)(method, path, query);
        const record = (status) => {
            calls.push({ operation, method, path, status, at: Date.now() });
        };
        const auth = authProblem(req, query);
        if (auth) {
            const reply = isLambda
                ? errorReply(auth)
                : isSts
                    ? (0, stsApi_1.stsError)(403, auth.code, auth.message)
                    : (0, s3Store_1.s3Error)(403, 'AccessDenied', auth.message, method);
            record(reply.status);
            return send(res, reply);
        }
        if (options.latencyMs)
            await sleep(options.latencyMs);
        let lost;
        for (const rule of pickFaults(operation)) {
            if (rule.kind === 'lost') {
                lost = rule;
                continue;
            }
            if (rule.kind === 'latency') {
                await sleep(rule.latencyMs ?? 1000);
                continue;
            }
            if (rule.kind === 'drop') {
                record(0);
                req.socket.destroy();
                return;
            }
            let reply;
            if (rule.kind === 'throttle') {
                reply = isLambda
                    ? errorReply((0, apiError_1.throttled)(rule.retryAfterSeconds ?? 1, 'CallerRateLimitExceeded'))
                    : isSts
                        ? (0, stsApi_1.stsError)(400, 'Throttling', 'Rate exceeded')
                        : (0, s3Store_1.s3Error)(503, 'SlowDown', 'Please reduce your request rate.', method);
            }
            else {
                reply = isLambda
                    ? errorReply(new apiError_1.ApiError(500, 'ServiceException', 'An internal error occurred (injected fault).'))
                    : isSts
                        ? (0, stsApi_1.stsError)(500, 'InternalFailure', 'An internal error occurred (injected fault).')
                        : (0, s3Store_1.s3Error)(500, 'InternalError', 'We encountered an internal error. Please try again.', method);
            }
            record(reply.status);
            return send(res, reply);
        }
        if (isLambda && overRateLimit()) {
            const reply = errorReply((0, apiError_1.throttled)(1, 'CallerRateLimitExceeded'));
            record(reply.status);
            return send(res, reply);
        }
        // The caller's account (from the access key id) in the Region of the credential scope.
        const callerState = world.stateForRequest(req.headers.authorization, query);
        const caller = world.callerFor((0, world_1.credentialScope)(req.headers.authorization, query)?.accessKeyId);
        let reply;
        if (isSts) {
            // GetCallerIdentity answers with the account of the access key that signed the request.
            reply = (0, stsApi_1.handleSts)(body, caller.accountId);
        }
        else if (!isLambda) {
            reply = callerState.s3.handle({ method, path, query, headers: req.headers, body }, callerState.now());
        }
        else if (!routeMatch) {
            reply = errorReply(new apiError_1.ApiError(404, 'UnknownOperationException', `Unknown operation: ${method} ${path}`));
        }
        else {
            try {
                let json = {};
                if (body.length > 0 && body.length <= 70 * 1024 * 1024) {
                    try {
                        const parsed = (0, requestBody_1.parseRequestBody)(body);
                        if (parsed && typeof parsed === 'object')
                            json = parsed;
                    }
                    catch {
                        throw new apiError_1.ApiError(400, 'SerializationException', 'Could not parse request body into json');
                    }
                }
                const lambdaRequest = {
                    method,
                    path,
                    query,
                    json,
                    bodyLength: body.length,
                    baseUrl: requestBase,
                    caller,
                };
                const out = routeMatch.handler(callerState, lambdaRequest, routeMatch.params);
                reply = lambdaReply(out.status, out.body);
            }
            catch (e) {
                reply = errorReply(e instanceof apiError_1.ApiError ? e : new apiError_1.ApiError(500, 'ServiceException', `Emulator failure: ${String(e)}`));
            }
        }
        if (lost) {
            record(0);
            if (lost.latencyMs === undefined)
                return void req.socket.destroy();
            await sleep(lost.latencyMs);
            if (req.socket.destroyed)
                return;
        }
        else
            record(reply.status);
        send(res, reply);
    }
    function admin(method, path, body) {
        const json = (status, value) => ({
            status,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(value),
        });
        const parse = () => (body.length > 0 ? JSON.parse(body.toString('utf8')) : null);
        try {
            if (method === 'GET' && path === '/_emulator/health') {
                return json(200, {
                    ok: true,
                    functions: state.functions.size,
                    layers: state.layers.size,
                    accountId: state.accountId,
                    region: state.region,
                });
            }
            if (method === 'GET' && path === '/_emulator/calls')
                return json(200, calls);
            if (method === 'POST' && path === '/_emulator/calls/reset') {
                calls.length = 0;
                return json(200, { ok: true });
            }
            if (method === 'GET' && path === '/_emulator/downloads')
                return json(200, Object.fromEntries(downloads));
            if (method === 'POST' && path === '/_emulator/downloads/reset') {
                downloads.clear();
                return json(200, { ok: true });
            }
            if (method === 'POST' && path === '/_emulator/faults') {
                const rules = parse();
                if (!Array.isArray(rules))
                    return json(400, { message: 'Expected a JSON array of fault rules' });
                setFaults(rules);
                return json(200, { ok: true, faults: rules.length });
            }
            if (method === 'POST' && path === '/_emulator/rate-limit') {
                const v = parse();
                rateLimit = v?.perSecond ?? undefined;
                return json(200, { ok: true, perSecond: rateLimit ?? null });
            }
            const m = /^\/_emulator\/state\/functions\/([^/]+)$/.exec(path);
            if (method === 'GET' && m) {
                const name = decodeURIComponent(m[1]);
                const fn = state.functions.get(name);
                if (!fn)
                    return json(404, { message: `Function not found: ${name}` });
                return json(200, {
                    configuration: state.functionConfiguration(name),
                    versions: fn.versions.map((v) => state.configurationJson(fn, v, true)),
                    tags: fn.tags,
                });
            }
            return json(404, { message: `Unknown admin route: ${method} ${path}` });
        }
        catch (e) {
            return json(400, { message: `Bad admin request: ${String(e)}` });
        }
    }
    const server = (0, node_http_1.createServer)((req, res) => {
        handle(req, res).catch((e) => {
            if (!res.headersSent)
                send(res, errorReply(new apiError_1.ApiError(500, 'ServiceException', `Emulator failure: ${String(e)}`)));
            else
                res.destroy();
        });
    });
    server.keepAliveTimeout = 5000;
    const host = options.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address();
    baseUrl = `http://${host}:${port}`;
    return {
        endpoint: baseUrl,
        state,
        world,
        calls,
        downloads,
        resetCalls: () => {
            calls.length = 0;
        },
        setFaults,
        setRateLimit: (perSecond) => {
            rateLimit = perSecond;
        },
        stop: () => new Promise((resolve, reject) => {
            server.close((err) => (err ? reject(err) : resolve()));
            server.closeAllConnections();
        }),
    };
}
//# sourceMappingURL=emulator.js.map