"use strict";
// Where archives over 50 MB go before a Lambda call reads them: an S3 bucket, behind a port in our own words so
// the commands never see an S3 client. src/aws/sdkS3Upload.ts is the implementation. No vscode.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=artifactStore.js.map