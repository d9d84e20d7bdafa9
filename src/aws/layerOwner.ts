// Whose layer version is it? Only the owner account may read or change a layer version's policy or delete it;
// AWS answers anyone else with AccessDenied naming the caller ("User: arn:aws:iam::<caller>:user/… is not
// authorized to perform: lambda:GetLayerVersionPolicy on resource: …"). When the caller named there is not the
// account in the version's ARN, the version belongs to another account: say so, naming the owner. Pure.
import { isLambdaError } from './errors';
import { layerVersionLabel, layerVersionWhere, parseLayerVersionArn } from './layerArn';

/** "Only account 999999999999 can change this layer version's permissions: shared-utils:8 (account …, Region)". */
export function notOwnerMessage(arn: string, what: 'permissions' | 'delete'): string {
  const owner = parseLayerVersionArn(arn)?.accountId ?? 'that owns it';
  const doing =
    what === 'permissions' ? "change this layer version's permissions" : 'delete this layer version';
  return `Only account ${owner} can ${doing}: ${layerVersionLabel(arn)} (${layerVersionWhere(arn) ?? arn}). It is shown read-only.`;
}

/** The layer version belongs to another account: nothing of its policy can be read or changed from here. */
export class NotOwnerError extends Error {
  override readonly name = 'NotOwnerError';
  constructor(
    readonly arn: string,
    what: 'permissions' | 'delete' = 'permissions',
  ) {
    super(notOwnerMessage(arn, what));
  }
}

/** The caller's account named in an AccessDenied message (IAM user, role or assumed role), if any. */
export function deniedCallerAccount(e: unknown): string | undefined {
  if (!isLambdaError(e, 'AccessDenied')) return undefined;
  const text = e.details.awsMessage ?? e.message;
  return /User: arn:aws[a-zA-Z-]*:(?:iam|sts)::(\d{12}):/.exec(text)?.[1];
}

/** Whether `e` is AWS refusing because the layer version `arn` belongs to another account than the caller's. */
export function isOtherAccountsLayer(e: unknown, arn: string): boolean {
  const caller = deniedCallerAccount(e);
  const owner = parseLayerVersionArn(arn)?.accountId;
  return caller !== undefined && owner !== undefined && caller !== owner;
}
