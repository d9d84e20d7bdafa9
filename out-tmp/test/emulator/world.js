"use strict";
// The emulated world: one EmulatorState per (account, Region), the access keys that name the caller's account,
// and the organizations accounts belong to. Each request is served by the state of its caller: the account comes
// from the access key id (a seeded map; unknown keys → the default account), the Region from the SigV4
// credential scope. Layer versions of other accounts are reachable only through their policy (mayRead).
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmulatorWorld = exports.DEFAULT_USER = void 0;
exports.credentialScope = credentialScope;
exports.downloadKeyId = downloadKeyId;
const emulatorState_1 = require("./emulatorState");
/** The user name of callers whose key is not in the map. */
exports.DEFAULT_USER = 'developer';
const LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;
/** The credential of a signed request: `Credential=AKID/20261129/us-east-1/lambda/aws4_request`. */
function credentialScope(authorization, query) {
    const raw = /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? query.get('X-Amz-Credential') ?? undefined;
    const m = raw === undefined ? null : /^([^/]+)\/\d{8}\/([^/]+)\/[^/]+\/aws4_request$/.exec(raw);
    return m ? { accessKeyId: m[1], region: m[2] } : undefined;
}
/** The key id the emulator puts in its own download links: it names the owner account. */
function downloadKeyId(accountId) {
    return `ASIAEMU0${accountId}`;
}
class EmulatorWorld {
    defaultAccount;
    defaultRegion;
    now;
    updateDelayMs;
    states = new Map();
    /** Access key id → caller. Unknown keys are the default account. */
    accessKeys = new Map();
    /** Account → organization id (`aws:PrincipalOrgID`). */
    organizations = new Map();
    defaultState;
    /** Called with each (account, Region) state when it is made (e.g. to set its deprecation clock). */
    onNewState;
    constructor(defaultAccount, defaultRegion, now, 
    /** The update delay of states created from now on (each state keeps its own, mutable). */
    updateDelayMs) {
        this.defaultAccount = defaultAccount;
        this.defaultRegion = defaultRegion;
        this.now = now;
        this.updateDelayMs = updateDelayMs;
        this.defaultState = this.state(defaultAccount, defaultRegion);
    }
    /** The state of (account, Region), created empty on first use. */
    state(accountId, region) {
        const key = `${accountId}/${region}`;
        let s = this.states.get(key);
        if (!s) {
            s = new emulatorState_1.EmulatorState(accountId, region, this.now, this.updateDelayMs);
            s.directory = this;
            this.states.set(key, s);
            this.onNewState?.(s);
        }
        return s;
    }
    /** The state of (account, Region) if anything ever touched it. */
    existing(accountId, region) {
        return this.states.get(`${accountId}/${region}`);
    }
    /** Every (account, Region) state created so far. */
    allStates() {
        return [...this.states.values()];
    }
    /** The caller for an access key id (the default account's developer when the key is unknown). */
    callerFor(accessKeyId) {
        return ((accessKeyId === undefined ? undefined : this.accessKeys.get(accessKeyId)) ?? {
            accountId: this.defaultAccount,
            userName: exports.DEFAULT_USER,
        });
    }
    /** The state a request is served by: its caller's account in the Region of its credential scope. */
    stateForRequest(authorization, query) {
        const scope = credentialScope(authorization, query);
        if (!scope)
            return this.defaultState;
        return this.state(this.callerFor(scope.accessKeyId).accountId, scope.region);
    }
    /** The state a download link was issued by (its credential names the owner account and Region). */
    stateForDownload(query) {
        const scope = credentialScope(undefined, query);
        const m = scope ? /^ASIAEMU0(\d{12})$/.exec(scope.accessKeyId) : null;
        if (!scope || !m)
            return undefined;
        return this.existing(m[1], scope.region);
    }
    findLayerVersion(arn) {
        const m = LAYER_VERSION_ARN.exec(arn);
        if (!m)
            return undefined;
        const owner = this.existing(m[2], m[1]);
        const version = owner?.layers.get(m[3])?.versions.get(Number(m[4]));
        return owner && version ? { owner, version } : undefined;
    }
    mayRead(account, version) {
        if (version.arn.split(':')[4] === account)
            return true;
        return version.policy.statements.some((s) => this.grants(s, account));
    }
    grants(s, account) {
        if (s.Effect !== 'Allow')
            return false;
        if (typeof s.Principal === 'object')
            return s.Principal.AWS === `arn:aws:iam::${account}:root`;
        if (s.Principal !== '*')
            return false;
        const org = s.Condition?.StringEquals['aws:PrincipalOrgID'];
        return org === undefined || this.organizations.get(account) === org;
    }
}
exports.EmulatorWorld = EmulatorWorld;
//# sourceMappingURL=world.js.map