// What the tree shows of hostile and long AWS data, and the states it must get right: a right-to-left override
// shown as <U+202E>, hovers that cannot become HTML or links and stay short, deleted and frozen layers, plurals.
import * as assert from 'assert';
import { marked } from 'marked';
import { LayerCatalog } from '../../../../src/aws/layerCatalog';
import type { LambdaService } from '../../../../src/aws/lambdaService';
import { UsedByIndex } from '../../../../src/aws/usedByIndex';
import { ExplorerModel } from '../../../../src/tree/explorerModel';
import {
  AttachedLayerNode,
  FunctionLayersNode,
  FunctionNode,
  FunctionVersionNode,
  FunctionVersionsNode,
} from '../../../../src/tree/nodes/functionNodes';
import { LayerNode, LayerVersionNode, UsedByNode } from '../../../../src/tree/nodes/layerNodes';
import { displayView } from '../../../../src/tree/treeNode';
import type { TreeNode } from '../../../../src/tree/treeNode';
import type { Logger } from '../../../../src/ui/logger';
import { formatBytesExact as panelBytes } from '../../../../src/ui/format';
import { startEmulator } from '../../../emulator/emulator';
import type { RunningEmulator } from '../../../emulator/emulator';
import { serviceFor } from '../../support/emulatorService';

const signal = new AbortController().signal;

function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The elements a hover renders; only text-level ones are allowed. */
function elements(markdown: string): string[] {
  return [...html(markdown).matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
}

describe('The tree with hostile and long AWS data', function () {
  this.timeout(30_000);
  let emulator: RunningEmulator;
  let lambda: LambdaService;
  const logged: string[] = [];
  const log: Logger = {
    trace: (m) => logged.push(`trace ${m}`),
    info: (m) => logged.push(`info ${m}`),
    warn: (m) => logged.push(`warn ${m}`),
    error: (m, e) => logged.push(`error ${m} ${e instanceof Error ? e.message : ''}`),
  };

  before(async () => {
    emulator = await startEmulator({ seed: 'hostile' });
    lambda = serviceFor(emulator, 1);
  });
  after(() => emulator.stop());

  function model(): ExplorerModel {
    const m = new ExplorerModel(
      () => undefined,
      (e) => (e instanceof Error ? e.message : String(e)),
      { pageSize: () => 50, now: () => new Date('2026-11-30T00:00:00Z'), log },
    );
    m.setConnection({ lambda, usedBy: new UsedByIndex(lambda), catalog: new LayerCatalog(lambda) });
    return m;
  }

  async function fn(m: ExplorerModel, name: string | RegExp): Promise<FunctionNode> {
    const all = await m.functionsRoot!.children({ signal });
    const found = all.find(
      (n): n is FunctionNode =>
        n instanceof FunctionNode && (typeof name === 'string' ? n.fn.name === name : name.test(n.fn.name)),
    );
    assert.ok(found, `function ${String(name)}`);
    return found;
  }

  async function layersOf(node: TreeNode): Promise<AttachedLayerNode[]> {
    const kids = await node.children!({ signal });
    const layers = kids.find((k) => k instanceof FunctionLayersNode);
    return (await (layers ?? node).children!({ signal })) as AttachedLayerNode[];
  }

  it('shows a right-to-left override in a function name and description as <U+202E>, never the raw character', async () => {
    const node = await fn(model(), /^invoice\u202E/);
    const v = displayView(node.view());
    assert.strictEqual(v.label, 'invoice<U+202E>gnp.exe');
    assert.ok(!JSON.stringify(v).includes('\u202E'), 'nothing the provider renders holds U+202E');
    assert.ok(html(v.tooltip!).includes('invoice&lt;U+202E&gt;gnp.exe'));
    assert.ok(html(v.tooltip!).includes('Invoices &lt;U+202E&gt;fdp.exe'));
  });

  it('renders hovers with HTML, backticks and command links in descriptions as text: no element but text ones', async () => {
    const m = model();
    const node = await fn(m, 'spoof-desc');
    const tips = [displayView(node.view()).tooltip!];
    for (const l of await layersOf(node)) tips.push(displayView(l.view()).tooltip!);
    const layer = (await m.layersRoot!.children({ signal })).find(
      (n): n is LayerNode => n instanceof LayerNode && n.layer.name === 'spoof-layer',
    )!;
    tips.push(displayView(layer.view()).tooltip!);
    for (const v of await layer.children({ signal }))
      if (v instanceof LayerVersionNode) tips.push(displayView(v.view()).tooltip!);
    for (const tip of tips) {
      for (const el of elements(tip))
        assert.ok(['p', 'strong', 'code', 'ul', 'li'].includes(el), `<${el}> in ${html(tip)}`);
      assert.ok(!/<a\b|<img\b|href=/i.test(html(tip)), html(tip));
    }
    assert.ok(
      tips.some((t) => html(t).includes('&lt;img src=x onerror=alert(1)&gt;')),
      'the payload shows as text',
    );
  });

  it('cuts a 256-character description in the hover and the tree description', async () => {
    const m = model();
    const node = await fn(m, 'long-strings');
    const v = displayView(node.view());
    assert.ok(v.tooltip!.includes('…'), 'the hover marks the cut');
    assert.ok(!v.tooltip!.includes('word30'), 'the hover does not hold the whole description');
    const versions = (await node.children())[1] as FunctionVersionsNode;
    assert.ok(versions instanceof FunctionVersionsNode);
    // A function version's description (free text) is cut in the tree row.
    const long = new FunctionVersionNode(
      (node as unknown as { services: ConstructorParameters<typeof FunctionVersionNode>[0] }).services,
      { ...node.fn, version: '1', description: 'd'.repeat(256) },
      versions,
    );
    const d = displayView(long.view()).description!;
    assert.ok(Array.from(d).length <= 80 && d.endsWith('…'), d);
  });

  it('marks a deleted attached layer version "deleted", and a published version\'s layers informational only', async () => {
    const m = model();
    const [deleted] = await layersOf(await fn(m, 'legacy-reports'));
    const dv = displayView(deleted!.view());
    assert.match(dv.description!, /deleted/);
    assert.strictEqual(dv.warning?.badge, '✕');

    const orders = await fn(m, 'orders-api');
    const versions = (await orders.children())[1]!;
    const v1 = (await versions.children!({ signal })).find(
      (n): n is FunctionVersionNode => n instanceof FunctionVersionNode && n.fn.version === '1',
    )!;
    const [frozen] = (await v1.children({ signal })) as AttachedLayerNode[];
    const fv = frozen!.view();
    assert.strictEqual(fv.contextValue, 'frozenLayer', 'no upgrade action on a frozen layer');
    assert.doesNotMatch(fv.description!, /outdated/);
    assert.match(fv.description!, /version 8 exists/);
    assert.strictEqual(fv.warning, undefined, 'no "↑" badge');

    const [outdated] = await layersOf(await fn(m, 'thumbnailer'));
    const ov = outdated!.view();
    assert.ok(
      (await layersOf(await fn(m, 'thumbnailer'))).some((l) => /outdated/.test(l.view().description!)),
    );
    assert.ok(ov.contextValue.startsWith('attachedLayer'));
  });

  it('says "1 function" under Used by, not "1 functions"', async () => {
    const m = model();
    const layer = (await m.layersRoot!.children({ signal })).find(
      (n): n is LayerNode => n instanceof LayerNode && n.layer.name === 'spoof-layer',
    )!;
    const [v2] = (await layer.children({ signal })) as LayerVersionNode[];
    const [usedBy] = await v2!.children();
    assert.ok(usedBy instanceof UsedByNode);
    await usedBy.children({ signal });
    assert.strictEqual(usedBy.view().description, '1 function');
  });

  it('shows the same size in the tree and the panel (one formatter)', async () => {
    const node = new AttachedLayerNode(
      (model().functionsRoot as unknown as { services: ConstructorParameters<typeof AttachedLayerNode>[0] })
        .services,
      { arn: 'arn:aws:lambda:us-east-1:123456789012:layer:big:1', codeSize: 41_523_364 },
      0,
      { id: 'x', kind: 'functionLayers', view: () => ({ label: '', contextValue: '', collapsible: 'none' }) },
    );
    const treeSize = node.view().description!.split(' · ')[1]!;
    assert.strictEqual(treeSize, '39.6 MB');
    assert.ok(panelBytes(41_523_364).startsWith(`${treeSize} (`), panelBytes(41_523_364));
  });

  it('logs a failed load with what failed, so the error node\'s "details are in the log" holds', async () => {
    const m = model();
    logged.length = 0;
    emulator.setFaults([{ operation: 'ListFunctions', kind: 'error' }]);
    try {
      const kids = await m.functionsRoot!.children({ signal });
      assert.ok(kids.some((k) => k.kind === 'error'));
    } finally {
      emulator.setFaults([]);
    }
    assert.ok(
      logged.some((l) => l.startsWith('error Failed to load functions')),
      logged.join('\n'),
    );
  });
});
