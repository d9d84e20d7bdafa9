// The resolvers: what a command was given (a tree node, a node of another build of the same classes, a panel's
// ResourceRef, a summary, an ARN or a name, or nothing) becomes the domain value it acts on.
import * as assert from 'assert';
import type { LambdaService } from '../../../src/aws/lambdaService';
import {
  resolveAttachedLayer,
  resolveFunction,
  resolveLayerVersion,
  resolveLayerVersionTarget,
  resolveResource,
} from '../../../src/commands/steps/resolve';
import type { TreeNode } from '../../../src/tree/treeNode';
import type { RunningEmulator } from '../../emulator/emulator';
import { startEmulator } from '../../emulator/emulator';
import { makeCommandHarness } from '../support/commandHarness';
import { callsOf, serviceFor } from '../support/emulatorService';

const ACCOUNT = '123456789012';
const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`;
const LV_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:shared-utils:8`;
const signal = new AbortController().signal;

describe('resolvers (node, ref, summary, ARN, or a picker)', function () {
  this.timeout(30_000);
  let emu: RunningEmulator;
  let lambda: LambdaService;

  before(async () => {
    emu = await startEmulator({ seed: 'sample' });
    lambda = serviceFor(emu);
  });
  after(async () => emu.stop());

  async function tree(answers: unknown[] = []) {
    const h = makeCommandHarness(emu, lambda, answers);
    const root = h.deps.explorer.functionsRoot!;
    const fnNode = (await root.children({ signal })).find((n) => n.id === FN_ARN)!;
    const [layersNode, versionsNode] = await fnNode.children!({ signal });
    const attached = await layersNode!.children!({ signal });
    const versions = await versionsNode!.children!({ signal });
    const frozen = await versions[0]!.children!({ signal });
    return { h, fnNode, layersNode: layersNode!, attached, frozen };
  }

  it('a function: from its node or any node under it, a node of another build, a ref, an ARN, a name', async () => {
    const { h, fnNode, layersNode } = await tree();
    assert.strictEqual((await resolveFunction(h.deps, fnNode, 't')).name, 'orders-api');
    assert.strictEqual((await resolveFunction(h.deps, layersNode, 't')).name, 'orders-api');
    // The same shape from another bundle: dispatch is on `kind`, not on the class.
    const foreign = {
      id: fnNode.id,
      kind: 'function',
      view: () => fnNode.view(),
      fn: { ...(fnNode as unknown as { fn: object }).fn },
    };
    assert.strictEqual((await resolveFunction(h.deps, foreign, 't')).name, 'orders-api');
    const reads = callsOf(emu, 'GetFunctionConfiguration');
    const byRef = await resolveFunction(h.deps, { kind: 'function', arn: FN_ARN, name: 'orders-api' }, 't');
    assert.ok(byRef.revisionId, 'a ref is read fresh, with its RevisionId');
    assert.strictEqual((await resolveFunction(h.deps, FN_ARN, 't')).name, 'orders-api');
    assert.strictEqual((await resolveFunction(h.deps, 'orders-api', 't')).name, 'orders-api');
    assert.strictEqual(callsOf(emu, 'GetFunctionConfiguration') - reads, 3);
    assert.deepStrictEqual(h.prompter.asked, [], 'no picker when the function was given');
    await assert.rejects(
      resolveFunction(h.deps, LV_ARN, 't'),
      /Pick a function \(\$LATEST\), not a layerVersion: shared-utils/,
    );
  });

  it('a function from the palette: a picker over the loaded functions', async () => {
    const { h } = await tree(['orders-api']);
    const fn = await resolveFunction(h.deps, undefined, 'Attach Layers');
    assert.strictEqual(fn.name, 'orders-api');
    assert.deepStrictEqual(h.prompter.asked, ['Attach Layers']);
  });

  it("an attached layer: from its node; a published version's frozen layers are refused", async () => {
    const { h, attached, frozen } = await tree();
    const t = await resolveAttachedLayer(h.deps, attached[0], 't');
    assert.strictEqual(t.fn.name, 'orders-api');
    assert.strictEqual(t.arn, LV_ARN);
    await assert.rejects(resolveAttachedLayer(h.deps, frozen[0], 't'), /A published version cannot change/);
  });

  it('a layer version: from a node under it, a ref or an ARN (read by ARN), or picked layer then version', async () => {
    const { h, attached } = await tree();
    assert.deepStrictEqual(await resolveLayerVersionTarget(h.deps, LV_ARN, 't'), {
      layerName: 'shared-utils',
      version: 8,
      arn: LV_ARN,
    });
    assert.strictEqual((await resolveLayerVersionTarget(h.deps, attached[0], 't')).version, 8);
    const byArn = callsOf(emu, 'GetLayerVersionByArn');
    const full = await resolveLayerVersion(
      h.deps,
      { kind: 'layerVersion', arn: LV_ARN, name: 'shared-utils' },
      't',
    );
    assert.ok(full.compatibleRuntimes.length > 0, 'with its compatibility');
    assert.strictEqual(callsOf(emu, 'GetLayerVersionByArn') - byArn, 1);

    const picked = makeCommandHarness(emu, lambda, ['shared-utils', 'Version 7']);
    const v = await resolveLayerVersionTarget(picked.deps, undefined, 'Grant');
    assert.strictEqual(v.version, 7);
    assert.deepStrictEqual(picked.prompter.asked, ['Grant', 'Grant: shared-utils']);
  });

  it('a resource: the nearest ancestor with one, a ref, an ARN', async () => {
    const { h, layersNode } = await tree();
    assert.strictEqual((await resolveResource(h.deps, layersNode, 't')).arn, FN_ARN);
    const ref = await resolveResource(h.deps, `${FN_ARN}:2`, 't');
    assert.deepStrictEqual(ref, {
      kind: 'functionVersion',
      arn: `${FN_ARN}:2`,
      name: 'orders-api',
      version: '2',
    });
    const message: TreeNode = {
      id: 'x',
      kind: 'message',
      view: () => ({ label: 'x', contextValue: 'message', collapsible: 'none' }),
    };
    const asked = makeCommandHarness(emu, lambda, [undefined]);
    await assert.rejects(resolveResource(asked.deps, message, 'Copy ARN'));
    assert.deepStrictEqual(asked.prompter.asked, ['Copy ARN'], 'a node without a resource asks');
  });
});
