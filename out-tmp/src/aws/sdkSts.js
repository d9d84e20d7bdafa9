"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callerAccount = callerAccount;
exports.cachedCallerAccount = cachedCallerAccount;
// Who the connection's credentials belong to: STS GetCallerIdentity, for the account every S3 call names as the
// bucket's expected owner. Loaded with the S3 client, on the first upload (src/aws/sdkArtifacts.ts). No vscode.
const client_sts_1 = require("@aws-sdk/client-sts");
/** The 12-digit account of the caller. Throws when STS answers without one. */
async function callerAccount(client, signal) {
    const r = await client.send(new client_sts_1.GetCallerIdentityCommand({}), { abortSignal: signal });
    if (!r.Account || !/^\d{12}$/.test(r.Account))
        throw new Error(`STS GetCallerIdentity returned no account: ${r.Account ?? '(none)'}`);
    return r.Account;
}
/** Asks STS once and keeps the answer (a failure is not kept: the next call asks again). */
function cachedCallerAccount(client) {
    let account;
    return () => {
        account ??= callerAccount(client).catch((e) => {
            account = undefined;
            throw e;
        });
        return account;
    };
}
//# sourceMappingURL=sdkSts.js.map