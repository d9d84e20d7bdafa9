// The real SdkLambdaService over a real LambdaClient, pointed at a running emulator.
import { createLambdaService } from '../../../src/aws/sdkClientFactory';
import type { LambdaService } from '../../../src/aws/lambdaService';
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';

export function serviceFor(emulator: RunningEmulator, maxAttempts = 2): LambdaService {
  return createLambdaService(
    { region: 'us-east-1', endpoint: emulator.endpoint },
    {
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      maxAttempts,
      waiterMinDelaySeconds: 1,
      env: {},
    },
  ).service;
}

export function callsOf(emulator: RunningEmulator, operation: string): number {
  return emulator.calls.filter((c) => c.operation === operation).length;
}

/**
 * A mocha fixture: one emulator with the `sample` seed for the whole suite, its LambdaService with one attempt
 * per call (a request counted is a call made), and no faults left over after each test.
 */
export function useSampleEmulator(): { emulator: RunningEmulator; lambda: LambdaService } {
  const fx = {} as { emulator: RunningEmulator; lambda: LambdaService };
  before(async () => {
    fx.emulator = await startEmulator({ seed: 'sample' });
    fx.lambda = serviceFor(fx.emulator, 1);
  });
  after(() => fx.emulator.stop());
  afterEach(() => fx.emulator.setFaults([]));
  return fx;
}
