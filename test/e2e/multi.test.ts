// Several accounts and Regions in the real workbench (the emulator's `multi` seed; we are 123456789012): another
// account's public layer attached to our function opens read-only with its owner named, and "Publish to Regions…"
// ends in a per-Region report. Screenshots: multi-foreign-layer-readonly, multi-publish-regions-report.
import * as assert from 'assert';
import { LambdaClient, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { useWorkbench } from './support/workbench';

const FOREIGN = 'arn:aws:lambda:us-east-1:999999999999:layer:otel-collector:3';

describe('Several accounts and Regions in the workbench', () => {
  const fx = useWorkbench('multi', { seed: 'multi' });

  before(async function () {
    this.timeout(60_000);
    const client = new LambdaClient({
      endpoint: fx.wb.emulator.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    try {
      // A function the explorer has already listed (the picker offers those) gets the publisher's public layer.
      await client.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: 'payments-worker', Layers: [FOREIGN] }),
      );
    } finally {
      client.destroy();
    }
    const icon = fx.wb.page.locator('.activitybar [aria-label^="Lambda Explorer"]').first();
    await icon.waitFor({ timeout: 30_000 });
    await icon.click();
    // Connected and listed: palette commands that need a connection show only then, and the picker offers the
    // functions the explorer has listed.
    await fx.wb.treeRow('payments-worker').waitFor({ timeout: 30_000 });
  });

  it('opens another account’s public layer read-only, naming its owner', async () => {
    const { wb } = fx;
    await wb.runCommand('Lambda Explorer: Show Function Configuration');
    await fx.wb.pick('payments-worker', 'Show Function Configuration', 30_000);
    const fn = wb.webviewFrame();
    await fn.locator('#title', { hasText: 'payments-worker' }).waitFor({ timeout: 30_000 });
    await fn.locator('#layers vscode-button', { hasText: 'otel-collector:3' }).click();
    const lv = wb.webviewFrame();
    await lv.locator('#read-only').waitFor({ timeout: 30_000 });
    assert.match((await lv.locator('#read-only').textContent()) ?? '', /Only account 999999999999/);
    assert.strictEqual(await lv.locator('#owner').textContent(), 'account 999999999999, us-east-1');
    assert.strictEqual(await lv.locator('#grant-form').count(), 0, 'no grant form');
    await wb.screenshot('multi-foreign-layer-readonly');
  });

  it('publishes a layer version to two Regions and shows the per-Region report', async () => {
    const { wb } = fx;
    const { page } = wb;
    await wb.runCommand('View: Close All Editors');
    await wb.runCommand('Lambda Explorer: Publish to Regions…');
    await fx.wb.pick('shared-utils', 'Publish Layer Version to Regions', 30_000);
    await fx.wb.pick('Version 8', 'Publish Layer Version to Regions: shared-utils', 30_000);
    const quick = page.locator('.quick-input-widget');
    await quick
      .locator('.quick-input-title', { hasText: 'shared-utils:8 (from us-east-1)' })
      .waitFor({ timeout: 60_000 });
    for (const [i, region] of ['eu-west-1', 'ap-southeast-2'].entries()) {
      await quick.locator('input').fill(region);
      const row = quick.locator('.monaco-list-row', { hasText: region }).first();
      await row.waitFor();
      const count = quick.locator('.quick-input-count', { hasText: `${i + 1} Selected` });
      for (let n = 0; n < 3 && !(await count.isVisible()); n++) {
        await row.locator('.monaco-icon-label', { hasText: region }).first().click();
        await count.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      await count.waitFor({ timeout: 5_000 });
    }
    await page.keyboard.press('Enter');
    await fx.wb.pick("Don't copy grants", 'Publish Layer Version to Regions', 30_000);
    await fx.wb.pick("Keep each Region's numbering", 'Publish Layer Version to Regions', 30_000);
    await wb.expectNotification('2 published, 0 already current, 0 failed', 90_000);
    await page
      .locator('.notification-toast', { hasText: 'Publishing shared-utils:8' })
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await wb.screenshot('multi-publish-regions-report');
    const world = wb.emulator.world;
    for (const region of ['eu-west-1', 'ap-southeast-2'])
      assert.ok(world.state('123456789012', region).layerVersion('shared-utils', 1), region);
  });
});
