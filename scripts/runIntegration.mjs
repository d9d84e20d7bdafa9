#!/usr/bin/env node
// Integration tier: runs the mocha tests in out/test/integration INSIDE code-server's Node extension host.
//   node scripts/runIntegration.mjs
// env: INTEGRATION_TIMEOUT_MS (default 300000), MOCHA_GREP, VERBOSE=1, KEEP_USER_DATA=1, CS_ROOT,
//      TEST_RESULTS_FILE (default .test-artifacts/integration-results.json).
// The extension under test is the project folder as is: package.json's main, dist/extension.js, the esbuild
// bundle that ships in the .vsix (npm run build). The tests (tsc's out/test/integration) reach it only through
// what activate() returns (a read-only API), VS Code commands, and a test double of `vscode.window`
// (test/integration/support/testWindow.ts): in the extension host, files under the extension's folder get the
// same `vscode` object as the extension, so the double answers the bundle's prompts.
// Exit code: 0 all passed, 1 test failures, 2 infrastructure error / timeout.
//
// How: code-server runs with `--vscode-option enable-smoke-test-driver`, so the browser workbench honours
// the URL payload keys extensionDevelopmentPath / extensionTestsPath / extensionEnvironment. The remote
// extension host require()s out/test/integration/index.js and calls run(); when it settles the workbench
// calls window.codeAutomationExit(code), which Playwright exposes to us.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
  ARTIFACTS,
  PROJECT_ROOT,
  copyWorkspace,
  exitOnSignals,
  launchChromium,
  mkTmp,
  remoteUri,
  startCodeServer,
  workbenchUrl,
  writeAwsProfileFiles,
} from './codeServer.mjs';

exitOnSignals();

const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 300_000);
const testsEntry = path.join(PROJECT_ROOT, 'out/test/integration/index.js');
const resultsFile = process.env.TEST_RESULTS_FILE ?? path.join(ARTIFACTS, 'integration-results.json');
const logDir = path.join(ARTIFACTS, 'integration');
fs.rmSync(resultsFile, { force: true });
fs.rmSync(logDir, { recursive: true, force: true });
fs.mkdirSync(logDir, { recursive: true });

// The workbench's own info-level chatter; everything else (mocha's output, errors) is printed.
const NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Started local extension host|Loading development extension|\[perf\]|Extension host \(Remote\) is unresponsive|Extension host \(Remote\) is responsive)/;
const t0 = Date.now();
const tick = (m) => console.log(`[integration +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

let cs,
  browser,
  exitCode = 2;
const temps = [];
try {
  if (!fs.existsSync(testsEntry)) {
    throw new Error(`compiled tests missing, run npm run build:tests: ${testsEntry}`);
  }
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist/extension.js'))) {
    throw new Error('dist/extension.js missing, run npm run build');
  }
  const tmp = mkTmp('lambda-it-');
  temps.push(tmp);
  const extensionFolder = PROJECT_ROOT;
  const awsEnv = writeAwsProfileFiles(path.join(tmp, 'aws'));
  const workspace = copyWorkspace();
  temps.push(path.dirname(workspace));
  cs = await startCodeServer({
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: path.join(tmp, 'extensions'),
    smokeTestDriver: true,
    logFile: path.join(logDir, 'code-server.log'),
    // Until a test points the extension at its emulator, requests go to a closed local port, never to AWS.
    settings: {
      'lambdaExplorer.endpoint': 'http://127.0.0.1:9',
      'lambdaExplorer.region': 'us-east-1',
      'lambdaExplorer.profile': 'emulator',
    },
    env: awsEnv,
  });
  tick(`code-server up at ${cs.url} in ${cs.readyMs} ms`);

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let settle;
  const done = new Promise((r) => {
    settle = r;
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    for (const l of logs ?? []) {
      // browser-side logs (window.log, network.log, ...)
      const f = path.join(logDir, 'browser-logs', l.relativePath);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, l.contents);
    }
    settle(code);
  });
  // While tests run the workbench mirrors its log service (incl. the extension host console = mocha's reporter).
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    if (process.env.VERBOSE || level === 'error' || !NOISE.test(line)) {
      (level === 'error' ? console.error : console.log)(line);
    }
  });
  if (process.env.VERBOSE) {
    page.on('console', (msg) => console.log('[browser]', msg.text()));
  }
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));

  const host = new URL(cs.url).host;
  const url = workbenchUrl(cs.url, {
    folder: workspace,
    payload: [
      ['extensionDevelopmentPath', remoteUri(host, extensionFolder)],
      ['extensionTestsPath', remoteUri(host, testsEntry)],
      [
        'extensionEnvironment',
        JSON.stringify({
          ...awsEnv,
          TEST_RESULTS_FILE: resultsFile,
          TEST_WORKSPACE: workspace,
          ...(process.env.MOCHA_GREP ? { MOCHA_GREP: process.env.MOCHA_GREP } : {}),
        }),
      ],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ],
  });
  tick('opening the workbench; the extension host runs the tests');
  await page.goto(url);
  let timer;
  const code = await Promise.race([
    done,
    new Promise((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await page.screenshot({ path: path.join(logDir, 'timeout.png') }).catch(() => {});
    throw new Error(
      `the tests did not finish within ${timeoutMs} ms (screenshot: ${path.join(logDir, 'timeout.png')})`,
    );
  }
  exitCode = code === 0 ? 0 : 1;
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    tick(`${r.passes} passed, ${r.failures} failed`);
    for (const t of r.results.filter((x) => x.state === 'failed')) {
      console.log(`  FAILED: ${t.title}\n    ${String(t.error).split('\n').slice(0, 6).join('\n    ')}`);
    }
  } else {
    tick('no results file written: the test entry did not load or crashed (see the output above)');
    exitCode = 2;
  }
} catch (e) {
  console.error(`[integration] ERROR: ${e instanceof Error ? e.message : e}`);
  exitCode = 2;
} finally {
  await browser?.close().catch(() => {});
  if (cs) {
    await cs.stop();
    // extension host logs (activation errors, output channels) are worth keeping
    try {
      fs.cpSync(path.join(cs.userDataDir, 'logs'), path.join(logDir, 'logs'), { recursive: true });
    } catch {
      /* no logs */
    }
  }
  if (!process.env.KEEP_USER_DATA) {
    for (const t of temps) {
      fs.rmSync(t, { recursive: true, force: true });
    }
  }
  tick(`done, exit ${exitCode}`);
  process.exit(exitCode);
}
