"use strict";
// Profiles from the shared AWS config and credentials files. No vscode, no SDK: a small synchronous reader
// of the same INI format the AWS CLI and SDKs use, so that a client can be built without awaiting.
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
exports.parseIni = parseIni;
exports.configFilePath = configFilePath;
exports.credentialsFilePath = credentialsFilePath;
exports.defaultProfile = defaultProfile;
exports.listProfiles = listProfiles;
exports.findProfile = findProfile;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
/** Parses the AWS INI dialect: `[section]`, `key = value`, `#`/`;` comments, indented sub-properties. */
function parseIni(text) {
    const out = {};
    let section;
    let parentKey;
    for (const rawLine of text.split(/\r?\n/)) {
        const trimmed = rawLine.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
        if (header) {
            const name = header[1].trim().replace(/\s+/g, ' ');
            if (name === '__proto__' || name === 'profile __proto__') {
                section = undefined;
                continue;
            }
            section = own(out, name) ?? (out[name] = {});
            parentKey = undefined;
            continue;
        }
        if (section === undefined)
            continue;
        const eq = trimmed.indexOf('=');
        if (eq <= 0)
            continue;
        const key = trimmed.slice(0, eq).trim().toLowerCase();
        if (key === '__proto__' || key === 'constructor')
            continue;
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
        }
        else {
            parentKey = undefined;
            section[key] = value;
        }
    }
    return out;
}
function configFilePath(env = process.env) {
    return env.AWS_CONFIG_FILE || path.join(homeDir(env), '.aws', 'config');
}
function credentialsFilePath(env = process.env) {
    return env.AWS_SHARED_CREDENTIALS_FILE || path.join(homeDir(env), '.aws', 'credentials');
}
function homeDir(env) {
    const p = env.HOME ||
        env.USERPROFILE ||
        (env.HOMEPATH ? `${env.HOMEDRIVE ?? 'C:\\'}${env.HOMEPATH}` : undefined) ||
        os.homedir();
    return p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}
function expandHome(p, env) {
    return p.startsWith('~/') ? path.join(homeDir(env), p.slice(2)) : p;
}
function own(o, key) {
    return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}
function readIni(file) {
    try {
        return parseIni(fs.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The name of the profile the SDK uses when none is chosen: `AWS_PROFILE`, else `default`. */
function defaultProfile(env = process.env) {
    return env.AWS_PROFILE || 'default';
}
function truthy(v) {
    return v !== undefined && v.toLowerCase() === 'true';
}
/** Every profile from the config and credentials files, `default` first, then by name. */
function listProfiles(env = process.env) {
    const config = readIni(expandHome(configFilePath(env), env));
    const credentials = readIni(expandHome(credentialsFilePath(env), env));
    // In the config file a profile is `[profile name]`; only `default` may also be written `[default]`.
    const fromConfig = new Map();
    for (const [section, values] of Object.entries(config)) {
        const m = /^profile (.+)$/.exec(section);
        const name = m ? m[1].trim() : section === 'default' ? 'default' : undefined;
        if (name === undefined)
            continue;
        // `[profile default]` wins over `[default]`, as in the SDK.
        if (m || !fromConfig.has(name))
            fromConfig.set(name, { ...fromConfig.get(name), ...values });
    }
    const names = new Set([...fromConfig.keys(), ...Object.keys(credentials)]);
    const profiles = [];
    for (const name of names) {
        const c = fromConfig.get(name) ?? {};
        const k = own(credentials, name) ?? {};
        const merged = { ...k, ...c };
        const services = merged.services !== undefined ? own(config, `services ${merged.services}`) : undefined;
        const info = {
            name,
            sso: merged.sso_session !== undefined || merged.sso_start_url !== undefined,
            ignoreConfiguredEndpointUrls: truthy(merged.ignore_configured_endpoint_urls),
            sources: [
                ...(fromConfig.has(name) ? ['config'] : []),
                ...(own(credentials, name) ? ['credentials'] : []),
            ],
        };
        if (merged.region)
            info.region = merged.region;
        const lambdaEndpoint = services?.['lambda.endpoint_url'] || merged.endpoint_url;
        if (lambdaEndpoint)
            info.endpointUrl = lambdaEndpoint;
        const s3Endpoint = services?.['s3.endpoint_url'] || merged.endpoint_url;
        if (s3Endpoint)
            info.s3EndpointUrl = s3Endpoint;
        const stsEndpoint = services?.['sts.endpoint_url'] || merged.endpoint_url;
        if (stsEndpoint)
            info.stsEndpointUrl = stsEndpoint;
        profiles.push(info);
    }
    return profiles.sort((a, b) => a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name));
}
/** One profile by name, or `undefined` when neither file defines it. */
function findProfile(name, env = process.env) {
    return listProfiles(env).find((p) => p.name === name);
}
//# sourceMappingURL=profiles.js.map