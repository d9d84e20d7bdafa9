"use strict";
// The one door to AWS Lambda, in our own domain words. No vscode, no SDK types here:
// src/aws/sdkLambdaService.ts is the only implementation; only src/aws/sdk*.ts import the AWS SDK (lint rule).
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=lambdaService.js.map