// The layer version panel: details, the functions that use it, and its policy (statements table, raw JSON),
// with the grant form (validated as you type with AWS's patterns), revoke, and copy grants from another version.
import {
  suggestStatementId,
  validateAccountId,
  validateOrganizationId,
  validateStatementId,
} from '../../aws/policy';
import type { Grant } from '../../aws/lambdaService';
import type { LayerVersionPanelData } from '../protocol';
import { consoleButton, descriptionAndArn, sha256Field } from './commonFields';
import type { AppContext, FormState } from './context';
import { clamped, field, fields, formatBytes, formatDate, h, section, table } from './dom';
import { badge, button, checkbox, dropdown, progress, radioGroup, textField } from './toolkit';

function grantOf(f: FormState): Grant {
  if (f.grantKind === 'account') return { kind: 'account', accountId: f.accountId.trim() };
  if (f.grantKind === 'organization')
    return { kind: 'organization', organizationId: f.organizationId.trim() };
  return { kind: 'public' };
}

function existingSids(d: LayerVersionPanelData): string[] {
  return d.policy?.statements.map((s) => s.sid) ?? [];
}

/** Problems with the form, per field (empty when it can be submitted). */
export function formProblems(
  f: FormState,
  d: LayerVersionPanelData,
): { principal?: string; statementId?: string; acknowledge?: string } {
  const out: { principal?: string; statementId?: string; acknowledge?: string } = {};
  if (f.grantKind === 'account') out.principal = validateAccountId(f.accountId.trim());
  if (f.grantKind === 'organization') out.principal = validateOrganizationId(f.organizationId.trim());
  const sid = f.statementId.trim();
  out.statementId =
    validateStatementId(sid) ??
    (existingSids(d).includes(sid) ? `This version already has a statement with this ID: ${sid}` : undefined);
  if (f.grantKind === 'public' && !f.publicAcknowledged)
    out.acknowledge = 'Tick the box to confirm that this version may become public.';
  return out;
}

function suggest(f: FormState, d: LayerVersionPanelData): void {
  if (f.statementIdEdited) return;
  const g = grantOf(f);
  const usable =
    g.kind === 'public' ||
    (g.kind === 'account' ? !validateAccountId(g.accountId) : !validateOrganizationId(g.organizationId));
  f.statementId = usable ? suggestStatementId(g, existingSids(d)) : '';
}

function usedBy(d: LayerVersionPanelData, app: AppContext): Node {
  if (d.usedByState === 'scanning')
    return h(
      'p',
      { class: 'muted', id: 'used-by-scanning' },
      progress('Scanning'),
      ' Scanning the functions of this account and Region…',
    );
  if (d.usedByState === 'failed' || !d.usedBy)
    return h('p', { class: 'muted' }, 'Could not scan the functions. Refresh to try again.');
  if (d.usedBy.length === 0)
    return h(
      'p',
      { class: 'muted', id: 'used-by-none' },
      'No function or published function version uses this layer version.',
    );
  return table(
    'Functions that use this layer version',
    ['Function', 'Version', 'Position', 'Runtime'],
    d.usedBy.map((u) => [
      button(u.functionName, {
        appearance: 'icon',
        ariaLabel: `Open function ${u.functionName} ${u.version}`,
        title: u.arn,
        onClick: () => app.post({ type: 'openFunction', arn: u.arn }),
      }),
      u.version,
      String(u.position),
      u.runtime ?? '',
    ]),
    'used-by',
  );
}

function statements(d: LayerVersionPanelData, app: AppContext): Node {
  const p = d.policy;
  if (d.readOnly !== undefined)
    return h(
      'p',
      { class: 'muted', id: 'policy-not-ours' },
      `Only account ${d.owner?.accountId ?? 'that owns it'} can read or change this layer version's policy.`,
    );
  if (!p || p.statements.length === 0) {
    return h(
      'p',
      { class: 'muted', id: 'no-policy' },
      'No grants: only the account that owns this layer version can use it.',
    );
  }
  const t = table(
    'Policy statements',
    ['Statement ID', 'Principal', 'Organization', 'Action', 'Grants', ''],
    p.statements.map((s, i) => [
      h('code', {}, s.sid),
      h('code', {}, s.principal),
      s.organization ? h('code', {}, s.organization) : '',
      h('code', {}, s.action),
      s.grant?.kind === 'public' ? h('span', { class: 'pill error' }, s.summary) : s.summary,
      button('Revoke…', {
        id: `revoke-${i}`,
        ariaLabel: `Revoke statement ${s.sid}`,
        disabled: app.busy,
        onClick: () => app.post({ type: 'revoke', statementId: s.sid, revisionId: p.revisionId }),
      }),
    ]),
    'statements',
  );
  t.classList.add('stack');
  return t;
}

function grantForm(d: LayerVersionPanelData, app: AppContext): HTMLElement {
  const f = app.form;
  if (!f.statementId && !f.statementIdEdited) suggest(f, d);
  const problems = formProblems(f, d);
  const errorLine = (id: string, text: string | undefined) =>
    h('div', { class: 'field-error', id, role: 'alert' }, text ?? '');
  const principalError = errorLine(
    'principal-error',
    (f.grantKind === 'account' ? f.accountId : f.organizationId) ? problems.principal : undefined,
  );
  const sidError = errorLine('sid-error', f.statementId ? problems.statementId : undefined);
  const submit = button(f.grantKind === 'public' ? 'Make Public…' : 'Grant Access', {
    id: 'grant',
    appearance: 'primary',
    onClick: () => {
      const now = formProblems(app.form, d);
      if (now.principal || now.statementId || now.acknowledge) {
        app.rerender();
        return;
      }
      app.post({
        type: 'grant',
        grant: grantOf(app.form),
        statementId: app.form.statementId.trim(),
        revisionId: d.policy?.revisionId,
      });
    },
  });
  const refreshSubmit = () => {
    const p = formProblems(app.form, d);
    submit.disabled = app.busy || Boolean(p.principal || p.statementId || p.acknowledge);
    principalError.textContent = (
      app.form.grantKind === 'account' ? app.form.accountId : app.form.organizationId
    )
      ? (p.principal ?? '')
      : '';
    sidError.textContent = app.form.statementId ? (p.statementId ?? '') : '';
  };
  const sidField = textField({
    id: 'statement-id',
    label: 'Statement ID',
    value: f.statementId,
    maxLength: 100,
    onInput: (v) => {
      app.form.statementId = v;
      app.form.statementIdEdited = v.length > 0;
      app.saveForm();
      refreshSubmit();
    },
  });
  const principalInput =
    f.grantKind === 'account'
      ? textField({
          id: 'account-id',
          label: 'AWS account ID',
          value: f.accountId,
          placeholder: '123456789012',
          maxLength: 12,
          onInput: (v) => onPrincipal('accountId', v),
        })
      : f.grantKind === 'organization'
        ? textField({
            id: 'organization-id',
            label: 'Organization ID',
            value: f.organizationId,
            placeholder: 'o-a1b2c3d4e5',
            maxLength: 34,
            onInput: (v) => onPrincipal('organizationId', v),
          })
        : undefined;
  function onPrincipal(key: 'accountId' | 'organizationId', v: string): void {
    app.form[key] = v;
    suggest(app.form, d);
    sidField.value = app.form.statementId;
    app.saveForm();
    refreshSubmit();
  }
  const kind = radioGroup({
    id: 'grant-kind',
    label: 'Share with',
    value: f.grantKind,
    options: [
      { value: 'account', label: 'An AWS account' },
      { value: 'organization', label: 'An organization' },
      { value: 'public', label: 'Everyone (public)' },
    ],
    onChange: (v) => {
      if (v !== 'account' && v !== 'organization' && v !== 'public') return;
      if (v === app.form.grantKind) return;
      app.form.grantKind = v;
      app.form.publicAcknowledged = false;
      suggest(app.form, d);
      app.saveForm();
      app.rerender();
    },
  });
  const warning =
    f.grantKind === 'public'
      ? h(
          'div',
          { class: 'danger', id: 'public-warning', role: 'alert' },
          h('strong', {}, 'This makes the layer version public.'),
          h(
            'p',
            {},
            'Any AWS account, in any organization, will be able to download its code and attach it to their functions. Do not share layers that contain secrets, credentials or licensed code. You will be asked once more before anything changes.',
          ),
          checkbox({
            id: 'public-ack',
            label: `I understand: anyone may use ${d.layerName} version ${d.version}.`,
            checked: f.publicAcknowledged,
            onChange: (c) => {
              app.form.publicAcknowledged = c;
              app.saveForm();
              refreshSubmit();
            },
          }),
        )
      : undefined;
  const form = h(
    'div',
    { class: 'form', id: 'grant-form', role: 'group', 'aria-label': 'Grant access' },
    kind,
    principalInput,
    principalError,
    sidField,
    sidError,
    warning,
    h('div', { class: 'toolbar' }, submit),
  );
  refreshSubmit();
  return form;
}

function copyGrants(d: LayerVersionPanelData, app: AppContext): Node {
  if (d.otherVersions.length === 0)
    return h('p', { class: 'muted' }, 'This layer has no other version to copy grants from.');
  const f = app.form;
  if (!d.otherVersions.map(String).includes(f.copyFrom)) f.copyFrom = String(d.otherVersions[0]);
  return h(
    'div',
    { class: 'toolbar', id: 'copy-grants' },
    h('span', {}, 'Copy the grants of version'),
    dropdown({
      id: 'copy-from',
      ariaLabel: 'Version to copy grants from',
      value: f.copyFrom,
      options: d.otherVersions.map((v) => ({ value: String(v), label: `version ${v}` })),
      onChange: (v) => {
        app.form.copyFrom = v;
        app.saveForm();
      },
    }),
    button('Copy Grants', {
      id: 'copy-grants-button',
      disabled: app.busy,
      onClick: () =>
        app.post({
          type: 'copyGrants',
          fromVersion: Number(app.form.copyFrom),
          revisionId: d.policy?.revisionId,
        }),
    }),
  );
}

export function renderLayerVersion(d: LayerVersionPanelData, app: AppContext): Node[] {
  const header = h(
    'header',
    {},
    h(
      'h1',
      { id: 'title' },
      d.layerName,
      ' ',
      badge(`version ${d.version}`),
      d.policy?.statements.some((s) => s.grant?.kind === 'public')
        ? h(
            'span',
            { class: 'pill error', id: 'public-badge', title: 'Any AWS account may use this layer version' },
            'public',
          )
        : undefined,
    ),
    ...descriptionAndArn(d),
    d.readOnly !== undefined
      ? h('p', { class: 'pill warning', id: 'read-only', role: 'note' }, d.readOnly)
      : undefined,
    h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': 'Layer version actions' },
      button('Refresh', { id: 'refresh', disabled: app.busy, onClick: () => app.post({ type: 'refresh' }) }),
      consoleButton(app, d.customEndpoint),
      button('Copy ARN', { id: 'copy-arn', onClick: () => app.post({ type: 'copy', item: 'arn' }) }),
    ),
  );
  const details = section(
    'details',
    'Details',
    fields([
      field('Version', String(d.version)),
      field(
        'Owner',
        d.owner ? h('span', { id: 'owner' }, `account ${d.owner.accountId}, ${d.owner.region}`) : undefined,
      ),
      field('Description', d.description ? clamped('description-field', d.description) : undefined),
      field(
        'Created',
        d.createdDate ? h('time', { title: d.createdDate }, formatDate(d.createdDate)) : undefined,
      ),
      field('Runtimes', d.compatibleRuntimes.join(', ') || 'not specified'),
      field('Architectures', d.compatibleArchitectures.join(', ') || 'not specified'),
      field(
        'License',
        d.licenseInfo
          ? clamped('license', d.licenseInfo, (t) => h('span', { id: 'license' }, t))
          : 'not specified',
      ),
      field('Size', formatBytes(d.codeSize)),
      sha256Field(app, d.codeSha256),
    ]),
  );
  const users = section('used-by-section', 'Used by', usedBy(d, app));
  const policy = section(
    'policy',
    'Policy',
    statements(d, app),
    d.policy
      ? h(
          'details',
          { id: 'policy-json' },
          h('summary', {}, 'Policy JSON'),
          h('pre', {}, h('code', {}, d.policy.json)),
          button('Copy Policy JSON', {
            id: 'copy-policy',
            onClick: () => app.post({ type: 'copy', item: 'policy' }),
          }),
        )
      : undefined,
  );
  const grant = section('grant-section', 'Grant access', grantForm(d, app));
  const copy = section('copy-section', 'Copy grants from another version', copyGrants(d, app));
  // Another account's version: no grant, revoke or copy (only its owner can change its policy).
  const out: Node[] =
    d.readOnly !== undefined
      ? [header, details, users, policy]
      : [header, details, users, policy, grant, copy];
  return out;
}
