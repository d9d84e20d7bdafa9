// The connection states behind the welcome views: no Region, no credentials, and back to a working connection.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LambdaExplorerApi } from '../../src/extension';
import { getApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

describe('Connection states (welcome views)', function () {
  this.timeout(60_000);
  const ctx = withEmulator('sample');
  let api: LambdaExplorerApi;
  const config = () => vscode.workspace.getConfiguration('lambdaExplorer');

  before(async () => {
    api = await getApi<LambdaExplorerApi>();
    await waitFor(() => api.connection.active?.connection.endpoint === ctx.emulator.endpoint, {
      message: 'connected',
    });
  });

  afterEach(async () => {
    await config().update('profile', 'emulator', vscode.ConfigurationTarget.Global);
    await config().update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
    await waitFor(() => api.connection.state === 'ready' && api.explorer.functionsRoot, {
      message: 'ready again',
    });
  });

  it('a profile without a Region empties the views (the "choose a Region" welcome) and keeps the reason', async () => {
    const before = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION };
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      await config().update('region', '', vscode.ConfigurationTarget.Global);
      await config().update('profile', 'profile-that-does-not-exist', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.connection.state === 'noRegion', { message: 'noRegion state' });
      assert.deepStrictEqual(await api.providers.functions.getChildren(), []);
      assert.deepStrictEqual(await api.providers.layers.getChildren(), []);
      assert.match(api.connection.problem ?? '', /No AWS Region is set/);
    } finally {
      Object.assign(
        process.env,
        Object.fromEntries(Object.entries(before).filter(([, v]) => v !== undefined)),
      );
    }
  });

  it('credentials that cannot be found switch to the "no credentials" welcome; choosing a good profile recovers', async () => {
    await config().update('profile', 'profile-that-does-not-exist', vscode.ConfigurationTarget.Global);
    await waitFor(
      () =>
        api.connection.active?.connection.profile === 'profile-that-does-not-exist' &&
        api.explorer.functionsRoot,
      {
        message: 'rebuilt with the unknown profile',
      },
    );
    await api.providers.functions.getChildren();
    await waitFor(() => api.connection.state === 'noCredentials', { message: 'noCredentials state' });
    assert.deepStrictEqual(
      await api.providers.functions.getChildren(),
      [],
      'the view is empty so its welcome content shows',
    );
    assert.match(api.connection.problem ?? '', /profile|credential/i);

    await config().update('profile', 'emulator', vscode.ConfigurationTarget.Global);
    await waitFor(() => api.connection.state === 'ready', { message: 'ready with the emulator profile' });
    const children = await api.providers.functions.getChildren();
    assert.ok(children.some((c) => c.view().label === 'orders-api'));
  });

  it("a rebuild hands the explorer a new service with its own caches, and artifacts() the new connection's one store", async () => {
    const before = api.connection.active!;
    const store = api.deps.workspace.artifacts();
    assert.strictEqual(api.deps.workspace.artifacts(), store, 'one store (one S3 client) per connection');
    assert.strictEqual(api.explorer.connection?.usedBy, before.usedBy);

    api.deps.connection.reconnect(); // the same settings
    await waitFor(
      () =>
        api.connection.active !== before &&
        api.explorer.connection?.lambda === api.connection.active?.service,
      { message: 'rebuilt' },
    );
    const after = api.connection.active!;
    assert.notStrictEqual(after.usedBy, before.usedBy, 'not the cache filled through the old service');
    assert.notStrictEqual(after.catalog, before.catalog);
    assert.strictEqual(api.explorer.connection.usedBy, after.usedBy);
    assert.strictEqual(api.explorer.connection.catalog, after.catalog);
    assert.notStrictEqual(api.deps.workspace.artifacts(), store, 'the new connection has its own store');
    const children = await api.providers.functions.getChildren();
    assert.ok(
      children.some((c) => c.view().label === 'orders-api'),
      'the tree loads through the new connection',
    );
  });
});
