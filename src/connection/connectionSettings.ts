// The setting lambdaExplorer.connections, checked: an array of { profile, region, endpoint? }. Settings files are
// edited by hand (and a workspace can carry one), so every entry is validated; a bad one is skipped with a
// reason instead of failing the others.
import type { ConnectionSettings } from '../aws/sdkClientFactory';

/** An AWS Region name: `us-east-1`, `us-gov-west-1`, `ap-southeast-7`… */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export interface ParsedConnections {
  connections: ConnectionSettings[];
  /** One line per skipped entry: which one and why. */
  problems: string[];
}

function checkOne(raw: unknown): ConnectionSettings | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an object';
  const entry = raw as Record<string, unknown>;
  const unknown = Object.keys(entry).filter((k) => !['profile', 'region', 'endpoint'].includes(k));
  if (unknown.length > 0) return `unknown field: ${unknown.join(', ')}`;
  const { profile, region, endpoint } = entry;
  if (profile !== undefined && typeof profile !== 'string') return 'profile must be a string';
  if (typeof region !== 'string' || !REGION_PATTERN.test(region.trim()))
    return `region must be a Region name such as us-east-1: ${String(region)}`;
  const out: ConnectionSettings = { profile: profile?.trim() ?? '', region: region.trim() };
  if (endpoint !== undefined && endpoint !== '') {
    if (typeof endpoint !== 'string') return 'endpoint must be a string';
    let url: URL | undefined;
    try {
      url = new URL(endpoint.trim());
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      return `endpoint must be an http:// or https:// URL: ${endpoint}`;
    out.endpoint = endpoint.trim();
  }
  return out;
}

export function parseConnections(raw: unknown): ParsedConnections {
  if (raw === undefined || raw === null) return { connections: [], problems: [] };
  if (!Array.isArray(raw))
    return { connections: [], problems: ['lambdaExplorer.connections must be an array'] };
  const connections: ConnectionSettings[] = [];
  const problems: string[] = [];
  raw.forEach((entry, i) => {
    const checked = checkOne(entry);
    if (typeof checked === 'string') problems.push(`lambdaExplorer.connections[${i}] skipped: ${checked}`);
    else connections.push(checked);
  });
  return { connections, problems };
}

/** The key of an added connection: the same settings are the same connection. */
export function connectionKey(s: ConnectionSettings): string {
  return [s.profile?.trim() ?? '', s.region?.trim() ?? '', s.endpoint?.trim() ?? ''].join('@');
}
