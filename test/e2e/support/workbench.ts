// UI end-to-end fixture: a real VS Code (code-server) with the packaged extension installed, driven by
// headless Chromium through playwright-core, against the Lambda emulator running in this mocha process.
//
//   describe('my feature', () => {
//     const fx = useWorkbench('myFeature');            // before(): start everything; after(): stop it
//     it('…', async () => { await fx.wb.runCommand('Lambda Explorer: Refresh'); … });
//   });
//
// Toasts render (no smoke-test driver); the extension comes from dist/lambda-explorer.vsix (npm run package).
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startTestEmulator } from '../../integration/support/testEmulator';
import type { TestEmulator } from '../../integration/support/testEmulator';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const VSIX = path.join(PROJECT_ROOT, 'dist', 'lambda-explorer.vsix');
export const SCREENSHOTS = path.join(PROJECT_ROOT, '.test-artifacts', 'screenshots');
const LOGS = path.join(PROJECT_ROOT, '.test-artifacts', 'e2e');

interface CodeServer {
  url: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  stop(): Promise<void>;
}

/** The helpers of scripts/codeServer.mjs this fixture uses. */
interface CodeServerModule {
  mkTmp(prefix: string): string;
  copyWorkspace(): string;
  writeAwsProfileFiles(dir: string): Record<string, string>;
  emulatorSettings(endpoint: string): Record<string, string>;
  installVsix(vsix: string, userDataDir: string, extensionsDir: string): void;
  startCodeServer(opts: {
    userDataDir: string;
    extensionsDir: string;
    smokeTestDriver: boolean;
    settings: Record<string, unknown>;
    env: Record<string, string>;
    logFile: string;
  }): Promise<CodeServer>;
  launchChromium(): Promise<Browser>;
  workbenchUrl(base: string, opts: { folder?: string; payload?: [string, string][] }): string;
}

export interface Workbench {
  readonly page: Page;
  readonly emulator: TestEmulator;
  /** The temp copy of test/fixtures/workspace that is open in the workbench (tests may write to it). */
  readonly workspace: string;
  readonly url: string;
  /** Runs a command from the palette by its full title, e.g. `Lambda Explorer: Refresh`. */
  runCommand(title: string): Promise<void>;
  /**
   * Picks `label` in the extension's quick pick titled `title`. A quick pick stays up until the extension hears
   * Enter and closes it, so this waits for the title of this prompt first: typing too early goes to the previous one.
   */
  pick(label: string, title: string, timeoutMs?: number): Promise<void>;
  /** A row whose text contains label: in the view (pane) titled `view` when given, else in any tree/list. */
  treeRow(label: string, view?: string): Locator;
  /** Opens a view by name through "View: Open View" (e.g. `Explorer`, or one of the extension's views). */
  openView(name: string): Promise<void>;
  /** Right-clicks row and clicks the context menu entry whose text contains item. */
  contextMenu(row: Locator, item: string): Promise<void>;
  /** The extension's HTML inside the (first visible) webview's nested iframes. */
  webviewFrame(): FrameLocator;
  /** Saves .test-artifacts/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Waits for a notification toast containing text and returns it. */
  expectNotification(text: string, timeoutMs?: number): Promise<Locator>;
  /** Output of the extension's log channel(s) written so far (from the server's log folder). */
  extensionLogs(): string;
}

async function loadCodeServer(): Promise<CodeServerModule> {
  // An ES module; TypeScript turns this into require(), which loads ES modules on Node >= 20.19.
  return (await import(path.join(PROJECT_ROOT, 'scripts', 'codeServer.mjs'))) as CodeServerModule;
}

function readAll(dir: string, match: (file: string) => boolean): string {
  if (!fs.existsSync(dir)) {
    return '';
  }
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter(match)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

export interface StartedWorkbench extends Workbench {
  stop(): Promise<void>;
}

/** Starts emulator + code-server + Chromium and opens the workbench on a fresh copy of the fixture workspace. */
export async function startWorkbench(
  name: string,
  /** More user settings (read when the workbench starts, e.g. connections to emulators a test started). */
  extraSettings: () => Record<string, unknown> = () => ({}),
  /** The emulator's seed (`multi` for several accounts and Regions). */
  seed = 'sample',
): Promise<StartedWorkbench> {
  const cs = await loadCodeServer();
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) {
      try {
        await s();
      } catch {
        // keep stopping the rest
      }
    }
  };
  try {
    const emulator = await startTestEmulator(seed);
    stops.push(() => emulator.stop());
    const tmp = cs.mkTmp('lambda-e2e-');
    stops.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const awsEnv = cs.writeAwsProfileFiles(path.join(tmp, 'aws'));
    const userDataDir = path.join(tmp, 'user-data');
    const extensionsDir = path.join(tmp, 'extensions');
    cs.installVsix(VSIX, userDataDir, extensionsDir);
    const workspace = cs.copyWorkspace();
    stops.push(() => fs.rmSync(path.dirname(workspace), { recursive: true, force: true }));
    fs.mkdirSync(LOGS, { recursive: true });
    const server = await cs.startCodeServer({
      userDataDir,
      extensionsDir,
      smokeTestDriver: false, // toasts render only without the smoke-test driver
      settings: { ...cs.emulatorSettings(emulator.endpoint), ...extraSettings() },
      env: awsEnv, // the remote extension host inherits the server's environment
      logFile: path.join(LOGS, `${name}-code-server.log`),
    });
    stops.push(() => {
      // keep the extension host logs of this file's run
      try {
        fs.cpSync(path.join(userDataDir, 'logs'), path.join(LOGS, `${name}-logs`), { recursive: true });
      } catch {
        // no logs
      }
    });
    stops.push(() => server.stop());
    const browser = await cs.launchChromium();
    stops.push(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => console.error(`[e2e pageerror] ${e.message}`));
    const url = cs.workbenchUrl(server.url, { folder: workspace, payload: [['skipWelcome', 'true']] });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });

    const quickInput = page.locator('.quick-input-widget');
    /** Opens the quick input with F1, replaces its text (`>` = commands, `view ` = views) and picks the row matching pick. */
    const quickPick = async (text: string, pick: string): Promise<void> => {
      await quickInput.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      const input = quickInput.locator('input');
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('F1');
        try {
          await input.waitFor({ state: 'visible', timeout: 3_000 });
          break;
        } catch (e) {
          if (attempt === 3) {
            throw e;
          }
          await page.keyboard.press('Escape');
        }
      }
      await input.fill(text);
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: pick })
        .first()
        .waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
    };
    const runCommand = (title: string): Promise<void> => quickPick(`>${title}`, title);
    const treeRow = (label: string, view?: string): Locator => {
      const scope = view
        ? page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) })
        : page;
      return scope.locator('.monaco-list-row', { hasText: label }).first();
    };
    const screenshot = async (shot: string): Promise<string> => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${shot}.png`);
      await page.mouse.move(1100, 120); // no hover tooltip in the picture
      await page.screenshot({ path: file });
      return file;
    };
    const pickIn = async (label: string, title: string, timeoutMs = 15_000): Promise<void> => {
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: title })
        .waitFor({ timeout: timeoutMs });
      await page.locator('.quick-input-widget input').fill(label);
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: label })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
    };
    const wb: StartedWorkbench = {
      page,
      emulator,
      workspace,
      url,
      runCommand,
      pick: pickIn,
      treeRow,
      openView: (viewName: string) => quickPick(`view ${viewName}`, viewName),
      contextMenu: async (row: Locator, item: string) => {
        await row.click({ button: 'right' });
        const entry = page.locator('.context-view .action-item', { hasText: item }).first();
        await entry.waitFor({ timeout: 10_000 });
        // A menu ignores a click that lands right after it opened: click until it closes.
        for (let i = 0; i < 6 && (await entry.isVisible()); i++) {
          if (i > 0) await page.waitForTimeout(300);
          await entry.click({ timeout: 2_000 }).catch(() => undefined);
        }
        if (await entry.isVisible()) throw new Error(`the context menu did not take the click on: ${item}`);
      },
      webviewFrame: () =>
        page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame'),
      screenshot,
      expectNotification: async (text: string, timeoutMs = 15_000) => {
        const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
        try {
          await toast.waitFor({ timeout: Math.min(timeoutMs, 10_000) });
          return toast;
        } catch {
          // A window with focus purges toasts after a while (VS Code keeps them while it has none): the
          // Notification Center keeps every notification.
          await runCommand('Notifications: Show Notifications');
          const item = page
            .locator('.notifications-center .notification-list-item', { hasText: text })
            .first();
          await item.waitFor({ timeout: timeoutMs });
          return item;
        }
      },
      extensionLogs: () =>
        readAll(path.join(userDataDir, 'logs'), (f) => f.includes('exthost') && f.endsWith('.log')),
      stop,
    };
    return wb;
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * One workbench per mocha file: before() starts it, after() stops it (and screenshots the final state
 * as `<name>-last.png` when a test failed). Use `fixture.wb` inside tests.
 */
export function useWorkbench(
  name: string,
  options: { settings?: () => Record<string, unknown>; seed?: string } = {},
): { readonly wb: Workbench } {
  let current: StartedWorkbench | undefined;
  let failed = false;
  before(async function () {
    this.timeout(180_000);
    current = await startWorkbench(name, options.settings, options.seed);
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
    }
  });
  after(async function () {
    this.timeout(60_000);
    if (current && failed) {
      await current.screenshot(`${name}-last`).catch(() => undefined);
    }
    await current?.stop();
    current = undefined;
  });
  return {
    get wb(): Workbench {
      if (!current) {
        throw new Error('The workbench is only available inside tests of a useWorkbench() block');
      }
      return current;
    },
  };
}
