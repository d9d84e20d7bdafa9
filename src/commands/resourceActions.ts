// Copy ARN, copy name, open in the AWS console: for a node, a ref or an ARN; from the palette, a picker.
import { consoleUrl } from '../aws/consoleUrl';
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

export async function openInConsole(deps: CommandDeps, arg?: unknown): Promise<string> {
  const r = await resolveResource(deps, arg, 'Open in AWS Console');
  const url = consoleUrl(r, deps.connection.region() ?? 'us-east-1');
  await deps.openExternal(url);
  return url;
}
