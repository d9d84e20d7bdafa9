"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_VERSIONS = void 0;
exports.functionPanelData = functionPanelData;
exports.loadFunction = loadFunction;
exports.layerVersionPanelData = layerVersionPanelData;
exports.loadLayerVersion = loadLayerVersion;
// Builds what the panels show from the one door (LambdaService) and the explorer's indexes. Pure: no vscode.
const layerArn_1 = require("../aws/layerArn");
const layerOwner_1 = require("../aws/layerOwner");
const runtimes_1 = require("../layers/runtimes");
const policyView_1 = require("./policyView");
/** How many published versions the function panel lists. */
exports.MAX_VERSIONS = 50;
function functionPanelData(details, versions, moreVersions, catalog, now = new Date()) {
    const c = details.configuration;
    const assessed = c.packageType === 'Image' ? undefined : (0, runtimes_1.assessRuntime)(c.runtime, now);
    return {
        kind: 'function',
        arn: c.arn,
        name: c.name,
        version: c.version,
        description: c.description || undefined,
        runtime: c.runtime,
        runtimeStatus: assessed
            ? { status: assessed.status, note: assessed.note }
            : { status: 'current', note: 'Container image: the runtime is in the image.' },
        handler: c.handler,
        role: c.role,
        memorySize: c.memorySize,
        timeout: c.timeout,
        architectures: c.architectures,
        packageType: c.packageType,
        imageUri: details.imageUri,
        codeSize: c.codeSize,
        codeSha256: c.codeSha256,
        lastModified: c.lastModified,
        state: c.state,
        stateReason: c.stateReason,
        lastUpdateStatus: c.lastUpdateStatus,
        lastUpdateStatusReason: c.lastUpdateStatusReason,
        environmentKeys: Object.keys(c.environment ?? {}).sort(),
        vpc: c.vpc && (c.vpc.vpcId || c.vpc.subnetIds.length > 0) ? c.vpc : undefined,
        deadLetterTargetArn: c.deadLetterTargetArn,
        kmsKeyArn: c.kmsKeyArn,
        tracingMode: c.tracingMode,
        revisionId: c.revisionId,
        layers: c.layers.map((l, i) => ({
            arn: l.arn,
            label: (0, layerArn_1.layerVersionLabel)(l.arn),
            position: i + 1,
            codeSize: l.codeSize,
            newerVersion: catalog.newerThan(l.arn)?.version,
            deleted: catalog.isDeleted(l.arn) || undefined,
        })),
        versions: versions
            .filter((v) => v.version !== '$LATEST')
            .map((v) => ({
            version: v.version,
            arn: v.arn,
            description: v.description || undefined,
            lastModified: v.lastModified,
            layers: v.layers.map((l) => (0, layerArn_1.layerVersionLabel)(l.arn)),
        }))
            .reverse(),
        moreVersions,
        tags: Object.entries(details.tags).sort(([a], [b]) => a.localeCompare(b)),
    };
}
/** Reads a function (or a published version): configuration, tags, published versions, outdated layer marks. */
async function loadFunction(conn, name, qualifier, signal) {
    const details = await conn.lambda.getFunction(name, { qualifier, signal });
    try {
        await conn.catalog.ensure(signal);
        await conn.catalog.checkVersions(details.configuration.layers.map((l) => l.arn), signal);
    }
    catch {
        // Without the catalog the layers show without outdated or deleted marks.
    }
    const versions = [];
    let more = false;
    for await (const page of conn.lambda.listVersionsByFunction(name, { signal, pageSize: exports.MAX_VERSIONS })) {
        versions.push(...page.items);
        if (versions.length > exports.MAX_VERSIONS && page.nextMarker) {
            more = true;
            break;
        }
    }
    return {
        data: functionPanelData(details, versions, more, conn.catalog),
        environment: { ...(details.configuration.environment ?? {}) },
    };
}
function layerVersionPanelData(details, policy, otherVersions, usedBy, usedByFailed = false) {
    const users = usedBy?.usersOf(details.arn);
    return {
        kind: 'layerVersion',
        arn: details.arn,
        layerName: details.layerName,
        layerArn: details.layerArn,
        version: details.version,
        description: details.description || undefined,
        createdDate: details.createdDate,
        compatibleRuntimes: details.compatibleRuntimes,
        compatibleArchitectures: details.compatibleArchitectures,
        licenseInfo: details.licenseInfo || undefined,
        codeSize: details.codeSize,
        codeSha256: details.codeSha256,
        usedBy: users?.map((u) => ({
            functionName: u.functionName,
            version: u.version,
            arn: u.arn,
            position: u.position,
            runtime: u.runtime,
        })),
        usedByState: users ? 'scanned' : usedByFailed ? 'failed' : 'scanning',
        policy: policy
            ? {
                revisionId: policy.revisionId,
                statements: policy.document.statements.map(policyView_1.statementRow),
                json: (0, policyView_1.policyJson)(policy.document),
            }
            : undefined,
        otherVersions: otherVersions.filter((v) => v !== details.version).sort((a, b) => b - a),
    };
}
/**
 * Reads a layer version by its full ARN: details, policy, and the other versions of its layer ("Used by" comes from
 * the index). Another account's version (AWS refuses its policy to anyone but the owner) comes back read-only,
 * naming its owner: never our own layer of the same name.
 */
async function loadLayerVersion(conn, arn, signal) {
    const p = (0, layerArn_1.parseLayerVersionArn)(arn);
    if (!p)
        throw new Error(`Not a layer version ARN: ${arn}`);
    const [details, policy] = await Promise.all([
        conn.lambda.getLayerVersionByArn(arn, { signal }),
        conn.lambda.getLayerVersionPolicy(p.layerArn, p.version, { signal }).then((policy) => ({ policy, foreign: false }), (e) => {
            if ((0, layerOwner_1.isOtherAccountsLayer)(e, arn))
                return { policy: undefined, foreign: true };
            throw e;
        }),
    ]);
    const others = [];
    if (!policy.foreign) {
        for await (const page of conn.lambda.listLayerVersions(p.layerArn, { signal })) {
            others.push(...page.items.map((v) => v.version));
            if (others.length >= 200)
                break;
        }
    }
    const data = layerVersionPanelData(details, policy.policy, others, conn.usedBy);
    data.owner = { accountId: p.accountId, region: p.region };
    if (policy.foreign)
        data.readOnly = (0, layerOwner_1.notOwnerMessage)(arn, 'permissions');
    return data;
}
//# sourceMappingURL=panelData.js.map