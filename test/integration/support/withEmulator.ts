import * as vscode from 'vscode';
import { startTestEmulator } from './testEmulator';
import type { TestEmulator } from './testEmulator';

export type { TestEmulator };

const SETTINGS = ['endpoint', 'region', 'profile'] as const;

/** Points the extension at an endpoint through its user settings (what a user would do). */
export async function pointExtensionAt(endpoint: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('lambdaExplorer');
  await config.update('endpoint', endpoint, vscode.ConfigurationTarget.Global);
  await config.update('region', 'us-east-1', vscode.ConfigurationTarget.Global);
  await config.update('profile', 'emulator', vscode.ConfigurationTarget.Global);
}

/**
 * Mocha helper for a describe block: before() starts an emulator with the given seed and points the
 * extension's settings at it; after() stops it and restores the settings. Use the returned object's
 * `emulator` inside tests.
 */
export function withEmulator(seed = 'sample'): { readonly emulator: TestEmulator } {
  let current: TestEmulator | undefined;
  const saved = new Map<string, unknown>();
  before(async function () {
    this.timeout(60_000);
    const config = vscode.workspace.getConfiguration('lambdaExplorer');
    for (const key of SETTINGS) {
      saved.set(key, config.inspect(key)?.globalValue);
    }
    current = await startTestEmulator(seed);
    await pointExtensionAt(current.endpoint);
  });
  after(async () => {
    const config = vscode.workspace.getConfiguration('lambdaExplorer');
    for (const key of SETTINGS) {
      await config.update(key, saved.get(key), vscode.ConfigurationTarget.Global);
    }
    await current?.stop();
    current = undefined;
  });
  return {
    get emulator(): TestEmulator {
      if (!current) {
        throw new Error('The emulator is only available inside tests of a withEmulator() block');
      }
      return current;
    },
  };
}
