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
// The settings as they apply: which scopes may decide each one (the trust boundary) and what a bad value becomes.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const settings_1 = require("../../../src/connection/settings");
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
describe('connection/settings', () => {
    const folderSays = {
        globalValue: 'mine',
        workspaceValue: 'the-workspace',
        workspaceFolderValue: 'the-folder',
    };
    it('in an untrusted workspace, the endpoint, bucket, profile and Region come from user settings only', () => {
        for (const key of ['endpoint', 'artifactBucket', 'profile', 'region']) {
            assert.deepStrictEqual((0, settings_1.effectiveSetting)(key, folderSays, false), { value: 'mine', scope: 'user' }, key);
            assert.deepStrictEqual((0, settings_1.effectiveSetting)(key, { workspaceValue: 'https://evil.example', workspaceFolderValue: 'x' }, false), { value: '', scope: 'default' }, `${key}: a workspace value alone is ignored`);
        }
    });
    it('in a trusted workspace the most specific scope wins, and says where it came from', () => {
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('artifactBucket', folderSays, true), {
            value: 'the-folder',
            scope: 'folder',
        });
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('artifactBucket', { ...folderSays, workspaceFolderValue: undefined }, true), {
            value: 'the-workspace',
            scope: 'workspace',
        });
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('artifactBucket', { globalValue: ' mine ' }, true), {
            value: 'mine',
            scope: 'user',
        });
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('artifactBucket', undefined, true), {
            value: '',
            scope: 'default',
        });
    });
    it('a page size that is not a whole number from 1 to 50 falls back to 50 and says why (never NaN)', () => {
        for (const bad of ['abc', 0, 51, 2.5, -1, null, true, '20']) {
            const e = (0, settings_1.effectiveSetting)('pageSize', { workspaceValue: bad }, true);
            assert.strictEqual(e.value, 50, JSON.stringify(bad));
            assert.strictEqual(e.problem, `The setting lambdaExplorer.pageSize must be a whole number from 1 to 50; using 50 instead of: ${JSON.stringify(bad)}`);
        }
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('pageSize', { globalValue: 20 }, false), {
            value: 20,
            scope: 'user',
        });
        assert.deepStrictEqual((0, settings_1.effectiveSetting)('pageSize', { workspaceValue: 10 }, false), {
            value: 10,
            scope: 'workspace',
        }, 'the page size is not restricted');
        assert.strictEqual((0, settings_1.effectiveSetting)('endpoint', { globalValue: 42 }, true).problem?.includes('must be text'), true);
    });
    it('shows each bad value once, however often the setting is read', () => {
        const shown = [];
        const warnings = new settings_1.SettingsWarnings((m) => shown.push(m));
        for (let i = 0; i < 5; i++)
            warnings.report((0, settings_1.effectiveSetting)('pageSize', { globalValue: 'abc' }, true).problem);
        warnings.report((0, settings_1.effectiveSetting)('pageSize', { globalValue: 20 }, true).problem);
        warnings.report((0, settings_1.effectiveSetting)('pageSize', { globalValue: 99 }, true).problem);
        assert.strictEqual(shown.length, 2);
        assert.match(shown[0], /instead of: "abc"$/);
        assert.match(shown[1], /instead of: 99$/);
    });
    it('package.json declares the same settings: types, bounds, defaults, and every restricted key', () => {
        const props = manifest.contributes.configuration.properties;
        assert.deepStrictEqual(Object.keys(props).sort(), Object.keys(settings_1.SETTINGS)
            .map((k) => `lambdaExplorer.${k}`)
            .sort());
        for (const [key, spec] of Object.entries(settings_1.SETTINGS)) {
            const p = props[`lambdaExplorer.${key}`];
            assert.strictEqual(p.type, spec.type, key);
            assert.deepStrictEqual(p.default, spec.default, key);
            assert.strictEqual(p.minimum, 'minimum' in spec ? spec.minimum : undefined, key);
            assert.strictEqual(p.maximum, 'maximum' in spec ? spec.maximum : undefined, key);
        }
        assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
        assert.deepStrictEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), Object.entries(settings_1.SETTINGS)
            .filter(([, s]) => s.restricted)
            .map(([k]) => `lambdaExplorer.${k}`)
            .sort());
    });
});
//# sourceMappingURL=settings.test.js.map