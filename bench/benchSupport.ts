// Shared by the benches: the emulator in a child process (its work must not share the measured event loop, nor
// count in our heap), and the real SDK adapter pointed at it.
import { spawn } from 'child_process';
import * as path from 'path';
import { createLambdaService } from '../src/aws/sdkClientFactory';
import type { ClientFactoryDeps } from '../src/aws/sdkClientFactory';
import type { LambdaService } from '../src/aws/lambdaService';

/** Starts `node out/test/emulator/cli.js <args> --port 0` and resolves with its endpoint once it listens. */
export async function startEmulatorProcess(args: string[]): Promise<{ endpoint: string; stop: () => void }> {
  const cli = path.join(__dirname, '..', 'test', 'emulator', 'cli.js');
  const child = spawn(process.execPath, [cli, ...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { endpoint, stop: () => child.kill('SIGTERM') };
}

/** The one door, as the extension builds it, with fake keys for the emulator. */
export function benchService(
  endpoint: string,
  deps: Omit<ClientFactoryDeps, 'credentials' | 'env'> = {},
): LambdaService {
  return createLambdaService(
    { region: 'us-east-1', endpoint },
    { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, env: {}, ...deps },
  ).service;
}
