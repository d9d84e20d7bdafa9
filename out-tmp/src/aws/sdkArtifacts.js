"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openArtifactStore = openArtifactStore;
// The S3 side of a connection, loaded on the first upload: an S3 client and an STS client (for the account that
// must own the bucket) behind the ArtifactStore port. The production build bundles this file on its own
// (dist/s3.js, see esbuild.js) so that activation does not load the S3 and STS clients. It must not import
// sdkClientFactory.ts (the Lambda client would be bundled twice). No vscode.
const client_s3_1 = require("@aws-sdk/client-s3");
const client_sts_1 = require("@aws-sdk/client-sts");
const sdkS3Upload_1 = require("./sdkS3Upload");
const sdkSts_1 = require("./sdkSts");
function openArtifactStore(s3, sts) {
    const s3Client = new client_s3_1.S3Client(s3);
    const stsClient = new client_sts_1.STSClient(sts);
    const store = new sdkS3Upload_1.SdkS3ArtifactStore(s3Client, (0, sdkSts_1.cachedCallerAccount)(stsClient));
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
//# sourceMappingURL=sdkArtifacts.js.map