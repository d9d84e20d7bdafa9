// Temporary shared AWS config/credentials files for tests.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function writeAwsFiles(
  config: string,
  credentials: string,
): { dir: string; env: Record<string, string> } {
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

export const CONFIG = `
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

export const CREDENTIALS = `
[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = x

[ci]
aws_access_key_id = AKIDEXAMPLE2
aws_secret_access_key = y
region = ap-south-1
`;
