// Fields both panels show.
import type { AppContext } from './context';
import { clamped, field, h, mono } from './dom';
import { button } from './toolkit';

/** The header's description (clamped, with Show more) when there is one, and the ARN. */
export function descriptionAndArn(d: { description?: string; arn: string }): (HTMLElement | undefined)[] {
  return [
    d.description
      ? h(
          'p',
          { class: 'description' },
          clamped('description', d.description, (t) => h('span', { id: 'description' }, t)),
        )
      : undefined,
    h('p', { class: 'arn' }, h('code', { id: 'arn' }, d.arn)),
  ];
}

/** An archive's SHA-256 (Lambda's CodeSha256) with a copy button. */
export function sha256Field(app: AppContext, sha: string | undefined): Node[] {
  return field(
    'SHA-256',
    mono(sha),
    sha
      ? button('Copy', {
          appearance: 'icon',
          ariaLabel: 'Copy the SHA-256',
          onClick: () => app.post({ type: 'copy', item: 'sha256' }),
        })
      : undefined,
  );
}

/** No AWS Console for a custom endpoint (it would show AWS's resource of that name, not this one). */
export function consoleButton(app: AppContext, customEndpoint: string | undefined): HTMLElement {
  return customEndpoint
    ? h(
        'span',
        { class: 'muted endpoint-note', id: 'endpoint-note' },
        `custom endpoint ${customEndpoint}: no AWS Console`,
      )
    : button('Open in AWS Console', { id: 'console', onClick: () => app.post({ type: 'openConsole' }) });
}
