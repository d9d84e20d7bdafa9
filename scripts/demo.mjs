#!/usr/bin/env node
// THE demo command (`npm run demo`): builds and packages the extension, starts the Lambda emulator with the
// `sample` seed, and serves a VS Code (code-server) with the .vsix installed and pointed at the emulator,
// on a temporary copy of test/fixtures/workspace. Ctrl+C stops everything it started.
//   node scripts/demo.mjs [--port 8123] [--host 127.0.0.1] [--emulator-port 4567] [--skip-build]
// --host 0.0.0.0 exposes the workbench to the network: authentication is off, so only do that on a trusted one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {
  PROJECT_ROOT,
  copyWorkspace,
  emulatorSettings,
  freePort,
  installVsix,
  mkTmp,
  startCodeServer,
  workbenchUrl,
  writeAwsProfileFiles,
} from './codeServer.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) {
    return dflt;
  }
  return argv[i].includes('=') ? argv[i].split('=').slice(1).join('=') : argv[i + 1];
};
const wantedPort = Number(opt('port', '8123'));
const host = opt('host', '127.0.0.1');
const wantedEmulatorPort = Number(opt('emulator-port', '4567'));
const say = (m) => console.log(`[demo] ${m}`);
const die = (m, code = 1) => {
  console.error(`[demo] ERROR: ${m}`);
  cleanup();
  process.exit(code);
};

// ---- everything started here is stopped by cleanup() ----------------------------------------------
const temps = [];
let emulatorProc;
let cs;
let cleaned = false;
function cleanup() {
  if (cleaned) {
    return;
  }
  cleaned = true;
  if (cs) {
    try {
      process.kill(-cs.proc.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  if (emulatorProc) {
    try {
      process.kill(-emulatorProc.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
}
async function shutdown() {
  say('stopping code-server and the emulator…');
  await cs?.stop();
  if (emulatorProc && emulatorProc.exitCode === null) {
    const exited = new Promise((r) => emulatorProc.once('exit', r));
    try {
      process.kill(-emulatorProc.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    try {
      process.kill(-emulatorProc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  cleaned = true;
  for (const t of temps) {
    fs.rmSync(t, { recursive: true, force: true });
  }
  say('stopped');
  process.exit(0);
}
process.on('exit', cleanup);
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (!stopping) {
      stopping = true;
      void shutdown();
    }
  });
}

function step(title, cmd, args) {
  say(title);
  const r = spawnSync(cmd, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

// ---- 1. prerequisites and build -------------------------------------------------------------------
if (!argv.includes('--skip-build')) {
  const prep = step('preparing Chromium + code-server (first time: about 2 minutes)', 'bash', [
    path.join(PROJECT_ROOT, 'scripts/prepare-vscode.sh'),
  ]);
  if (prep !== 0) {
    die('the prerequisites could not be installed (see the [prepare] message above)', prep);
  }
  if (step('compiling the emulator (npm run build:tests)', 'npm', ['run', '--silent', 'build:tests']) !== 0) {
    say('tsc reported errors; continuing with the JavaScript it emitted');
  }
  if (
    step('building and packaging the extension (npm run package)', 'npm', ['run', '--silent', 'package']) !==
    0
  ) {
    die('npm run package failed');
  }
}
const vsix = path.join(PROJECT_ROOT, 'dist/lambda-explorer.vsix');
const emulatorCli = path.join(PROJECT_ROOT, 'out/test/emulator/cli.js');
if (!fs.existsSync(vsix)) {
  die(`no vsix, run npm run package: ${vsix}`);
}
if (!fs.existsSync(emulatorCli)) {
  die(`emulator not compiled, run npm run build:tests: ${emulatorCli}`);
}

// ---- 2. the emulator ------------------------------------------------------------------------------
const emulatorPort = await freePort(wantedEmulatorPort);
if (emulatorPort !== wantedEmulatorPort) {
  say(`port ${wantedEmulatorPort} is busy: the emulator uses ${emulatorPort}`);
}
emulatorProc = spawn(process.execPath, [emulatorCli, '--seed', 'sample', '--port', String(emulatorPort)], {
  cwd: PROJECT_ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
const endpoint = await new Promise((resolve, reject) => {
  const timer = setTimeout(
    () => reject(new Error('the emulator did not report its address within 30 s')),
    30_000,
  );
  emulatorProc.once('exit', (code) => reject(new Error(`the emulator exited: ${code}`)));
  readline.createInterface({ input: emulatorProc.stdout }).on('line', (line) => {
    const m = /listening on (http:\/\/\S+)/.exec(line);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    } else if (process.env.VERBOSE) {
      console.log(`[emulator] ${line}`);
    }
  });
}).catch((e) => die(e.message));
say(`Lambda emulator (pid ${emulatorProc.pid}) at ${endpoint} with the sample seed`);

// ---- 3. code-server with the vsix installed and the settings pointing at the emulator -------------
const tmp = mkTmp('lambda-demo-');
temps.push(tmp);
const awsEnv = writeAwsProfileFiles(path.join(tmp, 'aws'));
const userDataDir = path.join(tmp, 'user-data');
const extensionsDir = path.join(tmp, 'extensions');
try {
  installVsix(vsix, userDataDir, extensionsDir);
} catch (e) {
  die(e.message);
}
const workspace = copyWorkspace();
temps.push(path.dirname(workspace));
const port = await freePort(wantedPort);
if (port !== wantedPort) {
  say(`port ${wantedPort} is busy: code-server uses ${port}`);
}
try {
  cs = await startCodeServer({
    port,
    host,
    userDataDir,
    extensionsDir,
    folder: workspace,
    smokeTestDriver: false, // notifications render only without the smoke-test driver
    settings: emulatorSettings(endpoint),
    env: awsEnv, // the extension host inherits it: the AWS SDK finds the `emulator` profile
    logFile: path.join(tmp, 'code-server.log'),
  });
} catch (e) {
  die(e.message);
}
const url = workbenchUrl(cs.url, { folder: workspace });
console.log(`
  Lambda Explorer demo is ready.

    Open:       ${url}
    Emulator:   ${endpoint}  (sample account 123456789012, us-east-1; profile "emulator" with fake keys)
    Workspace:  ${workspace}  (a temporary copy of test/fixtures/workspace)
    Logs:       ${cs.logFile} and ${path.join(userDataDir, 'logs')}

  What to try:
    - Click the λ icon in the activity bar: the Functions and Layers views list the emulator's account.
    - Expand a function to see its layers; expand a layer to see its versions and which functions use them.
    - Filter a view, copy an ARN, show a layer version's policy (shared-utils v7 is shared with an organization).
    - In the Explorer, right-click layers/shared-utils for the extension's folder commands.
    - "Lambda Explorer: Show Log" (F1) shows every AWS call the extension makes.

  Ctrl+C stops code-server and the emulator.
`);
