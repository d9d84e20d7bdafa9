"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isStsRequest = isStsRequest;
exports.stsOperationName = stsOperationName;
exports.stsError = stsError;
exports.handleSts = handleSts;
// STS GetCallerIdentity, as the SDK's STS client speaks it (AWS query protocol): a form POST to `/` with
// `Action=GetCallerIdentity&Version=2011-06-15`, answered in XML. The emulator answers it on its one endpoint, so
// a custom endpoint setting serves STS too. The caller is always the emulator's account.
const node_crypto_1 = require("node:crypto");
const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** Whether a request is an STS query-protocol call (a form POST to the root path). */
function isStsRequest(method, path, contentType) {
    return (method === 'POST' && path === '/' && (contentType ?? '').startsWith('application/x-www-form-urlencoded'));
}
/** The operation name of an STS request (its Action), for call records and fault rules. */
function stsOperationName(body) {
    return new URLSearchParams(body.toString('utf8')).get('Action') ?? 'StsUnknown';
}
/** An STS error in the query protocol's XML shape. */
function stsError(status, code, message) {
    const requestId = (0, node_crypto_1.randomUUID)();
    return {
        status,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: `<ErrorResponse xmlns="${NS}"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
            `<Code>${code}</Code><Message>${message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message></Error>` +
            `<RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
}
function handleSts(body, accountId) {
    const form = new URLSearchParams(body.toString('utf8'));
    const action = form.get('Action');
    if (form.get('Version') !== '2011-06-15')
        return stsError(400, 'InvalidParameterValue', `Unsupported Version: ${form.get('Version') ?? ''}`);
    if (action !== 'GetCallerIdentity')
        return stsError(400, 'InvalidAction', `Could not find operation ${action ?? ''} for version 2011-06-15`);
    const requestId = (0, node_crypto_1.randomUUID)();
    return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult>` +
            `<Arn>arn:aws:iam::${accountId}:user/emulator</Arn><UserId>AIDAEMULATOREXAMPLE01</UserId>` +
            `<Account>${accountId}</Account></GetCallerIdentityResult>` +
            `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    };
}
//# sourceMappingURL=stsApi.js.map