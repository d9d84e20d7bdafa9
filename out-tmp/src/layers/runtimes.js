"use strict";
// The maintained runtime table. The SDK's Runtime enum lists ~50 values, many long dead; this table says
// what users can pick today. Deprecation dates and the deprecated list come from shared/reference/lambda-api.md;
// the two block dates after each deprecation follow AWS's runtime deprecation table (where AWS moved a date, the
// last one it announced): from `blockCreate` AWS refuses new functions on the runtime, from `blockUpdate` also
// changes to existing ones (code, configuration, publishing a version), except changing the runtime to a
// supported one. Invoking is never blocked. The emulator (test/emulator/runtimeDeprecation.ts) enforces the same.
Object.defineProperty(exports, "__esModule", { value: true });
exports.assessRuntime = assessRuntime;
exports.stillPossible = stillPossible;
exports.isDeprecated = isDeprecated;
exports.creatableRuntimes = creatableRuntimes;
exports.runtimesForPicker = runtimesForPicker;
exports.runtimeFamily = runtimeFamily;
/** Amazon Linux 1 runtimes (java8, go1.x, provided): the OS reached its end of support. */
const AL1 = { deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2024-02-08' };
/** The runtimes AWS deprecates with Amazon Linux 2 and their languages in mid-2026. */
const AL2_2026 = { deprecated: '2026-06-30', blockCreate: '2026-07-31', blockUpdate: '2026-08-31' };
// Newest first within each family; families in the order users meet them most.
const TABLE = [
    { id: 'nodejs24.x', family: 'nodejs', name: 'Node.js 24' },
    { id: 'nodejs22.x', family: 'nodejs', name: 'Node.js 22' },
    {
        id: 'nodejs20.x',
        family: 'nodejs',
        name: 'Node.js 20',
        deprecated: '2026-04-30',
        blockCreate: '2026-06-01',
        blockUpdate: '2026-07-01',
    },
    {
        id: 'nodejs18.x',
        family: 'nodejs',
        name: 'Node.js 18',
        deprecated: '2025-09-01',
        blockCreate: '2025-10-01',
        blockUpdate: '2025-11-01',
    },
    {
        id: 'nodejs16.x',
        family: 'nodejs',
        name: 'Node.js 16',
        deprecated: '2024-06-12',
        blockCreate: '2024-06-12',
        blockUpdate: '2026-03-09',
    },
    {
        id: 'nodejs14.x',
        family: 'nodejs',
        name: 'Node.js 14',
        deprecated: '2023-12-04',
        blockCreate: '2024-01-09',
        blockUpdate: '2024-02-08',
    },
    {
        id: 'nodejs12.x',
        family: 'nodejs',
        name: 'Node.js 12',
        deprecated: '2023-03-31',
        blockCreate: '2023-03-31',
        blockUpdate: '2023-04-30',
    },
    { id: 'python3.14', family: 'python', name: 'Python 3.14' },
    { id: 'python3.13', family: 'python', name: 'Python 3.13' },
    { id: 'python3.12', family: 'python', name: 'Python 3.12' },
    { id: 'python3.11', family: 'python', name: 'Python 3.11' },
    {
        id: 'python3.10',
        family: 'python',
        name: 'Python 3.10',
        deprecated: '2026-06-30',
        blockCreate: '2026-07-31',
        blockUpdate: '2026-08-31',
    },
    {
        id: 'python3.9',
        family: 'python',
        name: 'Python 3.9',
        deprecated: '2025-12-15',
        blockCreate: '2026-06-01',
        blockUpdate: '2026-07-01',
    },
    {
        id: 'python3.8',
        family: 'python',
        name: 'Python 3.8',
        deprecated: '2024-10-14',
        blockCreate: '2024-10-14',
        blockUpdate: '2026-03-09',
    },
    {
        id: 'python3.7',
        family: 'python',
        name: 'Python 3.7',
        deprecated: '2023-12-04',
        blockCreate: '2024-01-09',
        blockUpdate: '2024-02-08',
    },
    { id: 'java25', family: 'java', name: 'Java 25' },
    { id: 'java21', family: 'java', name: 'Java 21' },
    { id: 'java17', family: 'java', name: 'Java 17', ...AL2_2026 },
    { id: 'java11', family: 'java', name: 'Java 11', ...AL2_2026 },
    { id: 'java8.al2', family: 'java', name: 'Java 8 (AL2)', ...AL2_2026 },
    { id: 'java8', family: 'java', name: 'Java 8', ...AL1 },
    { id: 'dotnet10', family: 'dotnet', name: '.NET 10' },
    {
        id: 'dotnet8',
        family: 'dotnet',
        name: '.NET 8',
        deprecated: '2026-11-10',
        blockCreate: '2026-12-10',
        blockUpdate: '2027-01-11',
    },
    { id: 'dotnet7', family: 'dotnet', name: '.NET 7', deprecated: '2024-05-14', blockCreate: '2024-05-14' },
    {
        id: 'dotnet6',
        family: 'dotnet',
        name: '.NET 6',
        deprecated: '2024-12-20',
        blockCreate: '2024-12-20',
        blockUpdate: '2026-03-09',
    },
    { id: 'ruby3.4', family: 'ruby', name: 'Ruby 3.4' },
    {
        id: 'ruby3.3',
        family: 'ruby',
        name: 'Ruby 3.3',
        deprecated: '2027-03-31',
        blockCreate: '2027-04-30',
        blockUpdate: '2027-05-31',
    },
    {
        id: 'ruby3.2',
        family: 'ruby',
        name: 'Ruby 3.2',
        deprecated: '2026-03-31',
        blockCreate: '2026-06-01',
        blockUpdate: '2026-07-01',
    },
    {
        id: 'ruby2.7',
        family: 'ruby',
        name: 'Ruby 2.7',
        deprecated: '2023-12-07',
        blockCreate: '2024-01-09',
        blockUpdate: '2024-02-08',
    },
    {
        id: 'ruby2.5',
        family: 'ruby',
        name: 'Ruby 2.5',
        deprecated: '2021-07-30',
        blockCreate: '2021-07-30',
        blockUpdate: '2022-03-31',
    },
    { id: 'provided.al2023', family: 'provided', name: 'OS-only (AL2023)' },
    { id: 'provided.al2', family: 'provided', name: 'OS-only (AL2)', ...AL2_2026 },
    {
        id: 'provided',
        family: 'provided',
        name: 'OS-only (Amazon Linux 1)',
        ...AL1,
    },
    { id: 'go1.x', family: 'go', name: 'Go 1.x', ...AL1 },
];
const BY_ID = new Map(TABLE.map((r) => [r.id, r]));
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
/** What a runtime id means today: current, deprecated, or blocked for create/update. */
function assessRuntime(id, now = new Date()) {
    if (!id)
        return { status: 'unknown', note: '' };
    const info = BY_ID.get(id) ?? guessFromId(id);
    if (!info)
        return { status: 'unknown', note: `Unknown runtime: ${id}` };
    const today = isoDay(now);
    if (info.blockUpdate && today >= info.blockUpdate) {
        return {
            info,
            status: 'updateBlocked',
            note: `${info.name} is deprecated: AWS blocks creating and updating functions on it since ${info.blockUpdate}. ${stillPossible(info)}`,
        };
    }
    if (info.blockCreate && today >= info.blockCreate) {
        return {
            info,
            status: 'createBlocked',
            note: `${info.name} is deprecated: AWS blocks creating functions on it since ${info.blockCreate}; updates are blocked from ${info.blockUpdate ?? 'a later date'}.`,
        };
    }
    if (info.deprecated && today >= info.deprecated) {
        return {
            info,
            status: 'deprecated',
            note: `${info.name} is deprecated since ${info.deprecated}; creating functions is blocked from ${info.blockCreate ?? 'a later date'}.`,
        };
    }
    if (info.deprecated) {
        return { info, status: 'current', note: `${info.name} will be deprecated on ${info.deprecated}.` };
    }
    return { info, status: 'current', note: '' };
}
/** What a user can still do with a function whose runtime AWS no longer lets them update. */
function stillPossible(info) {
    const newest = TABLE.find((r) => r.family === info.family && !r.deprecated);
    return `You can still invoke it, read it and download its code, and change its runtime to a supported one${newest ? ` (e.g. ${newest.name}: \`aws lambda update-function-configuration --runtime ${newest.id}\`)` : ''}; then deploy or attach again.`;
}
/** Runtimes that are dead enough to warn about (deprecated or blocked). */
function isDeprecated(id, now = new Date()) {
    const s = assessRuntime(id, now).status;
    return s === 'deprecated' || s === 'createBlocked' || s === 'updateBlocked';
}
/** Runtimes on which AWS still lets you create a function, newest first within each family. */
function creatableRuntimes(now = new Date()) {
    return TABLE.filter((r) => !r.blockCreate || isoDay(now) < r.blockCreate);
}
/** Every known runtime, current ones first (for layer compatibility pickers), each with its status. */
function runtimesForPicker(now = new Date()) {
    const all = TABLE.map((r) => assessRuntime(r.id, now));
    const rank = (a) => (a.status === 'current' ? 0 : a.status === 'deprecated' ? 1 : 2);
    return all
        .map((a, i) => ({ a, i }))
        .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i)
        .map((x) => x.a);
}
function runtimeFamily(id) {
    if (!id)
        return undefined;
    return (BY_ID.get(id) ?? guessFromId(id))?.family;
}
/** Runtimes the table doesn't list (older or newer than it): infer the family from the id. */
function guessFromId(id) {
    const m = /^(nodejs|python|java|dotnet|dotnetcore|ruby|go|provided)/.exec(id);
    if (!m)
        return undefined;
    const family = (m[1] === 'dotnetcore' ? 'dotnet' : m[1]);
    // An id older than everything in the table is long deprecated; we cannot know a newer one's dates.
    const older = /^(nodejs(4\.3|6\.10|8\.10|10\.x)?$|python2\.7|python3\.6|dotnetcore|nodejs4\.3-edge)/.test(id);
    return older
        ? { id, family, name: id, deprecated: '2020-01-01', blockCreate: '2020-01-01', blockUpdate: '2020-01-01' }
        : { id, family, name: id };
}
//# sourceMappingURL=runtimes.js.map