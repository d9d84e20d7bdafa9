// Mocha entry point loaded by the VS Code extension host (extensionTestsPath), in code-server
// (scripts/runIntegration.mjs) or in desktop VS Code (test/electron/runElectron.ts).
// The host calls run(); a rejected promise makes the test run exit non-zero.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  file?: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

/** Every compiled `*.test.js` below this folder, sorted for a stable order. */
function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.MOCHA_GREP) {
    mocha.grep(process.env.MOCHA_GREP);
  }
  for (const f of testFiles(__dirname)) {
    mocha.addFile(f);
  }
  const results: TestResult[] = [];
  const writeResults = (): void => {
    const file = process.env.TEST_RESULTS_FILE;
    if (!file) {
      return;
    }
    const passes = results.filter((r) => r.state === 'passed').length;
    const failures = results.filter((r) => r.state === 'failed').length;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ passes, failures, results }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        writeResults();
        if (failures > 0) {
          reject(new Error(`Integration tests failed: ${failures}`));
        } else {
          resolve();
        }
      });
      runner.on('pass', (t) =>
        results.push({ title: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration }),
      );
      runner.on('fail', (t, err: unknown) =>
        results.push({
          title: t.fullTitle(),
          file: t.file,
          state: 'failed',
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        }),
      );
    } catch (err) {
      results.push({
        title: 'loading the integration tests',
        state: 'failed',
        error: String(err instanceof Error ? err.stack : err),
      });
      writeResults();
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
