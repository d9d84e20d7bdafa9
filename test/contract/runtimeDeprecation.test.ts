// AWS's two deprecation dates per runtime, in the emulator, through the real SDK: from block-create no new
// functions (nor switching to the runtime), from block-update no code, configuration or version changes, except
// moving the function to a runtime still allowed. The emulator's day is pinned: no test depends on the date.
import * as assert from 'assert';
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import type { Runtime } from '@aws-sdk/client-lambda';
import { buildZip } from '../emulator/zipArchive';
import { rejection, ROLE, startHarness } from './contractClients';
import type { Harness } from './contractClients';

const ZIP = buildZip({ 'index.mjs': 'export const handler = async () => 1;\n' });
const BLOCKED =
  /^The runtime parameter of (\S+) is no longer supported for creating or updating AWS Lambda functions\. We recommend you use a supported runtime while creating or updating functions\.$/;

describe('contract: deprecated runtimes (pinned day)', function () {
  this.timeout(20_000);
  let h: Harness;
  let day = '2026-11-29';
  beforeEach(async () => {
    day = '2026-11-29';
    h = await startHarness({ seed: 'sample', updateDelayMs: 0, today: () => Date.parse(day) });
  });
  afterEach(() => h.stop());

  const create = (name: string, runtime: Runtime) =>
    h.lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: runtime,
        Handler: 'index.handler',
        Role: ROLE,
        Code: { ZipFile: ZIP },
      }),
    );

  it('refuses a create past the block-create date with AWS error and words', async () => {
    const e = await rejection(create('on-node20', 'nodejs20.x'));
    assert.strictEqual(e.name, 'InvalidParameterValueException');
    assert.strictEqual(e.$metadata?.httpStatusCode, 400);
    assert.match(e.message, BLOCKED);
    await create('on-dotnet8', 'dotnet8'); // deprecated since 2026-11-10, blocked for create from 2026-12-10
    day = '2026-12-10';
    assert.match((await rejection(create('on-dotnet8-later', 'dotnet8'))).message, BLOCKED);
  });

  it('refuses code, configuration and publishing on a function past block-update; reads still work', async () => {
    const fn = 'legacy-reports'; // nodejs16.x: updates blocked since 2026-03-09
    const code = await rejection(
      h.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: ZIP })),
    );
    assert.strictEqual(code.name, 'InvalidParameterValueException');
    assert.match(code.message, /runtime parameter of nodejs16\.x is no longer supported/);
    const config = await rejection(
      h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn, Description: 'x' })),
    );
    assert.match(config.message, BLOCKED);
    const publish = await rejection(h.lambda.send(new PublishVersionCommand({ FunctionName: fn })));
    assert.match(publish.message, BLOCKED);
    const read = await h.lambda.send(new GetFunctionCommand({ FunctionName: fn }));
    assert.strictEqual(read.Configuration?.Runtime, 'nodejs16.x');
    assert.strictEqual(h.emulator.state.functions.get(fn)!.versions.length, 0);
  });

  it('lets a blocked function move to a supported runtime, and then change again', async () => {
    const fn = 'legacy-reports';
    const moved = await h.lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: fn, Runtime: 'nodejs24.x' }),
    );
    assert.strictEqual(moved.Runtime, 'nodejs24.x');
    const back = await rejection(
      h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn, Runtime: 'nodejs18.x' })),
    );
    assert.match(back.message, /runtime parameter of nodejs18\.x/);
    await h.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: fn, ZipFile: ZIP }));
  });

  it('follows the dates: before block-update the same change is allowed', async () => {
    day = '2026-03-01';
    const r = await h.lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'legacy-reports',
        Description: 'still allowed',
      }),
    );
    assert.strictEqual(r.Description, 'still allowed');
  });
});
