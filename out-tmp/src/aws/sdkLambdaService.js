"use strict";
// The one implementation of LambdaService. With its helpers sdkShapes.ts (SDK shapes <-> domain types) and
// sdkCalls.ts (paginators, waiters) and the client factory, the only importer of @aws-sdk/client-lambda.
// SDK shapes stop here: everything returned is a domain type, every failure a LambdaError.
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdkLambdaService = void 0;
const client_lambda_1 = require("@aws-sdk/client-lambda");
const errors_1 = require("./errors");
const policy_1 = require("./policy");
const reconcile_1 = require("./reconcile");
const sdkCaller_1 = require("./sdkCaller");
const sdkCalls_1 = require("./sdkCalls");
const sdkShapes_1 = require("./sdkShapes");
const LAYER_PAGE_MAX = 50;
const FUNCTION_PAGE_MAX = 10_000;
class SdkLambdaService {
    client;
    options;
    sdk;
    constructor(client, options = {}) {
        this.client = client;
        this.options = options;
        this.sdk = new sdkCaller_1.SdkCaller(client, options);
    }
    listFunctions(opts) {
        const signal = opts?.signal;
        return this.sdk.pages(signal, () => (0, client_lambda_1.paginateListFunctions)(this.sdk.paginatorConfig(opts, FUNCTION_PAGE_MAX), opts?.allVersions ? { FunctionVersion: 'ALL' } : {}, this.sdk.sendOptions(signal)), (p) => (0, sdkShapes_1.page)((0, sdkShapes_1.records)(p.Functions).map(sdkShapes_1.toSummary), p.NextMarker));
    }
    listVersionsByFunction(functionName, opts) {
        const signal = opts?.signal;
        return this.sdk.pages(signal, () => (0, client_lambda_1.paginateListVersionsByFunction)(this.sdk.paginatorConfig(opts, FUNCTION_PAGE_MAX), { FunctionName: functionName }, this.sdk.sendOptions(signal)), (p) => (0, sdkShapes_1.page)((0, sdkShapes_1.records)(p.Versions).map(sdkShapes_1.toSummary), p.NextMarker));
    }
    listLayers(opts) {
        const signal = opts?.signal;
        return this.sdk.pages(signal, () => (0, client_lambda_1.paginateListLayers)(this.sdk.paginatorConfig(opts, LAYER_PAGE_MAX), (0, sdkShapes_1.layerFilter)(opts), this.sdk.sendOptions(signal)), (p) => (0, sdkShapes_1.page)((0, sdkShapes_1.records)(p.Layers).map(sdkShapes_1.toLayerSummary), p.NextMarker));
    }
    listLayerVersions(layerName, opts) {
        const signal = opts?.signal;
        return this.sdk.pages(signal, () => (0, client_lambda_1.paginateListLayerVersions)(this.sdk.paginatorConfig(opts, LAYER_PAGE_MAX), { LayerName: layerName, ...(0, sdkShapes_1.layerFilter)(opts) }, this.sdk.sendOptions(signal)), (p) => (0, sdkShapes_1.page)((0, sdkShapes_1.records)(p.LayerVersions).map((v) => (0, sdkShapes_1.toLayerVersionSummary)(v)), p.NextMarker));
    }
    async getFunction(functionName, opts) {
        const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.GetFunctionCommand({ FunctionName: functionName, ...(0, sdkShapes_1.qualifier)(opts) }), o));
        return (0, sdkShapes_1.toDetails)(r);
    }
    async getFunctionConfiguration(functionName, opts) {
        const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.GetFunctionConfigurationCommand({ FunctionName: functionName, ...(0, sdkShapes_1.qualifier)(opts) }), o));
        return (0, sdkShapes_1.toConfiguration)(r);
    }
    createFunction(input, opts) {
        const sha = (0, reconcile_1.expectedSha256)(input.code, input.codeSha256);
        return this.sdk.once(`CreateFunction of ${input.name}`, opts, (0, sdkCalls_1.inlineBytes)(input.code), async (client, o) => (0, sdkShapes_1.toConfiguration)(await client.send(new client_lambda_1.CreateFunctionCommand((0, sdkShapes_1.createFunctionRequest)(input)), o)), () => (0, reconcile_1.findCreatedFunction)(this, input.name, sha), (f) => `${f.name} exists with this code`);
    }
    async updateFunctionCode(functionName, code, opts) {
        try {
            const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.UpdateFunctionCodeCommand({
                FunctionName: functionName,
                ...(0, sdkShapes_1.toFunctionCode)(code),
                ...(opts?.publish !== undefined ? { Publish: opts.publish } : {}),
                ...(0, sdkShapes_1.revision)(opts),
            }), o));
            return (0, sdkShapes_1.toConfiguration)(r);
        }
        catch (e) {
            const ours = await (0, reconcile_1.findOwnCodeUpdate)(this, e, functionName, (0, reconcile_1.expectedSha256)(code, opts?.codeSha256), opts);
            if (!ours)
                throw e;
            return ours;
        }
    }
    async updateFunctionConfiguration(functionName, changes, opts) {
        const input = (0, sdkShapes_1.updateFunctionConfigurationRequest)(functionName, changes, opts);
        const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.UpdateFunctionConfigurationCommand(input), o));
        return (0, sdkShapes_1.toConfiguration)(r);
    }
    publishVersion(functionName, opts) {
        const request = (0, sdkShapes_1.publishVersionRequest)(functionName, opts);
        return this.sdk.once(`PublishVersion of ${functionName}`, opts, 0, async (client, o) => (0, sdkShapes_1.toConfiguration)(await client.send(new client_lambda_1.PublishVersionCommand(request), o)), () => (0, reconcile_1.findPublishedVersion)(this, functionName, {
            ...(request.Description !== undefined ? { description: request.Description } : {}),
            ...(request.CodeSha256 !== undefined ? { codeSha256: request.CodeSha256 } : {}),
        }), (v) => `published as version ${v.version}`);
    }
    waitUntilUpdated(functionName, opts) {
        return this.wait(functionName, opts, 'updated');
    }
    waitUntilActive(functionName, opts) {
        return this.wait(functionName, opts, 'active');
    }
    wait(functionName, opts, what) {
        const ctx = {
            client: this.client,
            options: this.options,
            read: (name, o) => this.getFunctionConfiguration(name, o),
            fail: (e, signal) => this.sdk.fail(e, signal),
        };
        return (0, sdkCalls_1.waitForFunction)(ctx, functionName, opts, what);
    }
    publishLayerVersion(input, opts) {
        const request = (0, sdkShapes_1.publishLayerVersionRequest)(input);
        const sha = (0, reconcile_1.expectedSha256)(input.content, input.codeSha256);
        return this.sdk.once(`PublishLayerVersion of ${input.layerName}`, opts, (0, sdkCalls_1.inlineBytes)(input.content), async (client, o) => (0, sdkShapes_1.toLayerVersionDetails)(await client.send(new client_lambda_1.PublishLayerVersionCommand(request), o)), (since) => (0, reconcile_1.findPublishedLayerVersion)(this, input, sha, since), (v) => `published as version ${v.version}`);
    }
    async getLayerVersion(layerName, version, opts) {
        const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.GetLayerVersionCommand({ LayerName: layerName, VersionNumber: version }), o));
        return (0, sdkShapes_1.toLayerVersionDetails)(r);
    }
    async getLayerVersionByArn(layerVersionArn, opts) {
        const r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.GetLayerVersionByArnCommand({ Arn: layerVersionArn }), o));
        return (0, sdkShapes_1.toLayerVersionDetails)(r);
    }
    async deleteLayerVersion(layerName, version, opts) {
        await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: version }), o));
    }
    async getLayerVersionPolicy(layerName, version, opts) {
        let r;
        try {
            r = await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }), o));
        }
        catch (e) {
            // AWS answers "not found" both for a version without grants and for a missing version: check which.
            if (e instanceof errors_1.LambdaError && e.kind === 'NotFound' && /polic/i.test(e.details.awsMessage ?? ''))
                return undefined;
            if (e instanceof errors_1.LambdaError && e.kind === 'NotFound') {
                await this.getLayerVersion(layerName, version, opts);
                return undefined;
            }
            throw e;
        }
        return { document: (0, policy_1.parsePolicy)((0, sdkShapes_1.str)(r.Policy) ?? '{}'), revisionId: (0, sdkShapes_1.str)(r.RevisionId) ?? '' };
    }
    addLayerVersionPermission(layerName, version, statementId, grant, opts) {
        const command = new client_lambda_1.AddLayerVersionPermissionCommand((0, sdkShapes_1.addLayerVersionPermissionRequest)(layerName, version, statementId, grant, opts));
        return this.sdk.once(`AddLayerVersionPermission of ${layerName} version ${version}`, opts, 0, async (client, o) => {
            const r = await client.send(command, o);
            return {
                statement: (0, policy_1.parseStatementJson)((0, sdkShapes_1.str)(r.Statement) ?? '{}'),
                revisionId: (0, sdkShapes_1.str)(r.RevisionId) ?? '',
            };
        }, () => (0, reconcile_1.findGrantedStatement)(this, layerName, version, statementId, grant), () => `statement ${statementId} is in the policy`);
    }
    async removeLayerVersionPermission(layerName, version, statementId, opts) {
        await this.sdk.call(opts?.signal, (o) => this.client.send(new client_lambda_1.RemoveLayerVersionPermissionCommand({
            LayerName: layerName,
            VersionNumber: version,
            StatementId: statementId,
            ...(0, sdkShapes_1.revision)(opts),
        }), o));
    }
}
exports.SdkLambdaService = SdkLambdaService;
//# sourceMappingURL=sdkLambdaService.js.map