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
// Self-tests of the layering rules (eslint.config.mjs, .dependency-cruiser.cjs), run in the static tier.
// Each rule is fed files that break it and must report an error (so `npm run lint` fails), and files it
// allows must pass, so that a rule can neither go quiet (a glob that matches nothing after a rename, a
// dropped config block) nor turn into "always error". The files are written into src/ for the duration of
// a test, because the rules depend on where a file lives, and removed afterwards.
const assert = __importStar(require("assert"));
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const eslint_1 = require("eslint");
const root = path.resolve(__dirname, '../../..'); // out/test/static -> the repository
const RULE = '@typescript-eslint/no-restricted-imports';
/** The same rules for import() and require(), which the import rule does not see. */
const SYNTAX_RULE = 'no-restricted-syntax';
/** Writes files (paths relative to the repository), runs fn, then removes them and any folder it made. */
async function withFiles(files, fn) {
    const made = [];
    try {
        for (const [rel, text] of Object.entries(files)) {
            const abs = path.join(root, rel);
            assert.ok(!fs.existsSync(abs), `refusing to overwrite ${rel}`);
            let topNew;
            for (let d = path.dirname(abs); !fs.existsSync(d); d = path.dirname(d)) {
                topNew = d;
            }
            if (topNew) {
                fs.mkdirSync(path.dirname(abs), { recursive: true });
                made.push(topNew);
            }
            made.push(abs);
            fs.writeFileSync(abs, text);
        }
        return await fn(Object.keys(files).map((rel) => path.join(root, rel)));
    }
    finally {
        for (const p of made.reverse()) {
            fs.rmSync(p, { recursive: true, force: true });
        }
    }
}
describe('layering rules (static tier self-test)', function () {
    before(function () {
        assert.ok(fs.existsSync(path.join(root, 'eslint.config.mjs')), `no eslint.config.mjs in ${root}`);
    });
    describe('ESLint: vscode only in the edge files, the AWS SDK only in src/aws/sdk*.ts', function () {
        // One lint run over every sample (the type-aware project service takes seconds to start).
        const samples = {
            // breaks the vscode rule
            'src/tree/nodes/selfTestVscodeValue.ts': "import * as vscode from 'vscode';\nexport const uri = vscode.Uri;\n",
            'src/aws/selfTestVscodeType.ts': "import type { Uri } from 'vscode';\nexport type U = Uri;\n",
            'src/layers/selfTestVscodeReexport.ts': "export type { Uri } from 'vscode';\n",
            'src/aws/sdkSelfTestVscode.ts': "import type { Uri } from 'vscode';\nexport type U = Uri;\n",
            'src/tree/selfTestVscodeDynamic.ts': "export async function load(): Promise<unknown> {\n  return import('vscode');\n}\n",
            // The generic require() rule silenced: the vscode rule must still see it.
            'src/layers/selfTestVscodeRequire.ts': "// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const v = require('vscode') as unknown;\n",
            // breaks the SDK rule
            'src/tree/selfTestSdkValue.ts': "import { LambdaClient } from '@aws-sdk/client-lambda';\nexport const client = LambdaClient;\n",
            'src/aws/selfTestSdkType.ts': "import type { AwsCredentialIdentity } from '@smithy/types';\nexport type C = AwsCredentialIdentity;\n",
            'src/tree/selfTestSdkDynamic.ts': "export async function load(): Promise<unknown> {\n  return import('@aws-sdk/client-s3');\n}\n",
            'src/ui/vscodeSelfTestSdk.ts': "import type { S3Client } from '@aws-sdk/client-s3';\nexport type C = S3Client;\n",
            // allowed
            'src/ui/vscodeSelfTest.ts': "import * as vscode from 'vscode';\nexport const uri = vscode.Uri;\n",
            'src/aws/sdkSelfTest.ts': "import { LambdaClient } from '@aws-sdk/client-lambda';\n" +
                "import type { AwsCredentialIdentity } from '@smithy/types';\n" +
                'export const client = LambdaClient;\nexport type C = AwsCredentialIdentity;\n',
            'src/aws/sdkSelfTestDynamic.ts': "export async function load(): Promise<unknown> {\n  return import('@aws-sdk/client-s3');\n}\n",
        };
        const EDGE_FILES = [
            'src/extension.ts',
            'src/tree/lambdaTreeProvider.ts',
            'src/webviews/webviewPanels.ts',
            'src/ui/vscodePorts.ts',
        ];
        let byFile;
        let errorResults;
        before(async function () {
            await withFiles(samples, async (abs) => {
                const eslint = new eslint_1.ESLint({ cwd: root });
                const results = await eslint.lintFiles([...abs, ...EDGE_FILES.map((f) => path.join(root, f))]);
                byFile = new Map(results.map((r) => [path.relative(root, r.filePath).split(path.sep).join('/'), r]));
                errorResults = eslint_1.ESLint.getErrorResults(results);
            });
        });
        function restricted(file, what) {
            const r = byFile.get(file);
            assert.ok(r, `${file} was not linted`);
            const fatal = r.messages.filter((m) => m.fatal);
            assert.deepStrictEqual(fatal, [], `${file} did not parse`);
            return r.messages
                .filter((m) => (m.ruleId === RULE || m.ruleId === SYNTAX_RULE) && m.severity === 2)
                .map((m) => m.message)
                .filter((m) => (what === 'vscode' ? m.includes('import vscode') : m.includes('talk to the AWS SDK')));
        }
        function assertFails(file, what) {
            assert.strictEqual(restricted(file, what).length, 1, `${file}: expected one ${what} error`);
            assert.ok(errorResults.some((r) => r.filePath === path.join(root, file)), `${file}: eslint would not exit non-zero`);
        }
        function assertAllowed(file, what) {
            assert.deepStrictEqual(restricted(file, what), [], `${file}: ${what} import refused`);
        }
        it('refuses a value import of vscode outside the edge files', function () {
            assertFails('src/tree/nodes/selfTestVscodeValue.ts', 'vscode');
        });
        it('refuses a type-only import of vscode outside the edge files', function () {
            assertFails('src/aws/selfTestVscodeType.ts', 'vscode');
        });
        it('refuses a re-export from vscode outside the edge files', function () {
            assertFails('src/layers/selfTestVscodeReexport.ts', 'vscode');
        });
        it('refuses vscode in an SDK file (src/aws/sdk*.ts is not an edge file)', function () {
            assertFails('src/aws/sdkSelfTestVscode.ts', 'vscode');
        });
        it('refuses import() and require() of vscode outside the edge files', function () {
            assertFails('src/tree/selfTestVscodeDynamic.ts', 'vscode');
            assertFails('src/layers/selfTestVscodeRequire.ts', 'vscode');
        });
        it('allows vscode in the edge files (src/ui/vscode*.ts and the named ones)', function () {
            assertAllowed('src/ui/vscodeSelfTest.ts', 'vscode');
            for (const f of EDGE_FILES) {
                assert.ok(fs.readFileSync(path.join(root, f), 'utf8').includes("from 'vscode'"), `${f} imports vscode`);
                assertAllowed(f, 'vscode');
            }
        });
        it('refuses a value import of @aws-sdk/* outside src/aws/sdk*.ts', function () {
            assertFails('src/tree/selfTestSdkValue.ts', 'sdk');
        });
        it('refuses a type-only import of @smithy/* in src/aws outside sdk*.ts', function () {
            assertFails('src/aws/selfTestSdkType.ts', 'sdk');
        });
        it('refuses the SDK in an edge file (edge files are not SDK files)', function () {
            assertFails('src/ui/vscodeSelfTestSdk.ts', 'sdk');
        });
        it('refuses import() of the SDK outside src/aws/sdk*.ts', function () {
            assertFails('src/tree/selfTestSdkDynamic.ts', 'sdk');
        });
        it('allows @aws-sdk/* and @smithy/* in src/aws/sdk*.ts, imported or loaded with import()', function () {
            for (const f of ['src/aws/sdkSelfTest.ts', 'src/aws/sdkSelfTestDynamic.ts']) {
                assertAllowed(f, 'sdk');
                assert.ok(!errorResults.some((r) => r.filePath === path.join(root, f)), `${f} fails lint`);
            }
        });
    });
    describe('dependency-cruiser: no import cycles in src/ (npm run lint:cycles)', function () {
        const dir = `src/selfTestCycle${process.pid}`;
        /** Runs the lint:cycles script of package.json on `dir` instead of src/. */
        function lintCycles() {
            const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
            const [bin, ...args] = (pkg.scripts['lint:cycles'] ?? '').split(/\s+/);
            assert.strictEqual(bin, 'depcruise');
            const at = args.indexOf('src');
            assert.ok(at >= 0, 'lint:cycles does not cruise src');
            args[at] = dir;
            const cli = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
            const r = (0, child_process_1.spawnSync)(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
            return { status: r.status, out: `${r.stdout}${r.stderr}` };
        }
        it('fails on two files that import each other', async function () {
            await withFiles({
                [`${dir}/a.ts`]: "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
                [`${dir}/b.ts`]: "import { a } from './a';\nexport const b = (): number => (a.length ? 1 : 0);\n",
            }, async () => {
                const r = lintCycles();
                assert.notStrictEqual(r.status, 0, r.out);
                assert.match(r.out, /no-circular/, r.out);
                assert.ok(r.out.includes(`${dir}/a.ts`) && r.out.includes(`${dir}/b.ts`), r.out);
            });
        });
        it('fails on a cycle made only of type imports', async function () {
            await withFiles({
                [`${dir}/a.ts`]: "import type { B } from './b';\nexport interface A {\n  b?: B;\n}\n",
                [`${dir}/b.ts`]: "import type { A } from './a';\nexport interface B {\n  a?: A;\n}\n",
            }, async () => {
                const r = lintCycles();
                assert.notStrictEqual(r.status, 0, r.out);
                assert.match(r.out, /no-circular/, r.out);
            });
        });
        it('passes on imports that go one way', async function () {
            await withFiles({
                [`${dir}/a.ts`]: "import { b } from './b';\nimport type { B } from './b';\nexport const a: B = b;\n",
                [`${dir}/b.ts`]: 'export interface B {\n  n: number;\n}\nexport const b: B = { n: 1 };\n',
            }, async () => {
                const r = lintCycles();
                assert.strictEqual(r.status, 0, r.out);
                assert.doesNotMatch(r.out, /no-circular/, r.out);
            });
        });
    });
});
//# sourceMappingURL=layeringRules.test.js.map