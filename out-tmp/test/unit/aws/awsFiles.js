"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CREDENTIALS = exports.CONFIG = void 0;
exports.writeAwsFiles = writeAwsFiles;
// Temporary shared AWS config/credentials files for tests.
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
function writeAwsFiles(config, credentials) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-explorer-aws-'));
    fs.writeFileSync(path.join(dir, 'config'), config);
    fs.writeFileSync(path.join(dir, 'credentials'), credentials);
    return {
        dir,
        env: {
            AWS_CONFIG_FILE: path.join(dir, 'config'),
            AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
            HOME: dir,
        },
    };
}
exports.CONFIG = `
# a comment
[default]
region = eu-west-1

[profile dev]
region = us-east-2 ; inline comment
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Dev

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile local]
region = us-east-1
endpoint_url = http://127.0.0.1:4566

[profile svc]
services = local-lambda
endpoint_url = http://general.example:1

[services local-lambda]
lambda =
  endpoint_url = http://127.0.0.1:9001
s3 =
  endpoint_url = http://127.0.0.1:9002

[profile noendpoints]
endpoint_url = http://127.0.0.1:4566
ignore_configured_endpoint_urls = true

[notaprofile]
region = xx-none-1
`;
exports.CREDENTIALS = `
[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = x

[ci]
aws_access_key_id = AKIDEXAMPLE2
aws_secret_access_key = y
region = ap-south-1
`;
//# sourceMappingURL=awsFiles.js.map