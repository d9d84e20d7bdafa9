// Runs the integration tests (test/integration) in desktop VS Code downloaded by @vscode/test-electron.
// For machines that can download VS Code; `npm test` uses code-server instead (scripts/runIntegration.mjs).
// The extension under test is the shipped bundle, dist/extension.js (package.json's main), as in
// scripts/runIntegration.mjs.
//   npm run test:electron
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

/** The fake `emulator` AWS profile files, written by the same helper the code-server runners use. */
async function writeAwsProfileFiles(dir: string): Promise<Record<string, string>> {
  // An ES module; TypeScript turns this into require(), which loads ES modules on Node >= 20.19.
  const cs = (await import(path.join(projectRoot, 'scripts', 'codeServer.mjs'))) as {
    writeAwsProfileFiles(dir: string): Record<string, string>;
  };
  return cs.writeAwsProfileFiles(dir);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-electron-'));
  try {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(projectRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    const userDataDir = path.join(tmp, 'user-data');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    // Until a test points the extension at its emulator, requests go to a closed local port, never to AWS.
    fs.writeFileSync(
      path.join(userDataDir, 'User', 'settings.json'),
      JSON.stringify({
        'lambdaExplorer.endpoint': 'http://127.0.0.1:9',
        'lambdaExplorer.region': 'us-east-1',
        'lambdaExplorer.profile': 'emulator',
        'security.workspace.trust.enabled': false,
      }),
    );
    await runTests({
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(projectRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--user-data-dir', userDataDir, '--disable-extensions'],
      extensionTestsEnv: {
        ...(await writeAwsProfileFiles(path.join(tmp, 'aws'))),
        TEST_RESULTS_FILE: path.join(projectRoot, '.test-artifacts', 'electron-results.json'),
        TEST_WORKSPACE: workspace,
        ...(process.env.MOCHA_GREP ? { MOCHA_GREP: process.env.MOCHA_GREP } : {}),
      },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(
    `Integration tests in VS Code (electron) failed: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
