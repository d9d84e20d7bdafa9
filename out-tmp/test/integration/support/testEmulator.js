"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startTestEmulator = startTestEmulator;
// No vscode here: used by the integration tests (in the extension host) and the e2e fixture (plain Node).
const emulator_1 = require("../../emulator/emulator");
/** Starts the Lambda emulator (test/emulator/emulator.ts) in this process on a free loopback port. */
async function startTestEmulator(seed = 'sample') {
    return (0, emulator_1.startEmulator)({ seed });
}
//# sourceMappingURL=testEmulator.js.map