// Another account's ARN is another account's resource: commands and the layer version panel given
// `arn:aws:lambda:us-east-1:999999999999:layer:shared-utils:8` act on that version (read by full ARN), never on our
// own `shared-utils:8` by name; they show it read-only, refuse to change its permissions naming the owner, and every
// confirmation names the account and Region. Against the `multi` emulator: we are 123456789012 (the sample seed),
// 999999999999 publishes a public `shared-utils:8` of its own.
import * as assert from 'assert';
import type { ResourceRef } from '../../../src/aws/resourceRef';
import { copyLayerGrants } from '../../../src/commands/copyLayerGrants';
import { deleteLayerVersion } from '../../../src/commands/deleteLayerVersion';
import { grantLayerAccess } from '../../../src/commands/grantLayerAccess';
import { revokeLayerAccess } from '../../../src/commands/revokeLayerAccess';
import { LayerVersionPanelController } from '../../../src/webviews/panelControllers';
import type { HostToView, LayerVersionPanelData } from '../../../src/webviews/protocol';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { makeCommandHarness } from '../support/commandHarness';
import { serviceFor } from '../support/emulatorService';

const THEIRS = 'arn:aws:lambda:us-east-1:999999999999:layer:shared-utils:8';
const OURS = 'arn:aws:lambda:us-east-1:123456789012:layer:shared-utils:8';
const NOT_OWNER = /Only account 999999999999 can change this layer version's permissions/;

describe('another account’s layer version ARN (multi seed)', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  beforeEach(async () => {
    emu = await startEmulator({ seed: 'multi', updateDelayMs: 0 });
  });
  afterEach(() => emu.stop());

  const ourSids = (): string[] | undefined =>
    emu.state.layerVersion('shared-utils', 8)?.policy.statements.map((s) => s.Sid);
  const theirSids = (): string[] | undefined =>
    emu.world
      .state('999999999999', 'us-east-1')
      .layerVersion('shared-utils', 8)
      ?.policy.statements.map((s) => s.Sid);
  const harness = (answers: unknown[] = []) => makeCommandHarness(emu, serviceFor(emu, 1), answers);

  it('Revoke refuses, naming the owner, and leaves our statement and theirs in place', async () => {
    const h = harness(['team-analytics', true]);
    await assert.rejects(revokeLayerAccess(h.deps, THEIRS), NOT_OWNER);
    assert.deepStrictEqual(ourSids(), ['team-analytics'], 'our shared-utils:8 keeps its grant');
    assert.deepStrictEqual(theirSids(), ['public']);
    assert.deepStrictEqual(h.prompter.shown, [], 'nothing was offered');
  });

  it('Grant and Copy Grants refuse before asking anything', async () => {
    const g = harness(['An AWS account', '444455556666', 'acct']);
    await assert.rejects(grantLayerAccess(g.deps, THEIRS), NOT_OWNER);
    assert.deepStrictEqual(g.prompter.shown, []);
    const c = harness([]);
    await assert.rejects(copyLayerGrants(c.deps, THEIRS, 7), NOT_OWNER);
    assert.deepStrictEqual(ourSids(), ['team-analytics']);
    assert.deepStrictEqual(theirSids(), ['public']);
  });

  it('Delete refuses, naming the owner, and deletes neither version', async () => {
    const h = harness([true]);
    await assert.rejects(
      deleteLayerVersion(h.deps, THEIRS),
      /Only account 999999999999 can delete this layer version/,
    );
    assert.ok(emu.state.layerVersion('shared-utils', 8), 'ours is still there');
    assert.ok(emu.world.state('999999999999', 'us-east-1').layerVersion('shared-utils', 8), 'theirs too');
  });

  it('confirmations name the account and Region (delete, revoke, make public)', async () => {
    const d = harness([false]);
    assert.strictEqual(await deleteLayerVersion(d.deps, OURS), false);
    assert.match(d.prompter.shown.at(-1)!, /shared-utils:8 .*account 123456789012, us-east-1/);
    const r = harness(['team-analytics', false]);
    await assert.rejects(revokeLayerAccess(r.deps, OURS));
    assert.match(r.prompter.shown.at(-1)!, /account 123456789012, us-east-1/);
    const p = harness(['Everyone (public)', 'public-1', false]);
    await assert.rejects(grantLayerAccess(p.deps, OURS));
    assert.match(p.prompter.shown.at(-1)!, /account 123456789012, us-east-1/);
  });

  describe('the layer version panel', () => {
    const ref: ResourceRef = { kind: 'layerVersion', arn: THEIRS, name: 'shared-utils', version: '8' };
    const open = (answers: unknown[] = []) => {
      const h = harness(answers);
      const sent: HostToView[] = [];
      const c = new LayerVersionPanelController(
        { deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined },
        ref,
        { post: (m) => void sent.push(m), visible: true },
      );
      const data = (): LayerVersionPanelData => {
        const m = [...sent].reverse().find((x) => x.type === 'data');
        assert.ok(m && m.type === 'data', 'no data message');
        return m.data as LayerVersionPanelData;
      };
      return { c, sent, data, h };
    };

    it('shows their version read-only with its owner account, not ours', async () => {
      const p = open();
      await p.c.handle({ type: 'ready' });
      const d = p.data();
      assert.strictEqual(d.arn, THEIRS);
      assert.strictEqual(d.description, "Publisher's shared helpers v8");
      assert.deepStrictEqual(d.owner, { accountId: '999999999999', region: 'us-east-1' });
      assert.match(d.readOnly ?? '', NOT_OWNER);
      assert.strictEqual(d.policy, undefined, 'their policy is not ours to read');
    });

    it('refuses grant, revoke and copy-grants messages (a compromised view) and changes nothing', async () => {
      const p = open([true, true, true]);
      await p.c.handle({ type: 'ready' });
      await p.c.handle({ type: 'revoke', statementId: 'team-analytics' });
      await p.c.handle({ type: 'grant', grant: { kind: 'public' }, statementId: 'pub' });
      await p.c.handle({ type: 'copyGrants', fromVersion: 7 });
      const errors = p.sent.filter((m) => m.type === 'notice' && m.level === 'error');
      assert.strictEqual(errors.length, 3);
      for (const e of errors) assert.match((e as { message: string }).message, NOT_OWNER);
      assert.deepStrictEqual(ourSids(), ['team-analytics']);
      assert.deepStrictEqual(theirSids(), ['public']);
      assert.deepStrictEqual(p.h.prompter.shown, []);
    });

    it('our own version stays editable and names its owner too', async () => {
      const h = harness();
      const sent: HostToView[] = [];
      const c = new LayerVersionPanelController(
        { deps: h.deps, openFunction: () => undefined, openLayerVersion: () => undefined },
        { kind: 'layerVersion', arn: OURS, name: 'shared-utils', version: '8' },
        { post: (m) => void sent.push(m), visible: true },
      );
      await c.handle({ type: 'ready' });
      const m = [...sent].reverse().find((x) => x.type === 'data');
      const d = (m as { data: LayerVersionPanelData }).data;
      assert.strictEqual(d.readOnly, undefined);
      assert.deepStrictEqual(d.owner, { accountId: '123456789012', region: 'us-east-1' });
      assert.deepStrictEqual(
        d.policy?.statements.map((s) => s.sid),
        ['team-analytics'],
      );
    });
  });
});
