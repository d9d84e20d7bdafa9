// The settings as they apply: which scopes may decide each one (the trust boundary) and what a bad value becomes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { effectiveSetting, SETTINGS, SettingsWarnings } from '../../../src/connection/settings';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
};

describe('connection/settings', () => {
  const folderSays = {
    globalValue: 'mine',
    workspaceValue: 'the-workspace',
    workspaceFolderValue: 'the-folder',
  };

  it('in an untrusted workspace, the endpoint, bucket, profile and Region come from user settings only', () => {
    for (const key of ['endpoint', 'artifactBucket', 'profile', 'region'] as const) {
      assert.deepStrictEqual(effectiveSetting(key, folderSays, false), { value: 'mine', scope: 'user' }, key);
      assert.deepStrictEqual(
        effectiveSetting(key, { workspaceValue: 'https://evil.example', workspaceFolderValue: 'x' }, false),
        { value: '', scope: 'default' },
        `${key}: a workspace value alone is ignored`,
      );
    }
  });

  it('in a trusted workspace the most specific scope wins, and says where it came from', () => {
    assert.deepStrictEqual(effectiveSetting('artifactBucket', folderSays, true), {
      value: 'the-folder',
      scope: 'folder',
    });
    assert.deepStrictEqual(
      effectiveSetting('artifactBucket', { ...folderSays, workspaceFolderValue: undefined }, true),
      {
        value: 'the-workspace',
        scope: 'workspace',
      },
    );
    assert.deepStrictEqual(effectiveSetting('artifactBucket', { globalValue: ' mine ' }, true), {
      value: 'mine',
      scope: 'user',
    });
    assert.deepStrictEqual(effectiveSetting('artifactBucket', undefined, true), {
      value: '',
      scope: 'default',
    });
  });

  it('a page size that is not a whole number from 1 to 50 falls back to 50 and says why (never NaN)', () => {
    for (const bad of ['abc', 0, 51, 2.5, -1, null, true, '20']) {
      const e = effectiveSetting('pageSize', { workspaceValue: bad }, true);
      assert.strictEqual(e.value, 50, JSON.stringify(bad));
      assert.strictEqual(
        e.problem,
        `The setting lambdaExplorer.pageSize must be a whole number from 1 to 50; using 50 instead of: ${JSON.stringify(bad)}`,
      );
    }
    assert.deepStrictEqual(effectiveSetting('pageSize', { globalValue: 20 }, false), {
      value: 20,
      scope: 'user',
    });
    assert.deepStrictEqual(
      effectiveSetting('pageSize', { workspaceValue: 10 }, false),
      {
        value: 10,
        scope: 'workspace',
      },
      'the page size is not restricted',
    );
    assert.strictEqual(
      effectiveSetting('endpoint', { globalValue: 42 }, true).problem?.includes('must be text'),
      true,
    );
  });

  it('shows each bad value once, however often the setting is read', () => {
    const shown: string[] = [];
    const warnings = new SettingsWarnings((m) => shown.push(m));
    for (let i = 0; i < 5; i++)
      warnings.report(effectiveSetting('pageSize', { globalValue: 'abc' }, true).problem);
    warnings.report(effectiveSetting('pageSize', { globalValue: 20 }, true).problem);
    warnings.report(effectiveSetting('pageSize', { globalValue: 99 }, true).problem);
    assert.strictEqual(shown.length, 2);
    assert.match(shown[0]!, /instead of: "abc"$/);
    assert.match(shown[1]!, /instead of: 99$/);
  });

  it('package.json declares the same settings: types, bounds, defaults, and every restricted key', () => {
    const props = manifest.contributes.configuration.properties;
    assert.deepStrictEqual(
      Object.keys(props).sort(),
      Object.keys(SETTINGS)
        .map((k) => `lambdaExplorer.${k}`)
        .sort(),
    );
    for (const [key, spec] of Object.entries(SETTINGS)) {
      const p = props[`lambdaExplorer.${key}`]!;
      assert.strictEqual(p.type, spec.type, key);
      assert.deepStrictEqual(p.default, spec.default, key);
      assert.strictEqual(p.minimum, 'minimum' in spec ? spec.minimum : undefined, key);
      assert.strictEqual(p.maximum, 'maximum' in spec ? spec.maximum : undefined, key);
    }
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepStrictEqual(
      [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      Object.entries(SETTINGS)
        .filter(([, s]) => s.restricted)
        .map(([k]) => `lambdaExplorer.${k}`)
        .sort(),
    );
  });
});
