// Mocha reporter: prints the usual spec output and writes a JSON summary for scripts/test.mjs.
//   mocha --reporter ./scripts/mochaJsonReporter.cjs --reporter-option output=<file.json>
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

class SpecAndJson extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const output =
      (options && options.reporterOption && options.reporterOption.output) || process.env.MOCHA_JSON_OUTPUT;
    const results = [];
    runner.on(EVENT_TEST_PASS, (t) =>
      results.push({ title: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration }),
    );
    runner.on(EVENT_TEST_FAIL, (t, err) =>
      results.push({
        title: t.fullTitle(),
        file: t.file,
        state: 'failed',
        error: String((err && err.stack) || err),
      }),
    );
    runner.on(EVENT_TEST_PENDING, (t) =>
      results.push({ title: t.fullTitle(), file: t.file, state: 'pending' }),
    );
    runner.once(EVENT_RUN_END, () => {
      if (!output) {
        return;
      }
      const passes = results.filter((r) => r.state === 'passed').length;
      const failures = results.filter((r) => r.state === 'failed').length;
      const pending = results.filter((r) => r.state === 'pending').length;
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, JSON.stringify({ passes, failures, pending, results }, null, 2));
    });
  }
}

module.exports = SpecAndJson;
