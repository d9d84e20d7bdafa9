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
// lambdaExplorer.connections is edited by hand (and a workspace can carry it): each entry is checked, a bad one
// is skipped with the reason, the good ones still connect.
const assert = __importStar(require("assert"));
const connectionSettings_1 = require("../../../src/connection/connectionSettings");
describe('the lambdaExplorer.connections setting', () => {
    it('keeps valid entries (an empty profile is the default chain) and trims them', () => {
        assert.deepStrictEqual((0, connectionSettings_1.parseConnections)([
            { profile: 'prod', region: ' eu-west-1 ' },
            { profile: '', region: 'us-gov-west-1', endpoint: 'http://127.0.0.1:4566' },
            { region: 'ap-southeast-7', endpoint: '' },
        ]), {
            connections: [
                { profile: 'prod', region: 'eu-west-1' },
                { profile: '', region: 'us-gov-west-1', endpoint: 'http://127.0.0.1:4566' },
                { profile: '', region: 'ap-southeast-7' },
            ],
            problems: [],
        });
    });
    it('skips a bad entry with its index and the reason, and keeps the others', () => {
        const parsed = (0, connectionSettings_1.parseConnections)([
            { profile: 'dev', region: 'Frankfurt' },
            { profile: 'dev', region: 'eu-central-1', endpoint: 'file:///etc/passwd' },
            'eu-west-1',
            { profile: 'dev', region: 'eu-west-1', token: 'x' },
            { profile: 7, region: 'eu-west-1' },
            { profile: 'ok', region: 'eu-north-1' },
        ]);
        assert.deepStrictEqual(parsed.connections, [{ profile: 'ok', region: 'eu-north-1' }]);
        assert.deepStrictEqual(parsed.problems.map((p) => p.replace(' skipped: ', ': ')), [
            'lambdaExplorer.connections[0]: region must be a Region name such as us-east-1: Frankfurt',
            'lambdaExplorer.connections[1]: endpoint must be an http:// or https:// URL: file:///etc/passwd',
            'lambdaExplorer.connections[2]: not an object',
            'lambdaExplorer.connections[3]: unknown field: token',
            'lambdaExplorer.connections[4]: profile must be a string',
        ]);
    });
    it('a value that is not an array adds nothing', () => {
        assert.deepStrictEqual((0, connectionSettings_1.parseConnections)({ region: 'eu-west-1' }).connections, []);
        assert.deepStrictEqual((0, connectionSettings_1.parseConnections)(undefined), { connections: [], problems: [] });
    });
});
//# sourceMappingURL=connectionSettings.test.js.map