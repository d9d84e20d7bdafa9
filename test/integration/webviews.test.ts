// The two webview panels inside a real VS Code (code-server) extension host, against the emulator: the real
// webview app loads (its `ready` arrives through VS Code), the host answers with emulator data, writes land in
// the emulator, and a stale RevisionId (412) re-reads and says so.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LambdaExplorerApi } from '../../src/extension';
import type { Prompter } from '../../src/ui/prompter';
import type { PanelHandle } from '../../src/webviews/webviewPanels';
import type {
  FunctionPanelData,
  HostToView,
  LayerVersionPanelData,
  ViewToHost,
} from '../../src/webviews/protocol';
import { serviceFor } from '../unit/support/emulatorService';
import { ScriptedPrompter } from '../unit/support/recorders';
import { getApi } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { withEmulator } from './support/withEmulator';

const ACCOUNT = '123456789012';
const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`;
const LV_ARN = (name: string, v: number) => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}:${v}`;

type Msg = HostToView | ViewToHost;
const isReady = (m: Msg, d: string) => d === 'received' && m.type === 'ready';
const dataCount = (p: PanelHandle) => p.sent.filter((m) => m.type === 'data').length;
function lastData<T>(p: PanelHandle): T {
  const m = [...p.sent].reverse().find((x) => x.type === 'data');
  assert.ok(m && m.type === 'data', 'no data sent');
  return m.data as T;
}
const lastNotice = (p: PanelHandle) =>
  [...p.sent].reverse().find((m): m is Extract<HostToView, { type: 'notice' }> => m.type === 'notice');

describe('Webview panels', function () {
  this.timeout(90_000);
  const ctx = withEmulator('sample');
  let api: LambdaExplorerApi;
  let realPrompter: Prompter;

  before(async () => {
    api = await getApi<LambdaExplorerApi>();
    await waitFor(
      () => api.connection.active?.connection.endpoint === ctx.emulator.endpoint && api.explorer.connection,
      { message: 'connected to the emulator' },
    );
    realPrompter = api.deps.prompter;
  });
  afterEach(async () => {
    api.deps.prompter = realPrompter;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function openFunction(): Promise<PanelHandle> {
    await vscode.commands.executeCommand('lambdaExplorer.function.showConfiguration', {
      kind: 'function',
      arn: FN_ARN,
      name: 'orders-api',
    });
    const p = api.panels.get(FN_ARN);
    assert.ok(p, 'a panel for the function ARN');
    return p;
  }

  async function openLayerVersion(name: string, v: number): Promise<PanelHandle> {
    await vscode.commands.executeCommand('lambdaExplorer.layerVersion.showPolicy', {
      kind: 'layerVersion',
      arn: LV_ARN(name, v),
      name,
      version: String(v),
    });
    const p = api.panels.get(LV_ARN(name, v));
    assert.ok(p, 'a panel for the layer version ARN');
    return p;
  }

  it('function panel: the app says ready, the host answers with the emulator configuration', async () => {
    const p = await openFunction();
    await p.waitFor(isReady, 30_000);
    await p.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    assert.strictEqual(p.panel.title, 'λ orders-api');
    assert.strictEqual(p.panel.webview.options.enableScripts, true);
    assert.deepStrictEqual(
      p.panel.webview.options.localResourceRoots?.map((u) => u.path.split('/').pop()),
      ['dist', 'media'],
    );
    assert.strictEqual(p.panel.options.retainContextWhenHidden, undefined);
    const d = lastData<FunctionPanelData>(p);
    const emu = ctx.emulator.state.functionConfiguration('orders-api')!;
    assert.strictEqual(d.runtime, emu.Runtime);
    assert.strictEqual(d.memorySize, emu.MemorySize);
    assert.strictEqual(d.codeSha256, emu.CodeSha256);
    assert.deepStrictEqual(
      d.layers.map((l) => l.arn),
      (emu.Layers as { Arn: string }[]).map((l) => l.Arn),
    );
    assert.deepStrictEqual(d.environmentKeys, ['LOG_LEVEL', 'TABLE_NAME']);
    assert.ok(
      !JSON.stringify(p.sent).includes('"orders"'),
      'environment values are not sent before a reveal',
    );
    await p.deliver({ type: 'reveal', key: 'TABLE_NAME' });
    assert.deepStrictEqual(p.sent.at(-1), { type: 'revealed', key: 'TABLE_NAME', value: 'orders' });
  });

  it('one panel per ARN: running the command again reveals the same panel', async () => {
    const p = await openFunction();
    const again = await openFunction();
    assert.strictEqual(again, p);
    assert.deepStrictEqual(
      api.panels.openArns.filter((a) => a === FN_ARN),
      [FN_ARN],
    );
  });

  it('survives being hidden: shown again, the rebuilt view says ready and gets the data without a reload', async () => {
    const fn = await openFunction();
    await fn.waitFor(isReady, 30_000);
    await fn.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    const lv = await openLayerVersion('shared-utils', 7); // same column: hides the function panel
    await lv.waitFor(isReady, 30_000);
    await waitFor(() => !fn.panel.visible, { message: 'function panel hidden' });
    const readies = fn.received.filter((m) => m.type === 'ready').length;
    const calls = ctx.emulator.calls.length;
    const datas = dataCount(fn);
    fn.panel.reveal();
    await waitFor(() => fn.received.filter((m) => m.type === 'ready').length > readies, {
      timeoutMs: 30_000,
      message: 'a second ready',
    });
    await waitFor(() => dataCount(fn) > datas, { message: 'data re-sent' });
    assert.strictEqual(
      ctx.emulator.calls.filter((c) => c.operation === 'GetFunction').length,
      ctx.emulator.calls.slice(0, calls).filter((c) => c.operation === 'GetFunction').length,
      'no new GetFunction',
    );
  });

  it('layer version panel: renders details and policy from the emulator after the handshake', async () => {
    const p = await openLayerVersion('shared-utils', 7);
    await p.waitFor(isReady, 30_000);
    await p.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    const d = lastData<LayerVersionPanelData>(p);
    const emu = ctx.emulator.state.layerVersion('shared-utils', 7)!;
    assert.strictEqual(d.codeSha256, emu.codeSha256);
    assert.strictEqual(d.licenseInfo, 'MIT');
    assert.deepStrictEqual(
      d.policy?.statements.map((s) => s.sid),
      emu.policy.statements.map((s) => s.Sid),
    );
    assert.strictEqual(d.policy?.revisionId, emu.policy.revisionId);
  });

  it('grants and revokes, checked in the emulator; the tree hears the change', async () => {
    const p = await openLayerVersion('shared-utils', 4);
    await p.waitFor(isReady, 30_000);
    await p.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    const changes: string[] = [];
    const stop = api.deps.changes.on((c) => {
      changes.push(`${c.kind} ${'name' in c ? c.name : c.names.join(',')}`);
    });
    try {
      await p.deliver({
        type: 'grant',
        grant: { kind: 'organization', organizationId: 'o-zz11yy22xx' },
        statementId: 'org-zz',
        revisionId: lastData<LayerVersionPanelData>(p).policy?.revisionId,
      });
      const policy = ctx.emulator.state.layerVersion('shared-utils', 4)!.policy;
      assert.deepStrictEqual(
        policy.statements.map((s) => [s.Sid, s.Condition?.StringEquals['aws:PrincipalOrgID']]),
        [['org-zz', 'o-zz11yy22xx']],
      );
      assert.deepStrictEqual(changes, ['layerVersion shared-utils']);
      assert.ok(
        lastData<LayerVersionPanelData>(p).policy?.statements.some((s) => s.sid === 'org-zz'),
        'the panel shows the new grant',
      );

      const prompter = new ScriptedPrompter([true]);
      api.deps.prompter = prompter;
      await p.deliver({
        type: 'revoke',
        statementId: 'org-zz',
        revisionId: lastData<LayerVersionPanelData>(p).policy?.revisionId,
      });
      assert.deepStrictEqual(ctx.emulator.state.layerVersion('shared-utils', 4)!.policy.statements, []);
      assert.deepStrictEqual(prompter.asked, [
        'Revoke organization o-zz11yy22xx from shared-utils version 4?',
      ]);
      assert.match(lastNotice(p)!.message, /Revoked statement: org-zz/);
    } finally {
      stop();
    }
  });

  it('handles a 412: the policy changed behind the panel, it says so, shows the new state, and the retry works', async () => {
    const p = await openLayerVersion('py-common', 4);
    await p.waitFor(isReady, 30_000);
    await p.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    const seen = lastData<LayerVersionPanelData>(p).policy?.revisionId;
    assert.ok(seen, 'py-common:4 has a policy');
    // Behind the panel's back, through the SDK: the revision the panel saw is now stale.
    await serviceFor(ctx.emulator).addLayerVersionPermission('py-common', 4, 'first', {
      kind: 'account',
      accountId: '111122223333',
    });
    await p.deliver({
      type: 'grant',
      grant: { kind: 'account', accountId: '444455556666' },
      statementId: 'second',
      revisionId: seen,
    });
    assert.strictEqual(lastNotice(p)?.level, 'warning');
    assert.match(lastNotice(p)!.message, /changed since it was read/);
    assert.deepStrictEqual(
      ctx.emulator.state.layerVersion('py-common', 4)!.policy.statements.map((s) => s.Sid),
      ['public', 'first'],
    );
    const fresh = lastData<LayerVersionPanelData>(p);
    assert.deepStrictEqual(
      fresh.policy?.statements.map((s) => s.sid),
      ['public', 'first'],
      'the panel shows the current policy',
    );
    assert.notStrictEqual(fresh.policy?.revisionId, seen);
    await p.deliver({
      type: 'grant',
      grant: { kind: 'account', accountId: '444455556666' },
      statementId: 'second',
      revisionId: fresh.policy?.revisionId,
    });
    assert.deepStrictEqual(
      ctx.emulator.state.layerVersion('py-common', 4)!.policy.statements.map((s) => s.Sid),
      ['public', 'first', 'second'],
    );
  });

  it('updates itself when a command elsewhere changes the same layer version', async () => {
    const p = await openLayerVersion('shared-utils', 6);
    await p.waitFor(isReady, 30_000);
    await p.waitFor((m, d) => d === 'sent' && m.type === 'data', 20_000);
    api.deps.prompter = new ScriptedPrompter(['An AWS account', '777788889999', 'from-palette']);
    await vscode.commands.executeCommand('lambdaExplorer.layerVersion.grantAccess', {
      kind: 'layerVersion',
      arn: LV_ARN('shared-utils', 6),
      name: 'shared-utils',
      version: '6',
    });
    assert.ok(
      ctx.emulator.state
        .layerVersion('shared-utils', 6)!
        .policy.statements.some((s) => s.Sid === 'from-palette'),
    );
    await waitFor(
      () => lastData<LayerVersionPanelData>(p).policy?.statements.some((s) => s.sid === 'from-palette'),
      { message: 'the panel re-read the policy' },
    );
  });

  it('rejects a malformed message from the view', async () => {
    const p = await openLayerVersion('shared-utils', 7);
    await p.waitFor(isReady, 30_000);
    const before = ctx.emulator.state.layerVersion('shared-utils', 7)!.policy.statements.length;
    await p.deliver({ type: 'grant', grant: { kind: 'public', extra: 1 }, statementId: 'x' });
    await p.deliver({ type: 'revoke', statementId: { $ne: '' } });
    assert.strictEqual(p.rejected.length, 2);
    assert.strictEqual(ctx.emulator.state.layerVersion('shared-utils', 7)!.policy.statements.length, before);
  });
});
