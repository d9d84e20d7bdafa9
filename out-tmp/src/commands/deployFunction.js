"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEPLOY_FUNCTION_TITLE = void 0;
exports.deployFolderToFunction = deployFolderToFunction;
exports.deployFolder = deployFolder;
// "Deploy Folder to Lambda Function…": which function, whether to publish a version, a summary naming the
// function with what its handler points to and whether the folder provides it, then package and upload →
// UpdateFunctionCode as a guarded write (the code goes onto the function the user saw, or the user is asked
// again) → wait until the update finished → optionally publish a version.
const path = __importStar(require("path"));
const guardedWrite_1 = require("../aws/guardedWrite");
const handlerGuess_1 = require("../layers/handlerGuess");
const runtimes_1 = require("../layers/runtimes");
const layerLayout_1 = require("../layers/zip/layerLayout");
const format_1 = require("../ui/format");
const prompter_1 = require("../ui/prompter");
const connection_1 = require("./steps/connection");
const listing_1 = require("./steps/listing");
const packageAndUpload_1 = require("./steps/packageAndUpload");
const resolve_1 = require("./steps/resolve");
const runtimeGuard_1 = require("./steps/runtimeGuard");
exports.DEPLOY_FUNCTION_TITLE = 'Deploy Folder to Lambda Function';
/** The function to deploy to: the argument, or picked (the one named like the folder first). */
async function targetOf(deps, lambda, fnArg, folder) {
    if (fnArg !== undefined)
        return (0, resolve_1.resolveFunction)(deps, fnArg, exports.DEPLOY_FUNCTION_TITLE);
    const { items, truncated } = await deps.progress.run('Listing functions', { cancellable: true }, (_r, signal) => (0, listing_1.someFunctions)(lambda, signal));
    const zips = items.filter((f) => f.packageType === 'Zip' && f.version === '$LATEST');
    const base = path.basename(folder).toLowerCase();
    const score = (f) => f.name.toLowerCase() === base ? 0 : f.name.toLowerCase().includes(base) ? 1 : 2;
    const ordered = [...zips].sort((a, b) => score(a) - score(b) || (a.name < b.name ? -1 : 1));
    if (ordered.length === 0)
        throw new Error('No function with a .zip package in this Region: create one first.');
    return deps.prompter.pick(ordered.map((f) => ({
        label: f.name,
        description: [f.runtime, score(f) === 0 ? 'same name as the folder' : undefined]
            .filter(Boolean)
            .join(' · '),
        detail: f.description,
        value: f,
    })), {
        title: exports.DEPLOY_FUNCTION_TITLE,
        placeholder: `Deploy ${path.basename(folder)} to which function?${truncated ? ` (first ${items.length} functions)` : ''}`,
    });
}
async function deployFolderToFunction(deps, folderArg, fnArg) {
    const title = exports.DEPLOY_FUNCTION_TITLE;
    const lambda = (0, connection_1.lambdaOf)(deps);
    const folder = await (0, resolve_1.resolveFolder)(deps, folderArg, title);
    const target = await targetOf(deps, lambda, fnArg, folder);
    const functionName = target.name;
    const before = await lambda.getFunctionConfiguration(functionName);
    if (before.packageType === 'Image')
        throw new Error(`This function runs a container image: deploy a new image instead of a folder: ${functionName}`);
    (0, runtimeGuard_1.checkUpdatable)(before);
    const rt = (0, runtimes_1.assessRuntime)(before.runtime);
    if (rt.status === 'createBlocked' || rt.status === 'deprecated')
        deps.log.warn(`${rt.note} (${functionName})`);
    const scan = await (0, packageAndUpload_1.scanWithPreflight)(deps, folder);
    const check = await (0, handlerGuess_1.checkHandler)(scan.files, before.handler, (0, runtimes_1.runtimeFamily)(before.runtime));
    const detail = `${check.ok === false ? '$(warning) ' : ''}${check.message}`;
    // When the folder does not provide the function's handler, the first item (what Enter picks) changes nothing.
    const choice = await deps.prompter.pick([
        ...(check.ok === false
            ? [
                {
                    label: `Keep ${functionName} as it is`,
                    description: "the folder does not provide the function's handler",
                    detail,
                    value: 'keep',
                },
            ]
            : []),
        { label: `Deploy to ${functionName}`, description: 'update $LATEST', detail, value: false },
        {
            label: `Deploy to ${functionName} and publish a version`,
            description: 'a numbered, immutable version of the new code',
            detail,
            value: true,
        },
    ], {
        title,
        placeholder: `Replace the code of ${functionName} (${before.runtime ?? 'no runtime'}) with ${path.basename(folder)}: ${scan.fileCount} files, ${(0, format_1.formatBytes)(scan.totalBytes)}`,
    });
    if (choice === 'keep')
        throw new prompter_1.Cancelled();
    return deployFolder(deps, lambda, { folder, before, publish: choice }, scan);
}
/** The executor: package and upload → guarded UpdateFunctionCode → wait → optionally publish a version. */
async function deployFolder(deps, lambda, plan, scan) {
    const { folder, before, publish } = plan;
    const functionName = before.name;
    const out = await (0, packageAndUpload_1.packageAndUpload)(deps, {
        title: `Deploying to ${functionName}`,
        folder: scan.root,
        entries: (0, layerLayout_1.toZipEntries)(scan.files, ''),
        s3Key: (sha) => (0, packageAndUpload_1.artifactKey)('functions', functionName, sha),
        unchanged: async (sha) => before.codeSha256 === sha
            ? {
                message: `Unchanged: ${functionName} already runs exactly this code. Deploy anyway?`,
                confirm: 'Deploy Anyway',
            }
            : undefined,
        call: async (code, report, archive) => {
            report({ message: 'Updating the function code' });
            const { result } = await (0, guardedWrite_1.guardedWrite)({
                state: before,
                write: (s) => lambda.updateFunctionCode(functionName, code, {
                    ...(s.revisionId ? { revisionId: s.revisionId } : {}),
                    codeSha256: archive.sha256,
                    onRecovered: (note) => deps.log.warn(note),
                }),
                reread: () => lambda.getFunctionConfiguration(functionName),
                waitUntilIdle: () => lambda.waitUntilUpdated(functionName),
                onConflict: async (was, now, cause) => (cause === 'busy' && now.codeSha256 === was.codeSha256) ||
                    deps.prompter.confirm(`The function changed since it was read (someone else deployed or edited it): ${functionName}`, {
                        detail: `${now.codeSha256 !== was.codeSha256 ? 'Its code changed.' : 'Its configuration changed.'} Deploy your folder over the current version?`,
                        confirm: 'Deploy Over It',
                        modal: true,
                    }),
                stopped: () => new prompter_1.Cancelled(),
            });
            return result;
        },
    });
    if (out.status === 'unchanged') {
        void deps.notifier.info(`Not deployed: the function already runs this code: ${functionName}`);
        return { status: 'unchanged', functionName, viaS3: false };
    }
    await deps.changes.fire({ kind: 'function', name: functionName, arn: out.result.arn });
    const configuration = await deps.progress.run(`Deploying to ${functionName}`, { cancellable: true }, (report, signal) => {
        report({ message: 'Waiting for the update to finish' });
        return lambda.waitUntilUpdated(functionName, { signal });
    });
    let publishedVersion;
    if (publish) {
        const v = await lambda.publishVersion(functionName, {
            codeSha256: out.sha256,
            ...(configuration.revisionId ? { revisionId: configuration.revisionId } : {}),
        });
        publishedVersion = v.version;
    }
    await deps.changes.fire({ kind: 'function', name: functionName, arn: configuration.arn });
    deps.log.info(`Deployed ${folder} to ${configuration.arn}${publishedVersion ? `, published version ${publishedVersion}` : ''}`);
    void deps.notifier.info(publishedVersion
        ? `Deployed and published version ${publishedVersion} of ${functionName}: ${(0, format_1.formatBytes)(configuration.codeSize)}`
        : `Deployed to ${functionName}: ${(0, format_1.formatBytes)(configuration.codeSize)}`);
    return {
        status: 'deployed',
        functionName,
        configuration,
        viaS3: out.viaS3,
        ...(publishedVersion ? { publishedVersion } : {}),
    };
}
//# sourceMappingURL=deployFunction.js.map