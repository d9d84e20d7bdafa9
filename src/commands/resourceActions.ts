// Copy ARN, copy name, open in the AWS console: for a node, a ref or an ARN; from the palette, a picker.
import { consoleUrl } from '../aws/consoleUrl';
import type { ResourceRef } from '../aws/resourceRef';
import type { CommandDeps } from './commandDeps';
import { resolveResource } from './steps/resolve';

export async function copyArn(deps: CommandDeps, arg?: unknown): Promise<string> {
  const r = await resolveResource(deps, arg, 'Copy ARN');
  await deps.copyToClipboard(r.arn);
  return r.arn;
}

export async function copyName(deps: CommandDeps, arg?: unknown): Promise<string> {
  const r = await resolveResource(deps, arg, 'Copy Name');
  await deps.copyToClipboard(r.name);
  return r.name;
}

export async function openInConsole(deps: CommandDeps, arg?: unknown): Promise<string | undefined> {
  const r = await resolveResource(deps, arg, 'Open in AWS Console');
  return consoleUrlFor(deps, r);
}

/**
 * Opens the resource in the AWS Console, or, when the connection uses a custom endpoint (an emulator,
 * LocalStack), says there is no console for it: the console would show AWS's resource of that name, not this one.
 */
export async function consoleUrlFor(deps: CommandDeps, r: ResourceRef): Promise<string | undefined> {
  const endpoint = deps.connection.current().endpoint;
  if (endpoint) {
    void deps.notifier.info(
      `There is no AWS Console for a custom endpoint: this connection uses ${endpoint}, not AWS.`,
    );
    return undefined;
  }
  const url = consoleUrl(r, deps.connection.region() ?? 'us-east-1');
  await deps.openExternal(url);
  return url;
}
