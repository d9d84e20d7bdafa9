#!/usr/bin/env node
// THE test command (`npm test`): prepares code-server + Chromium, builds, then runs every tier:
//   static (typecheck, lint, self-tests of the lint rules) -> unit (plain Node)
//   -> integration (extension host in code-server) -> e2e (Playwright clicking through code-server).
// Ends with one line `N passed, N failed` over all tiers; exits non-zero on any failure, on a tier
// that ran no tests, and on an infrastructure error (each counted as one failure).
// env: TEST_TIERS=static,unit,integration,e2e (default: all); MOCHA_GREP=<pattern> narrows the unit,
//      integration and e2e tiers; VERBOSE=1 (passed to the runners).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE24_BIN } from './codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, '.test-artifacts');
const ALL_TIERS = ['static', 'unit', 'integration', 'e2e'];
const tiers = (process.env.TEST_TIERS ?? ALL_TIERS.join(','))
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
const unknown = tiers.filter((t) => !ALL_TIERS.includes(t));
if (unknown.length > 0) {
  console.error(`Unknown test tier(s) in TEST_TIERS: ${unknown.join(', ')} (known: ${ALL_TIERS.join(', ')})`);
  process.exit(2);
}
const want = (t) => tiers.includes(t);
const MOCHA = path.join(root, 'node_modules/mocha/bin/mocha.js');
const REPORTER = path.join(root, 'scripts/mochaJsonReporter.cjs');
const grepArgs = process.env.MOCHA_GREP ? ['--grep', process.env.MOCHA_GREP] : [];
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const banner = (m) => console.log(`\n==== ${m} [+${secs(Date.now() - t0)}]`);

// ---- child processes: own process group, killed on timeout and on Ctrl+C -----------------------
let current;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (current) {
      try {
        process.kill(-current.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    console.error(`\n[test] interrupted (${sig})`);
    process.exit(130);
  });
}
function run(cmd, args, { timeoutMs = 10 * 60_000, env = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env },
    });
    current = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`[test] ${cmd} ${args.join(' ')} took longer than ${secs(timeoutMs)}: stopping it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: 127, timedOut, ms: Date.now() - started, error: e.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      // take stragglers of the group with it (code-server, Chromium)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve({ code: code ?? (signal ? 128 : 1), timedOut, ms: Date.now() - started });
    });
  });
}
const npmRun = (script, opts) => run('npm', ['run', '--silent', script], opts);
const readJson = (f) => {
  try {
    return JSON.parse(fs.readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
};

// ---- results -------------------------------------------------------------------------------------
const summary = []; // { tier, passed, failed, ms, note }
function record(tier, passed, failed, ms, note = '') {
  summary.push({ tier, passed, failed, ms, note });
  console.log(`[tier] ${tier}: ${passed} passed, ${failed} failed (${secs(ms)})${note ? ` - ${note}` : ''}`);
}
/** Counts from a mocha JSON results file; 0 tests, a crash or a timeout count as one failure. */
function mochaCounts(res, resultsFile) {
  const r = readJson(resultsFile);
  let passed = r?.passes ?? 0;
  let failed = r?.failures ?? 0;
  const notes = [];
  if (r?.pending) {
    failed += r.pending;
    notes.push(`${r.pending} skipped/pending test(s) counted as failures`);
  }
  if (res.timedOut) {
    failed += 1;
    notes.push('timed out');
  } else if (!r) {
    failed += 1;
    notes.push(`no results (exit ${res.code}): the runner crashed or found no tests`);
  } else if (passed + failed === 0) {
    failed += 1;
    notes.push('ran 0 tests');
  } else if (res.code !== 0 && failed === 0) {
    failed += 1;
    notes.push(`exit ${res.code} without a failing test: infrastructure error`);
  }
  return { passed, failed, notes };
}
/** A mocha-style tier. */
function recordMocha(tier, res, resultsFile) {
  const { passed, failed, notes } = mochaCounts(res, resultsFile);
  record(tier, passed, failed, res.ms, notes.join('; '));
}

// ---- 1. prerequisites ------------------------------------------------------------------------------
// The unit tier runs the real AWS SDK, whose releases after January 2027 need Node >= 22: on an older system
// Node it runs on the Node 24 that prepare-vscode.sh installs for code-server (the same Node as the
// integration tier's extension host).
const SDK_MIN_NODE = 22;
const systemNodeOk = Number(process.versions.node.split('.')[0]) >= SDK_MIN_NODE;
const NODE24 = path.join(NODE24_BIN, 'node');
const unitNeedsNode24 = want('unit') && !systemNodeOk;
const needsVsCode = want('integration') || want('e2e');
let vscodeReady = true;
let node24Ready = true;
if (needsVsCode || (unitNeedsNode24 && !fs.existsSync(NODE24))) {
  banner('prepare: Chromium + code-server');
  const res = await run('bash', [path.join(root, 'scripts/prepare-vscode.sh')], { timeoutMs: 8 * 60_000 });
  if (res.code !== 0) {
    vscodeReady = false;
    console.error(
      '[test] the VS Code test tiers cannot run on this machine: see the [prepare] message above.',
    );
    record('prepare', 0, 1, res.ms, 'prerequisites missing');
  }
  node24Ready = fs.existsSync(NODE24);
}
const unitNode = systemNodeOk ? process.execPath : NODE24;

// ---- 2. build --------------------------------------------------------------------------------------
fs.mkdirSync(artifacts, { recursive: true });
let vsixOk = true;
let buildOk = true;
if (want('e2e')) {
  banner('build: vsix (npm run package)');
  fs.rmSync(path.join(root, 'dist/lambda-explorer.vsix'), { force: true });
  const res = await npmRun('package', { timeoutMs: 3 * 60_000 });
  vsixOk = res.code === 0 && fs.existsSync(path.join(root, 'dist/lambda-explorer.vsix'));
  if (!vsixOk) {
    record('package', 0, 1, res.ms, 'npm run package failed');
  }
}
banner('build: extension bundle (npm run build) and tests (npm run build:tests)');
{
  // after `package` so dist/extension.js is the development build (source maps) for the integration tier
  const res = await npmRun('build', { timeoutMs: 3 * 60_000 });
  if (res.code !== 0) {
    buildOk = false;
    record('build', 0, 1, res.ms, 'npm run build failed');
  }
  // A fresh out/: tsc never deletes what an earlier compile left, and a test whose source is gone must not run.
  fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
  const tsc = await npmRun('build:tests', { timeoutMs: 5 * 60_000 });
  if (tsc.code !== 0) {
    console.error('[test] tsc reported errors (JavaScript was still emitted; the static tier counts them)');
    if (!want('static')) {
      record('build:tests', 0, 1, tsc.ms, 'tsc reported errors');
    }
  }
}

// ---- 3. tiers --------------------------------------------------------------------------------------
if (want('static')) {
  banner('tier static: typecheck + lint (eslint, import cycles, prettier) + self-tests of the lint rules');
  const tc = await npmRun('typecheck', { timeoutMs: 5 * 60_000 });
  const lint = await npmRun('lint', { timeoutMs: 5 * 60_000 });
  // test/static: each layering rule must fail on a file that breaks it (compiled by build:tests above)
  const resultsFile = path.join(artifacts, 'static-results.json');
  fs.rmSync(resultsFile, { force: true });
  const self = await run(
    process.execPath,
    [
      MOCHA,
      '--config',
      'test/static/.mocharc.json',
      '--reporter',
      REPORTER,
      '--reporter-option',
      `output=${resultsFile}`,
    ],
    { timeoutMs: 5 * 60_000 },
  );
  const st = mochaCounts(self, resultsFile);
  const failedNames = [tc.code !== 0 && 'typecheck', lint.code !== 0 && 'lint'].filter(Boolean);
  const notes = [failedNames.length ? `failed: ${failedNames.join(', ')}` : 'typecheck, lint'];
  notes.push(
    `${st.passed + st.failed} self-test(s) of the lint rules${st.notes.length ? `: ${st.notes.join('; ')}` : ''}`,
  );
  record(
    'static',
    2 - failedNames.length + st.passed,
    failedNames.length + st.failed,
    tc.ms + lint.ms + self.ms,
    notes.join('; '),
  );
}

if (want('unit')) {
  banner(`tier unit: mocha in plain Node (${systemNodeOk ? process.version : `Node 24 from ${NODE24_BIN}`})`);
  const resultsFile = path.join(artifacts, 'unit-results.json');
  fs.rmSync(resultsFile, { force: true });
  if (!systemNodeOk && !node24Ready) {
    record('unit', 0, 1, 0, `not run: Node >= ${SDK_MIN_NODE} for the AWS SDK is missing (${NODE24})`);
  }
  const res =
    !systemNodeOk && !node24Ready
      ? undefined
      : await run(
          unitNode,
          [
            MOCHA,
            '--config',
            'test/unit/.mocharc.json',
            '--reporter',
            REPORTER,
            '--reporter-option',
            `output=${resultsFile}`,
            ...grepArgs,
          ],
          { timeoutMs: 5 * 60_000 },
        );
  if (res) recordMocha('unit', res, resultsFile);
}

if (want('integration')) {
  banner('tier integration: mocha inside the code-server extension host');
  const resultsFile = path.join(artifacts, 'integration-results.json');
  fs.rmSync(resultsFile, { force: true });
  if (!vscodeReady || !buildOk) {
    record(
      'integration',
      0,
      1,
      0,
      vscodeReady ? 'not run: the build failed' : 'not run: code-server/Chromium missing',
    );
  } else {
    const res = await run(process.execPath, [path.join(root, 'scripts/runIntegration.mjs')], {
      timeoutMs: 6 * 60_000,
      env: { TEST_RESULTS_FILE: resultsFile },
    });
    recordMocha('integration', res, resultsFile);
  }
}

if (want('e2e')) {
  banner('tier e2e: Playwright + code-server (screenshots in .test-artifacts/screenshots)');
  const resultsFile = path.join(artifacts, 'e2e-results.json');
  fs.rmSync(resultsFile, { force: true });
  if (!vscodeReady || !vsixOk) {
    record('e2e', 0, 1, 0, vscodeReady ? 'not run: no vsix' : 'not run: code-server/Chromium missing');
  } else {
    fs.rmSync(path.join(artifacts, 'screenshots'), { recursive: true, force: true });
    fs.rmSync(path.join(artifacts, 'e2e'), { recursive: true, force: true });
    const res = await run(
      process.execPath,
      [
        MOCHA,
        '--config',
        'test/e2e/.mocharc.json',
        '--reporter',
        REPORTER,
        '--reporter-option',
        `output=${resultsFile}`,
        ...grepArgs,
      ],
      { timeoutMs: 8 * 60_000 },
    );
    recordMocha('e2e', res, resultsFile);
  }
}

// ---- 4. summary ------------------------------------------------------------------------------------
const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0);
console.log(`\n==== summary (total ${secs(Date.now() - t0)})`);
for (const s of summary) {
  console.log(
    `  ${s.tier.padEnd(12)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(4)} failed  ${secs(s.ms).padStart(7)}${s.note ? `  ${s.note}` : ''}`,
  );
}
if (summary.length === 0) {
  console.log('  no tier ran');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
