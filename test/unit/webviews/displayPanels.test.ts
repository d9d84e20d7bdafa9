// The panels' share of showing AWS data right: tab titles (one λ, the tab's icon), deleted and frozen layers in
// the function panel, and no AWS Console link for a custom endpoint.
import * as assert from 'assert';
import { consoleUrlFor } from '../../../src/commands/resourceActions';
import { panelTitle } from '../../../src/webviews/panelLoader';
import { FunctionPanelController, LayerVersionPanelController } from '../../../src/webviews/panelControllers';
import type { FunctionPanelData, HostToView, LayerVersionPanelData } from '../../../src/webviews/protocol';
import { startEmulator } from '../../emulator/emulator';
import type { RunningEmulator } from '../../emulator/emulator';
import { makeCommandHarness } from '../support/commandHarness';
import { serviceFor } from '../support/emulatorService';

const ACCOUNT = '123456789012';

describe('panels: titles, layer states and the console link', function () {
  this.timeout(20_000);
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ seed: 'hostile' });
  });
  after(() => emu.stop());

  function open(kind: 'function' | 'layerVersion', name: string, version?: string) {
    const h = makeCommandHarness(emu, serviceFor(emu), []);
    const sent: HostToView[] = [];
    const port = { post: (m: HostToView) => void sent.push(m), visible: true };
    const host = { deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined };
    const arn =
      kind === 'function'
        ? `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`
        : `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}:${version}`;
    const ref = { kind, arn, name, ...(version ? { version } : {}) };
    const c =
      kind === 'function'
        ? new FunctionPanelController(host, ref, port)
        : new LayerVersionPanelController(host, ref, port);
    const data = async <T>(): Promise<T> => {
      await c.handle({ type: 'ready' });
      const d = [...sent].reverse().find((m) => m.type === 'data');
      assert.ok(d && d.type === 'data');
      return d.data as T;
    };
    return { c, h, data };
  }

  it('titles a function panel by its name alone (the tab icon is the λ) and a layer version panel as one', () => {
    assert.strictEqual(panelTitle('function', 'orders-api'), 'orders-api');
    assert.strictEqual(panelTitle('function', 'orders-api:2'), 'orders-api:2');
    assert.strictEqual(panelTitle('layerVersion', 'shared-utils:7'), 'Layer shared-utils:7');
    assert.strictEqual(panelTitle('function', 'invoice\u202Egnp.exe'), 'invoice<U+202E>gnp.exe');
    const { c } = open('function', 'orders-api');
    assert.strictEqual(panelTitle('function', c.title), 'orders-api');
  });

  it('marks a deleted layer version in the function panel', async () => {
    const d = await open('function', 'legacy-reports').data<FunctionPanelData>();
    assert.deepStrictEqual(
      d.layers.map((l) => [l.label, l.deleted]),
      [['shared-utils:2', true]],
    );
    const live = await open('function', 'thumbnailer').data<FunctionPanelData>();
    assert.ok(live.layers.every((l) => !l.deleted));
  });

  it('tells the view about a custom endpoint (no AWS Console button) and does not open the real console', async () => {
    const f = open('function', 'orders-api');
    assert.strictEqual((await f.data<FunctionPanelData>()).customEndpoint, emu.endpoint);
    const l = open('layerVersion', 'spoof-layer', '1');
    assert.strictEqual((await l.data<LayerVersionPanelData>()).customEndpoint, emu.endpoint);

    await f.c.handle({ type: 'openConsole' });
    assert.deepStrictEqual(f.h.opened, [], 'the AWS Console would show another resource of that name');
    assert.match(f.h.notifier.shown.at(-1)?.message ?? '', /no AWS Console for a custom endpoint/);
  });

  it('opens the console for AWS itself', async () => {
    const h = makeCommandHarness(emu, serviceFor(emu), []);
    h.deps.connection.current = () => ({ region: 'eu-west-1' });
    h.deps.connection.region = () => 'eu-west-1';
    const url = await consoleUrlFor(h.deps, {
      kind: 'function',
      arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-api`,
      name: 'orders-api',
    });
    assert.ok(url?.startsWith('https://eu-west-1.console.aws.amazon.com/'), url);
    assert.deepStrictEqual(h.opened, [url]);
  });
});
