"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGIONS = void 0;
exports.pickRegion = pickRegion;
exports.pickConnection = pickConnection;
exports.addRegion = addRegion;
exports.addProfile = addProfile;
exports.removeConnection = removeConnection;
exports.setActiveConnection = setActiveConnection;
exports.describeEndpoint = describeEndpoint;
const regions_1 = require("../aws/regions");
const wizard_1 = require("./steps/wizard");
/** Regions where Lambda runs (commercial partition first). */
exports.REGIONS = regions_1.REGION_TABLE.map((r) => r.code);
/** The profile step's hint: where the profiles come from, or that there are none. */
const profilesPlaceholder = (profiles) => profiles.length
    ? 'Profiles from your AWS config and credentials files'
    : 'No profiles found in ~/.aws/config or ~/.aws/credentials';
/** A Region as a pick item: the code, with its name (typing "Frankfurt" finds eu-central-1) and a note. */
function regionItem(code, note) {
    const description = [(0, regions_1.regionName)(code), note].filter(Boolean).join(' · ');
    return { label: code, ...(description ? { description } : {}), value: code };
}
async function pickRegion(deps) {
    const current = deps.connection.current().region;
    const region = await deps.prompter.pick(exports.REGIONS.map((r) => regionItem(r, r === current ? 'current' : undefined)), {
        title: 'Choose an AWS Region',
        placeholder: current
            ? `Now: ${(0, regions_1.regionLabel)(current)}`
            : 'Where your functions are (type a name or a code)',
    });
    await deps.connection.choose({ region });
    return region;
}
/** Profile, then Region (the profile's own first), as one guided input: nothing changes until both are chosen. */
async function pickConnection(deps) {
    const current = deps.connection.current();
    const profiles = deps.connection.profiles();
    const p = deps.prompter;
    const endpoint = deps.connection.endpoint?.();
    const chosen = await (0, wizard_1.runWizard)({}, [
        {
            ask: async (s, step) => ({
                ...s,
                profile: await p.pick([
                    {
                        label: 'Default credential chain',
                        description: 'AWS_PROFILE, environment variables, SSO, instance role',
                        value: 'aws',
                    },
                    ...profiles.map((x) => ({
                        label: x.name,
                        description: [x.region, x.sso ? 'SSO' : undefined, x.endpointUrl ? `endpoint ${x.endpointUrl}` : undefined]
                            .filter(Boolean)
                            .join(' · ') || undefined,
                        detail: x.name === current.profile ? 'current' : undefined,
                        value: x.name,
                    })),
                ], { title: 'Choose an AWS profile', step, placeholder: profilesPlaceholder(profiles) }),
            }),
        },
        {
            ask: async (s, step) => {
                const own = profiles.find((x) => x.name === s.profile)?.region;
                const region = await p.pick([
                    ...(own ? [regionItem(own, "the profile's Region")] : []),
                    ...(current.region && current.region !== own ? [regionItem(current.region, 'current')] : []),
                    ...exports.REGIONS.filter((r) => r !== own && r !== current.region).map((r) => regionItem(r)),
                ], { title: 'Choose an AWS Region', step });
                return { ...s, region };
            },
        },
        {
            skip: () => !endpoint,
            ask: async (s, step) => ({ ...s, endpoint: await askEndpoint(deps, endpoint, step) }),
        },
    ]);
    const choice = {
        profile: chosen.profile ?? '',
        region: chosen.region,
        ...(chosen.endpoint !== undefined ? { endpoint: chosen.endpoint } : {}),
    };
    await deps.connection.choose(choice);
    return choice;
}
// ---- several connections: the explorer's roots -----------------------------------------------------------------
/** The connection a command was run on: a connection root (or any node under it) gives its key. */
function chosenKey(deps, arg) {
    return deps.explorer.key !== undefined && arg !== undefined ? deps.explorer.key : undefined;
}
/** "Add Region…": the same profile (and endpoint) as the root it was run on (else the active one), in another Region. */
async function addRegion(deps, arg) {
    const all = deps.connection.list();
    const key = chosenKey(deps, arg);
    const base = all.find((c) => c.key === key) ?? all.find((c) => c.isActive) ?? all[0];
    const profile = base?.profile ?? '';
    const endpoint = base?.endpoint;
    const taken = new Set(all.filter((c) => (c.profile ?? '') === profile && c.endpoint === endpoint).map((c) => c.region));
    const region = await deps.prompter.pick(exports.REGIONS.filter((r) => !taken.has(r)).map((r) => regionItem(r)), {
        title: `Add a Region for ${profile || 'the default credentials'}`,
        placeholder: 'The explorer shows it as another root, next to the ones it shows now',
    });
    return addRoot(deps, { profile, region, ...(endpoint ? { endpoint } : {}) });
}
/** "Add Profile…": another profile (and its Region, the profile's own first), shown as another root. */
async function addProfile(deps) {
    const profiles = deps.connection.profiles();
    const shown = new Set(deps.connection.list().map((c) => `${c.profile ?? ''}@${c.region ?? ''}`));
    const p = deps.prompter;
    const chosen = await (0, wizard_1.runWizard)({}, [
        {
            ask: async (s, step) => ({
                ...s,
                profile: await p.pick(profiles.map((x) => ({
                    label: x.name,
                    description: [x.region, x.sso ? 'SSO' : undefined].filter(Boolean).join(' · ') || undefined,
                    value: x.name,
                })), { title: 'Add a profile to the explorer', step, placeholder: profilesPlaceholder(profiles) }),
            }),
        },
        {
            ask: async (s, step) => {
                const own = profiles.find((x) => x.name === s.profile)?.region;
                const regions = [...(own ? [own] : []), ...exports.REGIONS.filter((r) => r !== own)];
                const region = await p.pick(regions
                    .filter((r) => !shown.has(`${s.profile ?? ''}@${r}`))
                    .map((r) => regionItem(r, r === own ? "the profile's Region" : undefined)), { title: `Add ${s.profile ?? ''}: choose its Region`, step });
                return { ...s, region };
            },
        },
    ]);
    return addRoot(deps, { profile: chosen.profile ?? '', region: chosen.region });
}
async function addRoot(deps, settings) {
    const same = (c) => (c.profile ?? '') === settings.profile &&
        c.region === settings.region &&
        c.endpoint === settings.endpoint;
    const known = deps.connection.list().find(same);
    if (known) {
        void deps.notifier.info(`The explorer already shows this connection: ${known.label}`);
        return known;
    }
    await deps.connection.add(settings);
    const added = deps.connection.list().find(same);
    if (!added)
        throw new Error(`The connection was not added: ${settings.profile || 'default'} @ ${settings.region}`);
    return added;
}
/** "Remove Connection": takes an added root out of the explorer (its clients and pages are closed). */
async function removeConnection(deps, arg) {
    const all = deps.connection.list();
    const removable = all.filter((c) => !c.isDefault);
    const key = chosenKey(deps, arg);
    const target = key !== undefined
        ? all.find((c) => c.key === key)
        : await deps.prompter.pick(removable.map((c) => ({ label: c.label, description: c.endpoint, value: c })), { title: 'Remove a connection from the explorer' });
    if (!target)
        throw new Error('No such connection');
    if (target.isDefault)
        throw new Error('The default connection comes from the lambdaExplorer.profile and lambdaExplorer.region settings: change it with "Choose AWS Profile and Region…"');
    await deps.connection.remove(target.key);
}
/** The status bar's click with several connections: which one palette commands use. */
async function setActiveConnection(deps, arg) {
    const all = deps.connection.list();
    const key = chosenKey(deps, arg) ??
        (await deps.prompter.pick(all.map((c) => ({
            label: c.label,
            description: [c.endpoint, c.isActive ? 'active' : undefined].filter(Boolean).join(' · ') || undefined,
            value: c.key,
        })), { title: 'Choose the active connection', placeholder: 'Commands run from the palette use it' }));
    deps.connection.setActive(key);
    return key;
}
/** Where the endpoint comes from, and who wins when a workspace overrides the user's own value. */
function describeEndpoint(e) {
    if (!e.effective)
        return 'Now: the AWS endpoint of the Region';
    const wins = e.overriddenUserValue ? `; it wins over your User setting ${e.overriddenUserValue}` : '';
    return `Now: ${e.effective} (from ${e.scope} settings${wins})`;
}
/** The endpoint step: keep (first, so Enter changes nothing), the AWS default, or a URL typed in. */
async function askEndpoint(deps, e, step) {
    const workspaceWins = e.scope?.startsWith('Workspace') === true;
    const note = workspaceWins ? `the ${e.scope} setting still wins` : undefined;
    const answer = await deps.prompter.pick([
        ...(e.effective
            ? [{ label: `Keep ${e.effective}`, description: `from ${e.scope} settings`, value: 'keep' }]
            : [
                {
                    label: 'Keep the AWS endpoint',
                    description: 'the default for the Region',
                    value: 'keep',
                },
            ]),
        ...(e.effective
            ? [
                {
                    label: 'Use the AWS endpoint',
                    description: ['clears your User setting', note].filter(Boolean).join(' · '),
                    value: 'aws',
                },
            ]
            : []),
        {
            label: 'Enter an endpoint URL…',
            description: ['a local emulator or a proxy', note].filter(Boolean).join(' · '),
            value: 'enter',
        },
    ], { title: 'Choose the endpoint', step, placeholder: describeEndpoint(e) });
    if (answer === 'keep')
        return undefined;
    if (answer === 'aws')
        return '';
    return deps.prompter.input({
        title: 'Choose the endpoint',
        step,
        prompt: 'Endpoint URL (http:// or https://), written to your User settings',
        value: e.effective ?? 'http://127.0.0.1:4566',
        validate: (v) => {
            try {
                const u = new URL(v.trim());
                return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'An http:// or https:// URL';
            }
            catch {
                return 'An http:// or https:// URL';
            }
        },
    });
}
//# sourceMappingURL=connectionCommands.js.map