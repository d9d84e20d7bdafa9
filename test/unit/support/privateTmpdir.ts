// Loaded by mocha before any test (test/unit/.mocharc.json "require"): every temporary file this test process
// makes goes into a folder of its own, so tests that check "no temporary folder left behind" see only their own
// process's folders, even when another test run shares the machine's /tmp.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const own = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-explorer-unit-'));
process.env.TMPDIR = own;
process.on('exit', () => fs.rmSync(own, { recursive: true, force: true }));
