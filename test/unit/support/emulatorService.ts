// The real SdkLambdaService over a real LambdaClient, pointed at a running emulator.
import { createLambdaService } from '../../../src/aws/sdkClientFactory';
import type { LambdaService } from '../../../src/aws/lambdaService';
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
