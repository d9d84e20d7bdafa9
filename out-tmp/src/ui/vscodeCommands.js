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
exports.registerCommands = registerCommands;
// Registers every command of the table, each wrapped by the one error boundary.
const vscode = __importStar(require("vscode"));
const commandTable_1 = require("../commands/commandTable");
const runCommand_1 = require("../commands/runCommand");
const connection_1 = require("../commands/steps/connection");
function registerCommands(deps, onFailure) {
    return commandTable_1.COMMANDS.map((c) => vscode.commands.registerCommand(c.id, (...args) => (0, runCommand_1.runCommand)(c.id, c.title, { log: deps.log, notifier: deps.notifier, showLog: () => deps.showLog(), onFailure }, 
    // Run on a node (or a ref, an ARN): the command works on that node's connection.
    () => c.run((0, connection_1.withConnectionOf)(deps, args), ...args))));
}
//# sourceMappingURL=vscodeCommands.js.map