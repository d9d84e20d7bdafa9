// Who the connection's credentials belong to: STS GetCallerIdentity, for the account every S3 call names as the
// bucket's expected owner. Loaded with the S3 client, on the first upload (src/aws/sdkArtifacts.ts). No vscode.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { STSClient } from '@aws-sdk/client-sts';

/** The 12-digit account of the caller. Throws when STS answers without one. */
export async function callerAccount(client: STSClient, signal?: AbortSignal): Promise<string> {
  const r = await client.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
  if (!r.Account || !/^\d{12}$/.test(r.Account))
    throw new Error(`STS GetCallerIdentity returned no account: ${r.Account ?? '(none)'}`);
  return r.Account;
}

/** Asks STS once and keeps the answer (a failure is not kept: the next call asks again). */
export function cachedCallerAccount(client: STSClient): () => Promise<string> {
  let account: Promise<string> | undefined;
  return () => {
    account ??= callerAccount(client).catch((e: unknown) => {
      account = undefined;
      throw e;
    });
    return account;
  };
}
