// A loopback HTTP server that answers like AWS Lambda (REST-JSON, 16 operations + GetLayerVersionByArn), plus a
// path-style S3 subset (buckets have an owner account; ExpectedBucketOwner is enforced), STS GetCallerIdentity, code download links, fault injection, a rate limit and an admin API under /_emulator/.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRequestBody } from './requestBody';
import { ApiError, throttled } from './apiError';
import type { EmulatorState } from './emulatorState';
import type { LambdaRequest } from './lambdaApi';
import { matchLambdaRoute, verifyDownload } from './lambdaApi';
import type { HttpReply } from './s3Store';
import { rangeReply, s3Error, s3OperationName } from './s3Store';
import { setRuntimeClock } from './runtimeDeprecation';
import { handleSts, isStsRequest, stsError, stsOperationName } from './stsApi';
import { loadMultiSeed } from './multiSeed';
import { applySeed } from './seeds';
import type { Caller } from './world';
import { EmulatorWorld, credentialScope } from './world';

export interface EmulatorOptions {
  /** 0 / undefined = a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * `'empty'` (default), `'sample'`, `'scale'`, `'multi'` (several accounts and Regions, see multiSeed.ts), or a
   * path to a JSON seed file (see seeds.ts SeedFile).
   */
  seed?: string;
  /** Added to every Lambda/S3 request. */
  latencyMs?: number;
  /** How long InProgress → Successful and Pending → Active take. Default 300. */
  updateDelayMs?: number;
  /** Control-plane (Lambda) requests per second; off by default. Excess → 429. */
  rateLimitPerSecond?: number;
  faults?: FaultRule[];
  /** The account of callers whose access key is not in `accessKeys`. Default '123456789012'. */
  accountId?: string;
  /** Access key id → caller account (and IAM user name for AccessDenied messages); added to the seed's. */
  accessKeys?: Record<string, { accountId: string; userName?: string }>;
  /** Account → organization id (`aws:PrincipalOrgID` of layer grants); added to the seed's. */
  organizations?: Record<string, string>;
  /** Default 'us-east-1'. */
  region?: string;
  /** The clock for status transitions and download-link expiry; tests inject it to skip 10 minutes. */
  now?: () => number;
  /** The clock runtime deprecation dates are judged by (default: `now`); tests pin a day. */
  today?: () => number;
}

/**
 * A fault: applies to calls of `operation` (absent or '*' = any Lambda/S3 operation). Without `every`/`times`
 * it fires on every matching call; `every: N` fires on the N-th, 2N-th, …; `times: N` stops after N firings
 * (so `{times: 2}` alone = the first 2 calls).
 */
export interface FaultRule {
  operation?: string;
  /**
   * 'drop': the connection is closed before the operation runs. 'lost': the operation runs (a version is published,
   * a function created) and its answer is lost: never sent (the connection is closed), or sent only after
   * `latencyMs`, later than a client's shorter socket timeout.
   */
  kind: 'throttle' | 'error' | 'drop' | 'latency' | 'lost';
  every?: number;
  times?: number;
  /** For kind 'latency' (default 1000), and 'lost' (default: never answer). */
  latencyMs?: number;
  /** For kind 'throttle': body `retryAfterSeconds` and `Retry-After` header. Default 1. */
  retryAfterSeconds?: number;
}

export interface CallRecord {
  operation: string;
  method: string;
  path: string;
  status: number;
  /** Epoch ms (real clock) when the answer was sent. */
  at: number;
}

export interface RunningEmulator {
  /** 'http://127.0.0.1:PORT' */
  endpoint: string;
  /** The live in-memory state of the default account and Region; see EmulatorState for how tests read it. */
  state: EmulatorState;
  /** Every account and Region: `world.state('111111111111', 'eu-west-1')`, access keys, organizations. */
  world: EmulatorWorld;
  /** Every Lambda/S3 call in order (admin calls excluded; code downloads recorded as `DownloadCode`). */
  calls: CallRecord[];
  resetCalls(): void;
  /** Per download link (keyed by the code blob id): requests answered and body bytes sent. Clear it to reset. */
  downloads: Map<string, DownloadStat>;
  setFaults(rules: FaultRule[]): void;
  setRateLimit(perSecond: number | undefined): void;
  stop(): Promise<void>;
}

export interface DownloadStat {
  requests: number;
  bytes: number;
}

/** An entity tag from an If-Match / If-Range header list matches (strong comparison; `*` matches any). */
function etagMatches(header: string, etag: string): boolean {
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
function downloadReply(
  data: Buffer,
  etag: string,
  headers: IncomingMessage['headers'],
  head: boolean,
): HttpReply {
  const ifMatch = headers['if-match'];
  if (ifMatch !== undefined && !etagMatches(ifMatch, etag))
    return s3Error(
      412,
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      head ? 'HEAD' : 'GET',
    );
  const ifRange = headers['if-range'] as string | undefined;
  const range = ifRange !== undefined && ifRange.trim() !== etag ? undefined : headers.range;
  return rangeReply(data, range, { 'content-type': 'application/zip', etag }, head);
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  fired: number;
}

const MAX_BODY = 600 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // With a Content-Length, the body is read into one buffer of that size (no second copy of a 70 MB upload).
    const declared = Number(req.headers['content-length']);
    const into =
      Number.isSafeInteger(declared) && declared > 0 && declared <= MAX_BODY
        ? Buffer.allocUnsafe(declared)
        : undefined;
    const chunks: Buffer[] = [];
    let filled = 0;
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (into && chunks.length === 0 && filled + c.length <= into.length) {
        c.copy(into, filled);
        filled += c.length;
      } else if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      const head = into?.subarray(0, filled);
      if (chunks.length === 0) resolve(head ?? Buffer.alloc(0));
      else resolve(Buffer.concat(head ? [head, ...chunks] : chunks));
    });
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function send(res: ServerResponse, reply: HttpReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body !== undefined && headers['content-length'] === undefined)
    headers['content-length'] = String(Buffer.byteLength(reply.body));
  if (reply.body === undefined && headers['content-length'] === undefined) headers['content-length'] = '0';
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}

function lambdaReply(status: number, body: unknown, extraHeaders: Record<string, string> = {}): HttpReply {
  const headers = { 'x-amzn-requestid': randomUUID(), ...extraHeaders };
  if (status === 204 || body === undefined) return { status, headers };
  return { status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function errorReply(e: ApiError): HttpReply {
  return lambdaReply(e.status, e.body(), { 'x-amzn-errortype': e.code, ...e.extra.headers });
}

/** AWS answers unsigned requests with 403; malformed Authorization headers with IncompleteSignatureException. */
function authProblem(req: IncomingMessage, query: URLSearchParams): ApiError | undefined {
  const auth = req.headers.authorization;
  if (auth === undefined) {
    if (query.has('X-Amz-Signature')) return undefined;
    return new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  if (
    !/^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[^/]+\/[^/]+\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]+$/.test(
      auth,
    )
  ) {
    return new ApiError(
      403,
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters: ${auth.split(' ')[0]}`,
    );
  }
  return undefined;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const world = new EmulatorWorld(
    options.accountId ?? '123456789012',
    options.region ?? 'us-east-1',
    options.now ?? Date.now,
    options.updateDelayMs ?? 300,
  );
  const state = world.defaultState;
  // Deprecation dates are judged by `today` in every (account, Region) state, the ones made later too.
  if (options.today) {
    const today = options.today;
    world.onNewState = (s) => setRuntimeClock(s, today);
    setRuntimeClock(state, today);
  }
  if (options.seed === 'multi') loadMultiSeed(world);
  else applySeed(state, options.seed);
  for (const [key, c] of Object.entries(options.accessKeys ?? {}))
    world.accessKeys.set(key, { accountId: c.accountId, userName: c.userName ?? 'developer' });
  for (const [account, org] of Object.entries(options.organizations ?? {}))
    world.organizations.set(account, org);
  const calls: CallRecord[] = [];
  const downloads = new Map<string, DownloadStat>();
  let faults: ActiveRule[] = [];
  let rateLimit = options.rateLimitPerSecond;
  const recent: number[] = [];
  const setFaults = (rules: FaultRule[]): void => {
    faults = rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
  };
  setFaults(options.faults ?? []);

  /** The first fault that fires for this call; every matching rule counts the call. */
  function pickFaults(operation: string): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const f of faults) {
      const op = f.rule.operation;
      if (op !== undefined && op !== '*' && op !== operation) continue;
      f.seen++;
      if (f.rule.every !== undefined && f.seen % f.rule.every !== 0) continue;
      if (f.rule.times !== undefined && f.fired >= f.rule.times) continue;
      f.fired++;
      fired.push(f.rule);
    }
    return fired;
  }

  function overRateLimit(): boolean {
    if (rateLimit === undefined) return false;
    const t = Date.now();
    while (recent.length > 0 && recent[0]! <= t - 1000) recent.shift();
    if (recent.length >= rateLimit) return true;
    recent.push(t);
    return false;
  }

  let baseUrl = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const query = url.searchParams;
    const body = await readBody(req);
    const requestBase = req.headers.host ? `http://${req.headers.host}` : baseUrl;

    if (path.startsWith('/_emulator/code/')) {
      if (options.latencyMs) await sleep(options.latencyMs);
      // A link is served from the store of the account and Region that issued it (named by its credential).
      const owner = world.stateForDownload(query) ?? state;
      const verdict = verifyDownload(owner, owner.downloadSecret, path, query);
      const blob = owner.blobs.get(path.slice('/_emulator/code/'.length));
      let reply: HttpReply;
      if (verdict === 'expired') reply = s3Error(403, 'AccessDenied', 'Request has expired', method);
      else if (verdict === 'forged' || !blob)
        reply = s3Error(
          403,
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided.',
          method,
        );
      else reply = downloadReply(blob.data, `"${blob.id.slice(0, 32)}"`, req.headers, method === 'HEAD');
      calls.push({ operation: 'DownloadCode', method, path, status: reply.status, at: Date.now() });
      const key = path.slice('/_emulator/code/'.length);
      const stat = downloads.get(key) ?? { requests: 0, bytes: 0 };
      stat.requests++;
      stat.bytes += reply.body === undefined ? 0 : Buffer.byteLength(reply.body);
      downloads.set(key, stat);
      return send(res, reply);
    }
    if (path.startsWith('/_emulator/')) return send(res, admin(method, path, body));

    const isLambda =
      path.startsWith('/2015-03-31/') || path === '/2015-03-31' || path.startsWith('/2018-10-31/');
    const isSts = !isLambda && isStsRequest(method, path, req.headers['content-type']);
    const routeMatch = isLambda ? matchLambdaRoute(method, path, query) : undefined;
    const operation = isLambda
      ? (routeMatch?.operation ?? 'UnknownOperation')
      : isSts
        ? stsOperationName(body)
        : s3OperationName(method, path, query);
    const record = (status: number): void => {
      calls.push({ operation, method, path, status, at: Date.now() });
    };

    const auth = authProblem(req, query);
    if (auth) {
      const reply = isLambda
        ? errorReply(auth)
        : isSts
          ? stsError(403, auth.code, auth.message)
          : s3Error(403, 'AccessDenied', auth.message, method);
      record(reply.status);
      return send(res, reply);
    }
    if (options.latencyMs) await sleep(options.latencyMs);
    let lost: FaultRule | undefined;
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
      let reply: HttpReply;
      if (rule.kind === 'throttle') {
        reply = isLambda
          ? errorReply(throttled(rule.retryAfterSeconds ?? 1, 'CallerRateLimitExceeded'))
          : isSts
            ? stsError(400, 'Throttling', 'Rate exceeded')
            : s3Error(503, 'SlowDown', 'Please reduce your request rate.', method);
      } else {
        reply = isLambda
          ? errorReply(new ApiError(500, 'ServiceException', 'An internal error occurred (injected fault).'))
          : isSts
            ? stsError(500, 'InternalFailure', 'An internal error occurred (injected fault).')
            : s3Error(500, 'InternalError', 'We encountered an internal error. Please try again.', method);
      }
      record(reply.status);
      return send(res, reply);
    }
    if (isLambda && overRateLimit()) {
      const reply = errorReply(throttled(1, 'CallerRateLimitExceeded'));
      record(reply.status);
      return send(res, reply);
    }

    // The caller's account (from the access key id) in the Region of the credential scope.
    const callerState = world.stateForRequest(req.headers.authorization, query);
    const caller: Caller = world.callerFor(credentialScope(req.headers.authorization, query)?.accessKeyId);
    let reply: HttpReply;
    if (isSts) {
      // GetCallerIdentity answers with the account of the access key that signed the request.
      reply = handleSts(body, caller.accountId);
    } else if (!isLambda) {
      reply = callerState.s3.handle({ method, path, query, headers: req.headers, body }, callerState.now());
    } else if (!routeMatch) {
      reply = errorReply(
        new ApiError(404, 'UnknownOperationException', `Unknown operation: ${method} ${path}`),
      );
    } else {
      try {
        let json: Record<string, unknown> = {};
        if (body.length > 0 && body.length <= 70 * 1024 * 1024) {
          try {
            const parsed: unknown = parseRequestBody(body);
            if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
          } catch {
            throw new ApiError(400, 'SerializationException', 'Could not parse request body into json');
          }
        }
        const lambdaRequest: LambdaRequest = {
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
      } catch (e) {
        reply = errorReply(
          e instanceof ApiError ? e : new ApiError(500, 'ServiceException', `Emulator failure: ${String(e)}`),
        );
      }
    }
    if (lost) {
      record(0);
      if (lost.latencyMs === undefined) return void req.socket.destroy();
      await sleep(lost.latencyMs);
      if (req.socket.destroyed) return;
    } else record(reply.status);
    send(res, reply);
  }

  function admin(method: string, path: string, body: Buffer): HttpReply {
    const json = (status: number, value: unknown): HttpReply => ({
      status,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(value),
    });
    const parse = (): unknown => (body.length > 0 ? JSON.parse(body.toString('utf8')) : null);
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
      if (method === 'GET' && path === '/_emulator/calls') return json(200, calls);
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
        if (!Array.isArray(rules)) return json(400, { message: 'Expected a JSON array of fault rules' });
        setFaults(rules as FaultRule[]);
        return json(200, { ok: true, faults: rules.length });
      }
      if (method === 'POST' && path === '/_emulator/rate-limit') {
        const v = parse() as { perSecond?: number } | null;
        rateLimit = v?.perSecond ?? undefined;
        return json(200, { ok: true, perSecond: rateLimit ?? null });
      }
      const m = /^\/_emulator\/state\/functions\/([^/]+)$/.exec(path);
      if (method === 'GET' && m) {
        const name = decodeURIComponent(m[1]!);
        const fn = state.functions.get(name);
        if (!fn) return json(404, { message: `Function not found: ${name}` });
        return json(200, {
          configuration: state.functionConfiguration(name),
          versions: fn.versions.map((v) => state.configurationJson(fn, v, true)),
          tags: fn.tags,
        });
      }
      return json(404, { message: `Unknown admin route: ${method} ${path}` });
    } catch (e) {
      return json(400, { message: `Bad admin request: ${String(e)}` });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        send(res, errorReply(new ApiError(500, 'ServiceException', `Emulator failure: ${String(e)}`)));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
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
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
