import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT, useWorkbench } from './support/workbench';

interface Manifest {
  contributes?: {
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
    views?: Record<string, { id: string; name: string }[]>;
    commands?: { command: string; title: string }[];
    menus?: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Manifest;

describe('Smoke: the extension in the real workbench', () => {
  const fx = useWorkbench('smoke');

  it("shows the Lambda views with the account's functions and layers from the activity bar", async () => {
    const { page } = fx.wb;
    await fx.wb.screenshot('smoke-01-workbench');
    const container = manifest.contributes?.viewsContainers?.activitybar?.find(
      (c) => c.id === 'lambdaExplorer',
    );
    assert.ok(container, 'package.json has no lambdaExplorer activity bar container');
    const icon = page.locator(`.activitybar [aria-label^="${container.title}"]`).first();
    await icon.waitFor({ timeout: 30_000 });
    await icon.click();
    const views = manifest.contributes?.views?.lambdaExplorer ?? [];
    assert.ok(views.length > 0, 'package.json contributes no views to the lambdaExplorer container');
    for (const view of views) {
      await page
        .locator('.sidebar .pane-header', { hasText: view.name })
        .first()
        .waitFor({ timeout: 15_000 });
    }
    // the sample seed's functions and layers, listed through the emulator
    await fx.wb.treeRow('orders-api', 'Functions').waitFor({ timeout: 20_000 });
    await fx.wb.treeRow('shared-utils', 'Layers').waitFor({ timeout: 20_000 });
    const operations = new Set(fx.wb.emulator.calls.map((c) => c.operation));
    assert.ok(
      operations.has('ListFunctions') && operations.has('ListLayers'),
      `emulator saw: ${[...operations].join(', ')}`,
    );
    await fx.wb.screenshot('smoke-02-lambda-views');
  });

  it('offers the extension folder commands on a right-click in the Explorer', async () => {
    const { page } = fx.wb;
    const titles = new Map((manifest.contributes?.commands ?? []).map((c) => [c.command, c.title]));
    const folderItems = (manifest.contributes?.menus?.['explorer/context'] ?? [])
      .filter(
        (m) =>
          !m.when ||
          (m.when.includes('explorerResourceIsFolder') && !m.when.includes('!explorerResourceIsFolder')),
      )
      .map((m) => titles.get(m.command) ?? m.command);
    assert.ok(folderItems.length > 0, 'package.json has no explorer/context entries for folders');

    await page.keyboard.press('Control+Shift+E'); // Explorer
    const layers = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'layers' }).first();
    await layers.click(); // expand
    const folder = page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: 'shared-utils' })
      .first();
    await folder.click({ button: 'right' });
    const menu = page.locator('.context-view');
    for (const title of folderItems) {
      await menu.locator('.action-item', { hasText: title }).first().waitFor({ timeout: 10_000 });
    }
    await fx.wb.screenshot('smoke-03-explorer-context-menu');
    await page.keyboard.press('Escape');
  });

  it('shows the log of AWS calls from the command palette', async () => {
    const { page } = fx.wb;
    await fx.wb.runCommand('Lambda Explorer: Show Log');
    const output = page.locator('.panel .monaco-editor .view-lines');
    await output
      .filter({ hasText: `endpoint ${fx.wb.emulator.endpoint}` })
      .first()
      .waitFor({ timeout: 15_000 });
    await fx.wb.screenshot('smoke-04-log');
  });
});
