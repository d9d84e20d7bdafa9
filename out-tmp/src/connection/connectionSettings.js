"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGION_PATTERN = void 0;
exports.parseConnections = parseConnections;
exports.connectionKey = connectionKey;
/** An AWS Region name: `us-east-1`, `us-gov-west-1`, `ap-southeast-7`… */
exports.REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function checkOne(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return 'not an object';
    const entry = raw;
    const unknown = Object.keys(entry).filter((k) => !['profile', 'region', 'endpoint'].includes(k));
    if (unknown.length > 0)
        return `unknown field: ${unknown.join(', ')}`;
    const { profile, region, endpoint } = entry;
    if (profile !== undefined && typeof profile !== 'string')
        return 'profile must be a string';
    if (typeof region !== 'string' || !exports.REGION_PATTERN.test(region.trim()))
        return `region must be a Region name such as us-east-1: ${String(region)}`;
    const out = { profile: profile?.trim() ?? '', region: region.trim() };
    if (endpoint !== undefined && endpoint !== '') {
        if (typeof endpoint !== 'string')
            return 'endpoint must be a string';
        let url;
        try {
            url = new URL(endpoint.trim());
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
            return `endpoint must be an http:// or https:// URL: ${endpoint}`;
        out.endpoint = endpoint.trim();
    }
    return out;
}
function parseConnections(raw) {
    if (raw === undefined || raw === null)
        return { connections: [], problems: [] };
    if (!Array.isArray(raw))
        return { connections: [], problems: ['lambdaExplorer.connections must be an array'] };
    const connections = [];
    const problems = [];
    raw.forEach((entry, i) => {
        const checked = checkOne(entry);
        if (typeof checked === 'string')
            problems.push(`lambdaExplorer.connections[${i}] skipped: ${checked}`);
        else
            connections.push(checked);
    });
    return { connections, problems };
}
/** The key of an added connection: the same settings are the same connection. */
function connectionKey(s) {
    return [s.profile?.trim() ?? '', s.region?.trim() ?? '', s.endpoint?.trim() ?? ''].join('@');
}
//# sourceMappingURL=connectionSettings.js.map