"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setRuntimeClock = setRuntimeClock;
exports.runtimeBlocked = runtimeBlocked;
exports.checkRuntimeAllowed = checkRuntimeAllowed;
// AWS's runtime deprecation schedule as the service enforces it: from a runtime's block-create date CreateFunction
// (and switching a function to it) is refused; from its block-update date also UpdateFunctionCode,
// UpdateFunctionConfiguration (unless it moves the function to a runtime still allowed) and PublishVersion.
// Invoking and reading are never blocked. Dates: AWS's deprecation table (the last dates it announced).
// The day is read from a clock a test can set (`EmulatorOptions.today`), so no test depends on the real date.
const apiError_1 = require("./apiError");
const AL1 = { blockCreate: '2024-02-08', blockUpdate: '2024-02-08' };
const AL2_2026 = { blockCreate: '2026-07-31', blockUpdate: '2026-08-31' };
const LONG_AGO = { blockCreate: '2022-01-01', blockUpdate: '2022-06-01' };
const SCHEDULE = {
    nodejs: LONG_AGO,
    'nodejs4.3': LONG_AGO,
    'nodejs4.3-edge': LONG_AGO,
    'nodejs6.10': LONG_AGO,
    'nodejs8.10': LONG_AGO,
    'nodejs10.x': LONG_AGO,
    'nodejs12.x': { blockCreate: '2023-03-31', blockUpdate: '2023-04-30' },
    'nodejs14.x': { blockCreate: '2024-01-09', blockUpdate: '2024-02-08' },
    'nodejs16.x': { blockCreate: '2024-06-12', blockUpdate: '2026-03-09' },
    'nodejs18.x': { blockCreate: '2025-10-01', blockUpdate: '2025-11-01' },
    'nodejs20.x': { blockCreate: '2026-06-01', blockUpdate: '2026-07-01' },
    'python2.7': LONG_AGO,
    'python3.6': LONG_AGO,
    'python3.7': { blockCreate: '2024-01-09', blockUpdate: '2024-02-08' },
    'python3.8': { blockCreate: '2024-10-14', blockUpdate: '2026-03-09' },
    'python3.9': { blockCreate: '2026-06-01', blockUpdate: '2026-07-01' },
    'python3.10': AL2_2026,
    java8: AL1,
    'java8.al2': AL2_2026,
    java11: AL2_2026,
    java17: AL2_2026,
    'dotnetcore1.0': LONG_AGO,
    'dotnetcore2.0': LONG_AGO,
    'dotnetcore2.1': LONG_AGO,
    'dotnetcore3.1': { blockCreate: '2023-04-03', blockUpdate: '2023-05-03' },
    dotnet6: { blockCreate: '2024-12-20', blockUpdate: '2026-03-09' },
    dotnet8: { blockCreate: '2026-12-10', blockUpdate: '2027-01-11' },
    'go1.x': AL1,
    provided: AL1,
    'provided.al2': AL2_2026,
    'ruby2.5': { blockCreate: '2021-07-30', blockUpdate: '2022-03-31' },
    'ruby2.7': { blockCreate: '2024-01-09', blockUpdate: '2024-02-08' },
    'ruby3.2': { blockCreate: '2026-06-01', blockUpdate: '2026-07-01' },
    'ruby3.3': { blockCreate: '2027-04-30', blockUpdate: '2027-05-31' },
};
const clocks = new WeakMap();
/** The clock deprecation dates are judged by (default: the state's clock). */
function setRuntimeClock(state, today) {
    clocks.set(state, today);
}
function day(state) {
    return new Date((clocks.get(state) ?? state.now)()).toISOString().slice(0, 10);
}
/** Whether AWS refuses `action` on a function with this runtime today. */
function runtimeBlocked(state, runtime, action) {
    const s = runtime === undefined ? undefined : SCHEDULE[runtime];
    if (!s)
        return false;
    const from = action === 'create' ? s.blockCreate : s.blockUpdate;
    return from !== undefined && day(state) >= from;
}
/** AWS's answer (400 InvalidParameterValueException) to a create or update on a blocked runtime. */
function checkRuntimeAllowed(state, runtime, action) {
    if (runtimeBlocked(state, runtime, action)) {
        throw (0, apiError_1.invalidParameter)(`The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`);
    }
}
//# sourceMappingURL=runtimeDeprecation.js.map