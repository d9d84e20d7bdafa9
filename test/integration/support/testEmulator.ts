// No vscode here: used by the integration tests (in the extension host) and the e2e fixture (plain Node).
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';

export type TestEmulator = RunningEmulator;

/** Starts the Lambda emulator (test/emulator/emulator.ts) in this process on a free loopback port. */
export async function startTestEmulator(seed = 'sample'): Promise<TestEmulator> {
  return startEmulator({ seed });
}
