// The S3 side of a connection, loaded on the first upload: an S3 client and an STS client (for the account that
// must own the bucket) behind the ArtifactStore port. The production build bundles this file on its own
// (dist/s3.js, see esbuild.js) so that activation does not load the S3 and STS clients. It must not import
// sdkClientFactory.ts (the Lambda client would be bundled twice). No vscode.
import { S3Client } from '@aws-sdk/client-s3';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { STSClientConfig } from '@aws-sdk/client-sts';
import type { ArtifactStore } from './artifactStore';
import { SdkS3ArtifactStore } from './sdkS3Upload';
import { cachedCallerAccount } from './sdkSts';

/** An artifact store that owns its clients. */
export interface OwnedArtifactStore extends ArtifactStore {
  destroy(): void;
}

export function openArtifactStore(s3: S3ClientConfig, sts: STSClientConfig): OwnedArtifactStore {
  const s3Client = new S3Client(s3);
  const stsClient = new STSClient(sts);
  const store = new SdkS3ArtifactStore(s3Client, cachedCallerAccount(stsClient));
  return {
    checkBucket: (bucket, signal) => store.checkBucket(bucket, signal),
    upload: (file, target, options) => store.upload(file, target, options),
    remove: (target) => store.remove(target),
    destroy: () => {
      s3Client.destroy();
      stsClient.destroy();
    },
  };
}
