"use strict";
// A path-style S3 subset: buckets, PutObject, multipart upload, GetObject (with Range), HeadObject, DeleteObject.
// Enough for @aws-sdk/client-s3 with `forcePathStyle: true` and for lib-storage-style multipart uploads.
// Every bucket has an owner account (the emulator's, unless a test creates one for another account), and
// `x-amz-expected-bucket-owner` is enforced as S3 does: 403 AccessDenied when the owner differs, 400
// InvalidBucketOwnerAWSAccountID when the value is not an account ID.
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3Store = void 0;
exports.s3OperationName = s3OperationName;
exports.s3Error = s3Error;
exports.parseRange = parseRange;
exports.rangeReply = rangeReply;
exports.decodeAwsChunked = decodeAwsChunked;
const node_crypto_1 = require("node:crypto");
/** The S3 operation name of a request, for call records and fault rules. */
function s3OperationName(method, path, query) {
    // `/bucket` and `/bucket/` (what the SDK sends for CreateBucket / HeadBucket) are bucket requests.
    const [, ...keyParts] = path.replace(/^\/+/, '').split('/');
    const hasKey = keyParts.join('/') !== '';
    if (!hasKey)
        return method === 'PUT'
            ? 'CreateBucket'
            : method === 'HEAD'
                ? 'HeadBucket'
                : method === 'GET'
                    ? 'ListObjects'
                    : 'S3Bucket';
    if (method === 'POST' && query.has('uploads'))
        return 'CreateMultipartUpload';
    if (method === 'POST' && query.has('uploadId'))
        return 'CompleteMultipartUpload';
    if (method === 'PUT' && query.has('uploadId'))
        return 'UploadPart';
    if (method === 'DELETE' && query.has('uploadId'))
        return 'AbortMultipartUpload';
    return ({ PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[method] ?? 'S3Unknown');
}
const md5 = (b) => (0, node_crypto_1.createHash)('md5').update(b).digest('hex');
function xml(status, body, headers = {}) {
    return {
        status,
        headers: { 'content-type': 'application/xml', ...headers },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
    };
}
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function s3Error(status, code, message, method = 'GET') {
    if (method === 'HEAD')
        return { status, headers: {} };
    return xml(status, `<Error><Code>${code}</Code><Message>${esc(message)}</Message></Error>`);
}
/** Parses one `bytes=` range against `size`; undefined = whole body, 'invalid' = 416. */
function parseRange(header, size) {
    if (!header)
        return undefined;
    const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
    if (!m || (m[1] === '' && m[2] === ''))
        return 'invalid';
    let start;
    let end;
    if (m[1] === '') {
        const suffix = Number(m[2]);
        if (suffix === 0)
            return 'invalid';
        start = Math.max(0, size - suffix);
        end = size - 1;
    }
    else {
        start = Number(m[1]);
        end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || start > end)
        return 'invalid';
    return { start, end };
}
/** Serves `data` honouring a Range header (206 / 416), shared by GetObject and code downloads. */
function rangeReply(data, range, headers, head) {
    const r = parseRange(range, data.length);
    if (r === 'invalid') {
        return {
            status: 416,
            headers: { 'content-range': `bytes */${data.length}`, 'content-type': 'application/xml' },
            body: head
                ? undefined
                : '<Error><Code>InvalidRange</Code><Message>The requested range is not satisfiable</Message></Error>',
        };
    }
    const base = { ...headers, 'accept-ranges': 'bytes' };
    if (!r)
        return {
            status: 200,
            headers: { ...base, 'content-length': String(data.length) },
            body: head ? undefined : data,
        };
    const slice = data.subarray(r.start, r.end + 1);
    return {
        status: 206,
        headers: {
            ...base,
            'content-range': `bytes ${r.start}-${r.end}/${data.length}`,
            'content-length': String(slice.length),
        },
        body: head ? undefined : slice,
    };
}
/** Decodes `Content-Encoding: aws-chunked` bodies (the SDK's streaming uploads with trailing checksums). */
function decodeAwsChunked(body) {
    const out = [];
    let pos = 0;
    for (;;) {
        const lineEnd = body.indexOf('\r\n', pos);
        if (lineEnd < 0)
            break;
        const size = parseInt(body.toString('latin1', pos, lineEnd).split(';')[0], 16);
        pos = lineEnd + 2;
        if (!size)
            break;
        out.push(body.subarray(pos, pos + size));
        pos += size + 2;
    }
    return Buffer.concat(out);
}
class S3Store {
    defaultOwner;
    buckets = new Map();
    /** Bucket → the account that owns it. */
    owners = new Map();
    uploads = new Map();
    uploadCounter = 0;
    /** Stores an object directly (seeds, tests). Creates the bucket if needed. */
    putObject(bucket, key, data, contentType = 'application/octet-stream', now = Date.now()) {
        const obj = { data, etag: `"${md5(data)}"`, lastModified: now, contentType };
        this.bucket(bucket).set(key, obj);
        return obj;
    }
    getObject(bucket, key) {
        return this.buckets.get(bucket)?.get(key);
    }
    /** The account that buckets belong to unless created for another one (the emulator's account). */
    constructor(defaultOwner = () => '123456789012') {
        this.defaultOwner = defaultOwner;
    }
    /** Creates a bucket owned by `owner` (tests: a bucket of another account). */
    createBucket(name, owner = this.defaultOwner()) {
        this.bucket(name, owner);
    }
    bucket(name, owner = this.defaultOwner()) {
        let b = this.buckets.get(name);
        if (!b) {
            b = new Map();
            this.buckets.set(name, b);
            this.owners.set(name, owner);
        }
        return b;
    }
    /** S3's answer to a request whose `x-amz-expected-bucket-owner` does not hold, else undefined. */
    ownerProblem(req, bucketName, op) {
        const expected = req.headers['x-amz-expected-bucket-owner'];
        if (typeof expected !== 'string' || op === 'CreateBucket' || bucketName === '')
            return undefined;
        if (!/^\d{12}$/.test(expected))
            return s3Error(400, 'InvalidBucketOwnerAWSAccountID', 'The value of the expected bucket owner parameter must be an AWS Account ID...', req.method);
        const owner = this.owners.get(bucketName);
        if (owner !== undefined && owner !== expected)
            return s3Error(403, 'AccessDenied', 'Access Denied', req.method);
        return undefined;
    }
    handle(req, now) {
        const [bucket = '', ...rest] = req.path.replace(/^\/+/, '').split('/');
        const bucketName = decodeURIComponent(bucket);
        const key = rest.map((p) => decodeURIComponent(p)).join('/');
        const op = s3OperationName(req.method, req.path, req.query);
        let body = req.body;
        const encoding = String(req.headers['content-encoding'] ?? '');
        const sha = String(req.headers['x-amz-content-sha256'] ?? '');
        if (encoding.includes('aws-chunked') || sha.startsWith('STREAMING-'))
            body = decodeAwsChunked(body);
        const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
        const refused = this.ownerProblem(req, bucketName, op);
        if (refused)
            return refused;
        switch (op) {
            case 'CreateBucket':
                this.bucket(bucketName);
                return { status: 200, headers: { location: `/${bucketName}` } };
            case 'HeadBucket':
                return this.buckets.has(bucketName) ? { status: 200, headers: {} } : { status: 404, headers: {} };
            case 'PutObject': {
                const obj = this.putObject(bucketName, key, body, contentType, now);
                return { status: 200, headers: { etag: obj.etag } };
            }
            case 'CreateMultipartUpload': {
                const uploadId = `upload-${++this.uploadCounter}-${md5(Buffer.from(`${bucketName}/${key}/${now}`)).slice(0, 16)}`;
                this.uploads.set(uploadId, { bucket: bucketName, key, parts: new Map(), contentType });
                return xml(200, `<InitiateMultipartUploadResult><Bucket>${esc(bucketName)}</Bucket><Key>${esc(key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`);
            }
            case 'UploadPart': {
                const upload = this.uploads.get(req.query.get('uploadId') ?? '');
                if (!upload)
                    return s3Error(404, 'NoSuchUpload', 'The specified upload does not exist.');
                const partNumber = Number(req.query.get('partNumber'));
                if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000)
                    return s3Error(400, 'InvalidArgument', `Part number must be an integer between 1 and 10000: ${req.query.get('partNumber')}`);
                const etag = `"${md5(body)}"`;
                upload.parts.set(partNumber, { data: body, etag });
                return { status: 200, headers: { etag } };
            }
            case 'CompleteMultipartUpload': {
                const uploadId = req.query.get('uploadId') ?? '';
                const upload = this.uploads.get(uploadId);
                if (!upload)
                    return s3Error(404, 'NoSuchUpload', 'The specified upload does not exist.');
                const listed = [...body.toString('utf8').matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
                const numbers = listed.length > 0 ? listed : [...upload.parts.keys()].sort((a, b) => a - b);
                const datas = [];
                const md5s = [];
                for (const n of numbers) {
                    const part = upload.parts.get(n);
                    if (!part)
                        return s3Error(400, 'InvalidPart', `One or more of the specified parts could not be found: ${n}`);
                    datas.push(part.data);
                    md5s.push(Buffer.from(part.etag.replace(/"/g, ''), 'hex'));
                }
                const obj = this.putObject(upload.bucket, upload.key, Buffer.concat(datas), upload.contentType, now);
                obj.etag = `"${md5(Buffer.concat(md5s))}-${numbers.length}"`;
                this.uploads.delete(uploadId);
                return xml(200, `<CompleteMultipartUploadResult><Location>/${esc(upload.bucket)}/${esc(upload.key)}</Location><Bucket>${esc(upload.bucket)}</Bucket><Key>${esc(upload.key)}</Key><ETag>${esc(obj.etag)}</ETag></CompleteMultipartUploadResult>`);
            }
            case 'AbortMultipartUpload':
                this.uploads.delete(req.query.get('uploadId') ?? '');
                return { status: 204, headers: {} };
            case 'GetObject':
            case 'HeadObject': {
                const b = this.buckets.get(bucketName);
                if (!b)
                    return s3Error(404, 'NoSuchBucket', `The specified bucket does not exist: ${bucketName}`, req.method);
                const obj = b.get(key);
                if (!obj)
                    return s3Error(404, 'NoSuchKey', 'The specified key does not exist.', req.method);
                const range = req.headers.range;
                return rangeReply(obj.data, typeof range === 'string' ? range : undefined, {
                    etag: obj.etag,
                    'last-modified': new Date(obj.lastModified).toUTCString(),
                    'content-type': obj.contentType,
                }, op === 'HeadObject');
            }
            case 'DeleteObject':
                this.buckets.get(bucketName)?.delete(key);
                return { status: 204, headers: {} };
            default:
                return s3Error(501, 'NotImplemented', `The emulator does not implement this S3 operation: ${req.method} ${req.path}`, req.method);
        }
    }
}
exports.S3Store = S3Store;
//# sourceMappingURL=s3Store.js.map