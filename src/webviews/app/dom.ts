// Building DOM from data without HTML parsing: every string becomes a text node (textContent), so names,
// descriptions, environment values, licenses, tags and policies from AWS can never become markup, and every
// bidi control or invisible character in them shows as `<U+202E>` instead of reordering or hiding text.
import { DISPLAY_LIMITS, showInvisible, truncate } from '../../ui/displayText';
import { formatBytesExact } from '../../ui/format';

export type Child = Node | string | number | undefined | null | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (k.startsWith('on') || k === 'href' || k === 'src' || k === 'style')
      throw new Error(`Attribute not allowed: ${k}`);
    if (k === 'class') el.className = v;
    else el.setAttribute(k, k === 'id' || k.startsWith('data-') ? v : showInvisible(v));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(showInvisible(String(c))) : c,
    );
  }
}

/** Sizes as the tree shows them (src/ui/format.ts), with the exact byte count. */
export const formatBytes = formatBytesExact;

/** AWS dates (`2024-05-01T12:00:00.000+0000`) in the reader's locale, with the original in the tooltip. */
export function formatDate(aws: string | undefined): string {
  if (!aws) return '—';
  const ms = Date.parse(aws.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? aws : new Date(ms).toLocaleString();
}

/** A definition list row for `dl.fields`. */
export function field(label: string, ...value: Child[]): Node[] {
  const dd = h('dd');
  const has = value.some((v) => v !== undefined && v !== null && v !== false && v !== '');
  if (has) append(dd, ...value);
  else append(dd, h('span', { class: 'muted' }, '—'));
  return [h('dt', {}, label), dd];
}

export function fields(rows: Node[][]): HTMLDListElement {
  const dl = h('dl', { class: 'fields' });
  for (const r of rows) append(dl, ...r);
  return dl;
}

export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    ...children,
  );
}

export function table(caption: string, headers: string[], rows: Child[][], id?: string): HTMLTableElement {
  const t = h('table', { id });
  append(t, h('caption', { class: 'visually-hidden' }, caption));
  const head = h('tr');
  for (const x of headers) append(head, h('th', { scope: 'col' }, x));
  append(t, h('thead', {}, head));
  const body = h('tbody');
  for (const r of rows) {
    const tr = h('tr');
    // data-label: the column's name, shown before the cell when a narrow panel stacks the table's rows.
    r.forEach((c, i) => append(tr, h('td', { 'data-label': headers[i] || undefined }, c)));
    append(body, tr);
  }
  append(t, body);
  return t;
}

/** Which clamped values the user expanded (by key), kept across re-renders. */
const expanded = new Set<string>();

/**
 * A long value (a 256-character description, a 4 KB environment value) cut to `max` characters with `…` and
 * a "Show more" link that shows the whole value (and "Show less" again). `key` keeps the choice across
 * re-renders; `wrap` makes the element that holds the text (a `code`, a `span`…).
 */
export function clamped(
  key: string,
  text: string,
  wrap: (shown: string) => HTMLElement = (shown) => h('span', {}, shown),
  max: number = DISPLAY_LIMITS.panelValue,
): HTMLElement {
  const shown = showInvisible(text);
  const box = h('span', { class: 'clamp' });
  if (Array.from(shown).length <= max) {
    append(box, wrap(text));
    return box;
  }
  const render = (): void => {
    const open = expanded.has(key);
    const more = h(
      'a',
      { class: 'show-more', role: 'button', tabindex: '0' },
      open ? 'Show less' : 'Show more',
    );
    const toggle = (): void => {
      if (open) expanded.delete(key);
      else expanded.add(key);
      render();
    };
    more.addEventListener('click', toggle);
    more.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggle();
      }
    });
    box.replaceChildren(wrap(open ? text : truncate(shown, max)), ' ', more);
  };
  render();
  return box;
}

export function mono(text: string | undefined): HTMLElement | undefined {
  return text ? h('code', {}, text) : undefined;
}
