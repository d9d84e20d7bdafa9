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
exports.TEAM_UTILS_ANSWERS = exports.CancellingProgress = exports.FIXTURES = exports.ShowingPrompter = void 0;
exports.tempDirsLeft = tempDirsLeft;
exports.copyFixture = copyFixture;
exports.makeHarness = makeHarness;
exports.createBucket = createBucket;
exports.objectKeys = objectKeys;
exports.usePublishFixture = usePublishFixture;
// Shared by the publish command tests: a progress that cancels on a step, fixtures copied to a temp folder,
// buckets; the deps come from the shared command harness (test/unit/support/commandHarness.ts).
const client_s3_1 = require("@aws-sdk/client-s3");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const packageAndUpload_1 = require("../../../src/commands/steps/packageAndUpload");
const emulator_1 = require("../../emulator/emulator");
const emulatorService_1 = require("../support/emulatorService");
const commandHarness_1 = require("../support/commandHarness");
var recorders_1 = require("../support/recorders");
Object.defineProperty(exports, "ShowingPrompter", { enumerable: true, get: function () { return recorders_1.ShowingPrompter; } });
exports.FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/workspace');
/** Runs tasks at once and aborts (like the user pressing Cancel) when a step message matches. */
class CancellingProgress {
    when;
    steps = [];
    constructor(when) {
        this.when = when;
    }
    async run(title, _o, task) {
        this.steps.push(title);
        const controller = new AbortController();
        return task((s) => {
            if (!s.message)
                return;
            this.steps.push(s.message);
            if (this.when(s.message))
                controller.abort();
        }, controller.signal);
    }
}
exports.CancellingProgress = CancellingProgress;
function tempDirsLeft() {
    return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(packageAndUpload_1.TEMP_PREFIX));
}
/** The answers that publish test/fixtures/workspace/layers/shared-utils as a new layer "team-utils" (nodejs/). */
exports.TEAM_UTILS_ANSWERS = [
    'New layer…',
    'team-utils',
    'nodejs/',
    ['nodejs22.x'],
    ['x86_64'],
    'Team helpers',
    'MIT',
    'Publish',
];
function copyFixture(rel, into) {
    const target = path.join(into, path.basename(rel));
    fs.cpSync(path.join(exports.FIXTURES, rel), target, { recursive: true });
    return target;
}
/** The shared command harness (test/unit/support/commandHarness.ts). */
function makeHarness(emu, lambda, answers, opts = {}) {
    return (0, commandHarness_1.makeCommandHarness)(emu, lambda, answers, opts);
}
/** Creates a bucket through the SDK (the emulator's S3 subset answers CreateBucket / HeadBucket). */
async function createBucket(emu, bucket) {
    const s3 = new client_s3_1.S3Client({
        endpoint: emu.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    await s3.send(new client_s3_1.CreateBucketCommand({ Bucket: bucket }));
}
/** The bucket's object keys. */
function objectKeys(emu, bucket) {
    return [...(emu.state.s3.buckets.get(bucket)?.keys() ?? [])];
}
/**
 * A mocha fixture for the folder commands: per test, a fresh emulator (`sample` seed; updates take
 * `updateDelayMs`), its LambdaService with one attempt per call, and a temp folder for copies of fixtures.
 */
function usePublishFixture(prefix, updateDelayMs) {
    const fx = {};
    beforeEach(async () => {
        fx.work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
        fx.emu = await (0, emulator_1.startEmulator)({
            seed: 'sample',
            ...(updateDelayMs !== undefined ? { updateDelayMs } : {}),
        });
        fx.lambda = (0, emulatorService_1.serviceFor)(fx.emu, 1);
    });
    afterEach(async () => {
        await fx.emu.stop();
        fs.rmSync(fx.work, { recursive: true, force: true });
    });
    return fx;
}
//# sourceMappingURL=publishSupport.js.map