// Profiles from the shared AWS config and credentials files. No vscode, no SDK: a small synchronous reader
// of the same INI format the AWS CLI and SDKs use, so that a client can be built without awaiting.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type Env = Record<string, string | undefined>;

export interface ProfileInfo {
  name: string;
  region?: string;
  /** Signs in through IAM Identity Center (`sso_session` / `sso_start_url`). */
  sso: boolean;
  /** The profile's `endpoint_url`, or its `services` section's `lambda.endpoint_url` (which wins). */
  endpointUrl?: string;
  /** The `services` section's `s3.endpoint_url`, or the profile's `endpoint_url`. */
  s3EndpointUrl?: string;
  /** The `services` section's `sts.endpoint_url`, or the profile's `endpoint_url`. */
  stsEndpointUrl?: string;
  /** `ignore_configured_endpoint_urls = true` in the profile. */
  ignoreConfiguredEndpointUrls: boolean;
  /** Where the profile is defined. */
  sources: Array<'config' | 'credentials'>;
}

/** Section name → key → value. Sub-properties (`lambda =` then indented lines) become `lambda.endpoint_url`. */
export type IniData = Record<string, Record<string, string>>;

/** Parses the AWS INI dialect: `[section]`, `key = value`, `#`/`;` comments, indented sub-properties. */
export function parseIni(text: string): IniData {
  const out: IniData = {};
  let section: Record<string, string> | undefined;
  let parentKey: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const trimmed = rawLine.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
    if (header) {
      const name = (header[1] as string).trim().replace(/\s+/g, ' ');
      if (name === '__proto__' || name === 'profile __proto__') {
        section = undefined;
        continue;
      }
      section = own(out, name) ?? (out[name] = {});
      parentKey = undefined;
      continue;
    }
    if (section === undefined) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) continue;
    const key = trimmed.slice(0, eq).trim().toLowerCase();
    if (key === '__proto__' || key === 'constructor') continue;
    const value = trimmed
      .slice(eq + 1)
      .replace(/\s[#;].*$/, '')
      .trim();
    const indented = /^\s/.test(rawLine);
    if (indented && parentKey !== undefined) {
      section[`${parentKey}.${key}`] = value;
      continue;
    }
    if (value === '') {
      parentKey = key;
    } else {
      parentKey = undefined;
      section[key] = value;
    }
  }
  return out;
}

export function configFilePath(env: Env = process.env): string {
  return env.AWS_CONFIG_FILE || path.join(homeDir(env), '.aws', 'config');
}

export function credentialsFilePath(env: Env = process.env): string {
  return env.AWS_SHARED_CREDENTIALS_FILE || path.join(homeDir(env), '.aws', 'credentials');
}

function homeDir(env: Env): string {
  const p =
    env.HOME ||
    env.USERPROFILE ||
    (env.HOMEPATH ? `${env.HOMEDRIVE ?? 'C:\\'}${env.HOMEPATH}` : undefined) ||
    os.homedir();
  return p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}

function expandHome(p: string, env: Env): string {
  return p.startsWith('~/') ? path.join(homeDir(env), p.slice(2)) : p;
}

function own<T>(o: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function readIni(file: string): IniData {
  try {
    return parseIni(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** The name of the profile the SDK uses when none is chosen: `AWS_PROFILE`, else `default`. */
export function defaultProfile(env: Env = process.env): string {
  return env.AWS_PROFILE || 'default';
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v.toLowerCase() === 'true';
}

/** Every profile from the config and credentials files, `default` first, then by name. */
export function listProfiles(env: Env = process.env): ProfileInfo[] {
  const config = readIni(expandHome(configFilePath(env), env));
  const credentials = readIni(expandHome(credentialsFilePath(env), env));

  // In the config file a profile is `[profile name]`; only `default` may also be written `[default]`.
  const fromConfig = new Map<string, Record<string, string>>();
  for (const [section, values] of Object.entries(config)) {
    const m = /^profile (.+)$/.exec(section);
    const name = m ? (m[1] as string).trim() : section === 'default' ? 'default' : undefined;
    if (name === undefined) continue;
    // `[profile default]` wins over `[default]`, as in the SDK.
    if (m || !fromConfig.has(name)) fromConfig.set(name, { ...fromConfig.get(name), ...values });
  }

  const names = new Set<string>([...fromConfig.keys(), ...Object.keys(credentials)]);
  const profiles: ProfileInfo[] = [];
  for (const name of names) {
    const c = fromConfig.get(name) ?? {};
    const k = own(credentials, name) ?? {};
    const merged: Record<string, string> = { ...k, ...c };
    const services = merged.services !== undefined ? own(config, `services ${merged.services}`) : undefined;
    const info: ProfileInfo = {
      name,
      sso: merged.sso_session !== undefined || merged.sso_start_url !== undefined,
      ignoreConfiguredEndpointUrls: truthy(merged.ignore_configured_endpoint_urls),
      sources: [
        ...(fromConfig.has(name) ? (['config'] as const) : []),
        ...(own(credentials, name) ? (['credentials'] as const) : []),
      ],
    };
    if (merged.region) info.region = merged.region;
    const lambdaEndpoint = services?.['lambda.endpoint_url'] || merged.endpoint_url;
    if (lambdaEndpoint) info.endpointUrl = lambdaEndpoint;
    const s3Endpoint = services?.['s3.endpoint_url'] || merged.endpoint_url;
    if (s3Endpoint) info.s3EndpointUrl = s3Endpoint;
    const stsEndpoint = services?.['sts.endpoint_url'] || merged.endpoint_url;
    if (stsEndpoint) info.stsEndpointUrl = stsEndpoint;
    profiles.push(info);
  }
  return profiles.sort((a, b) =>
    a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name),
  );
}

/** One profile by name, or `undefined` when neither file defines it. */
export function findProfile(name: string, env: Env = process.env): ProfileInfo | undefined {
  return listProfiles(env).find((p) => p.name === name);
}
