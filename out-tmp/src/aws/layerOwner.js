"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotOwnerError = void 0;
exports.notOwnerMessage = notOwnerMessage;
exports.deniedCallerAccount = deniedCallerAccount;
exports.isOtherAccountsLayer = isOtherAccountsLayer;
// Whose layer version is it? Only the owner account may read or change a layer version's policy or delete it;
// AWS answers anyone else with AccessDenied naming the caller ("User: arn:aws:iam::<caller>:user/… is not
// authorized to perform: lambda:GetLayerVersionPolicy on resource: …"). When the caller named there is not the
// account in the version's ARN, the version belongs to another account: say so, naming the owner. Pure.
const errors_1 = require("./errors");
const layerArn_1 = require("./layerArn");
/** "Only account 999999999999 can change this layer version's permissions: shared-utils:8 (account …, Region)". */
function notOwnerMessage(arn, what) {
    const owner = (0, layerArn_1.parseLayerVersionArn)(arn)?.accountId ?? 'that owns it';
    const doing = what === 'permissions' ? "change this layer version's permissions" : 'delete this layer version';
    return `Only account ${owner} can ${doing}: ${(0, layerArn_1.layerVersionLabel)(arn)} (${(0, layerArn_1.layerVersionWhere)(arn) ?? arn}). It is shown read-only.`;
}
/** The layer version belongs to another account: nothing of its policy can be read or changed from here. */
class NotOwnerError extends Error {
    arn;
    name = 'NotOwnerError';
    constructor(arn, what = 'permissions') {
        super(notOwnerMessage(arn, what));
        this.arn = arn;
    }
}
exports.NotOwnerError = NotOwnerError;
/** The caller's account named in an AccessDenied message (IAM user, role or assumed role), if any. */
function deniedCallerAccount(e) {
    if (!(0, errors_1.isLambdaError)(e, 'AccessDenied'))
        return undefined;
    const text = e.details.awsMessage ?? e.message;
    return /User: arn:aws[a-zA-Z-]*:(?:iam|sts)::(\d{12}):/.exec(text)?.[1];
}
/** Whether `e` is AWS refusing because the layer version `arn` belongs to another account than the caller's. */
function isOtherAccountsLayer(e, arn) {
    const caller = deniedCallerAccount(e);
    const owner = (0, layerArn_1.parseLayerVersionArn)(arn)?.accountId;
    return caller !== undefined && owner !== undefined && caller !== owner;
}
//# sourceMappingURL=layerOwner.js.map