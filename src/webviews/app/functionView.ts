// The function configuration panel: every GetFunctionConfiguration field in groups, the layers in merge order,
// environment variables masked (reveal one at a time, copy), tags, published versions.
import type { FunctionPanelData, LayerRow } from '../protocol';
import { consoleButton, descriptionAndArn, sha256Field } from './commonFields';
import type { AppContext } from './context';
import { clamped, field, fields, formatBytes, formatDate, h, mono, section, table } from './dom';
import { badge, button } from './toolkit';

const MASK = '••••••••';

function runtimeCell(d: FunctionPanelData): Node[] {
  const out: Node[] = [];
  if (d.packageType === 'Image') {
    out.push(document.createTextNode('container image'));
    return out;
  }
  out.push(h('code', {}, d.runtime ?? 'unknown'));
  const s = d.runtimeStatus;
  if (s.status === 'deprecated' || s.status === 'createBlocked' || s.status === 'updateBlocked') {
    out.push(
      document.createTextNode(' '),
      h(
        'span',
        { class: 'pill warning', id: 'runtime-status' },
        s.status === 'deprecated' ? 'deprecated' : 'blocked',
      ),
    );
  }
  if (s.note) out.push(h('div', { class: 'note' }, s.note));
  return out;
}

function statusText(value: string | undefined, reason: string | undefined): Node {
  const cls =
    value === 'Failed' ? 'pill error' : value === 'Active' || value === 'Successful' ? 'pill ok' : 'pill';
  return h(
    'span',
    {},
    value ? h('span', { class: cls }, value) : '—',
    reason ? h('span', { class: 'note' }, ` ${reason}`) : undefined,
  );
}

function environment(d: FunctionPanelData, app: AppContext): HTMLElement {
  if (d.environmentKeys.length === 0) return h('p', { class: 'muted' }, 'No environment variables.');
  const rows = d.environmentKeys.map((key, i) => {
    const shown = app.revealed?.key === key;
    const value = shown
      ? h(
          'span',
          { class: 'env-value-cell' },
          clamped(`env:${key}`, app.revealed?.value ?? '', (text) =>
            h('code', { class: 'env-value', 'data-key': key }, text),
          ),
        )
      : h('span', { class: 'masked', 'aria-label': 'hidden value' }, MASK);
    const actions = h(
      'span',
      { class: 'row-actions' },
      button(shown ? 'Hide' : 'Reveal', {
        id: `env-reveal-${i}`,
        ariaLabel: `${shown ? 'Hide' : 'Reveal'} the value of ${key}`,
        onClick: () => {
          if (shown) {
            app.revealed = undefined;
            app.rerender();
          } else app.post({ type: 'reveal', key });
        },
      }),
      button('Copy', {
        id: `env-copy-${i}`,
        ariaLabel: `Copy the value of ${key}`,
        onClick: () => app.post({ type: 'copyEnv', key }),
      }),
    );
    return [h('code', {}, key), value, actions];
  });
  return table('Environment variables', ['Key', 'Value', ''], rows, 'environment');
}

/** Deleted, outdated (on $LATEST, where it can be upgraded), "version N exists" (a frozen published version), latest. */
function layerStatus(l: LayerRow, latest: boolean): HTMLElement {
  const newer =
    l.newerVersion === undefined
      ? undefined
      : latest
        ? h('span', { class: 'pill warning' }, `outdated: version ${l.newerVersion} available`)
        : h('span', { class: 'muted' }, `version ${l.newerVersion} exists`);
  if (l.deleted)
    return h(
      'span',
      { class: 'layer-status' },
      h('span', { class: 'pill error', title: 'This layer version was deleted' }, 'deleted'),
      newer ? ' ' : undefined,
      newer,
    );
  return newer ?? h('span', { class: 'muted' }, 'latest');
}

function layers(d: FunctionPanelData, app: AppContext): HTMLElement {
  if (d.packageType === 'Image')
    return h('p', { class: 'muted' }, 'Container image functions cannot use layers.');
  if (d.layers.length === 0) return h('p', { class: 'muted' }, 'No layers attached.');
  const rows = d.layers.map((l) => [
    String(l.position),
    button(l.label, {
      appearance: 'icon',
      ariaLabel: `Open layer version ${l.label}`,
      title: l.arn,
      onClick: () => app.post({ type: 'openLayerVersion', arn: l.arn }),
    }),
    formatBytes(l.codeSize),
    layerStatus(l, d.version === '$LATEST'),
  ]);
  return table('Layers in merge order', ['#', 'Layer version', 'Size', 'Status'], rows, 'layers');
}

export function renderFunction(d: FunctionPanelData, app: AppContext): Node[] {
  const latest = d.version === '$LATEST';
  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Function actions' },
    button('Refresh', { id: 'refresh', onClick: () => app.post({ type: 'refresh' }), disabled: app.busy }),
    latest && d.packageType === 'Zip'
      ? button('Attach Layers…', { id: 'attach', onClick: () => app.post({ type: 'attachLayers' }) })
      : undefined,
    consoleButton(app, d.customEndpoint),
    button('Copy ARN', { id: 'copy-arn', onClick: () => app.post({ type: 'copy', item: 'arn' }) }),
  );
  const header = h(
    'header',
    {},
    h('h1', { id: 'title' }, d.name, ' ', badge(latest ? '$LATEST' : `version ${d.version}`)),
    ...descriptionAndArn(d),
    toolbar,
  );
  const general = section(
    'general',
    'General',
    fields([
      field('Runtime', ...runtimeCell(d)),
      field('Handler', mono(d.handler)),
      field('Package type', d.packageType),
      d.imageUri ? field('Image URI', mono(d.imageUri)) : [],
      field('Architecture', d.architectures.join(', ')),
      field('Memory', d.memorySize !== undefined ? `${d.memorySize} MB` : undefined),
      field('Timeout', d.timeout !== undefined ? `${d.timeout} s` : undefined),
      field('Role', mono(d.role)),
      field('Code size', formatBytes(d.codeSize)),
      sha256Field(app, d.codeSha256),
      field(
        'Last modified',
        d.lastModified ? h('time', { title: d.lastModified }, formatDate(d.lastModified)) : undefined,
      ),
      field('State', statusText(d.state, d.stateReason)),
      field('Last update', statusText(d.lastUpdateStatus, d.lastUpdateStatusReason)),
      field('Revision', mono(d.revisionId)),
    ]),
  );
  const layersSection = section(
    'layers-section',
    `Layers (${d.layers.length} of 5, in merge order)`,
    layers(d, app),
  );
  const env = section('environment-section', 'Environment variables', environment(d, app));
  const net = section(
    'security',
    'Network and security',
    fields([
      field('VPC', mono(d.vpc?.vpcId) ?? 'not connected to a VPC'),
      d.vpc ? field('Subnets', d.vpc.subnetIds.join(', ')) : [],
      d.vpc ? field('Security groups', d.vpc.securityGroupIds.join(', ')) : [],
      field('Dead-letter target', mono(d.deadLetterTargetArn) ?? 'none'),
      field('KMS key', mono(d.kmsKeyArn) ?? 'AWS managed key'),
      field('Tracing', d.tracingMode),
    ]),
  );
  const tags = section(
    'tags-section',
    'Tags',
    d.tags.length === 0
      ? h('p', { class: 'muted' }, 'No tags.')
      : table(
          'Tags',
          ['Key', 'Value'],
          d.tags.map(([k, v]) => [h('code', {}, k), clamped(`tag:${k}`, v)]),
          'tags',
        ),
  );
  const versions = section(
    'versions-section',
    'Published versions',
    d.versions.length === 0
      ? h('p', { class: 'muted' }, 'No published versions.')
      : table(
          'Published versions',
          ['Version', 'Description', 'Layers', 'Last modified'],
          d.versions.map((v) => [
            v.version,
            clamped(`version:${v.version}`, v.description ?? '', undefined, 120),
            v.layers.join(', ') || 'none',
            formatDate(v.lastModified),
          ]),
          'versions',
        ),
    d.moreVersions
      ? h('p', { class: 'muted' }, 'Only the first versions are listed; the tree lists them all.')
      : undefined,
  );
  const main: Node[] = [header, general, layersSection, env, net, tags, versions];
  return main;
}
