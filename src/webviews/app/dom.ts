// Building DOM from data without HTML parsing: every string becomes a text node (textContent), so names,
// descriptions, environment values, licenses, tags and policies from AWS can never become markup.
import { formatBytes as plainBytes } from '../../ui/format';

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
    else el.setAttribute(k, v);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
    );
  }
}

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '—';
  return n < 1024 ? plainBytes(n) : `${plainBytes(n)} (${n.toLocaleString('en-US')} bytes)`;
}

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

export function mono(text: string | undefined): HTMLElement | undefined {
  return text ? h('code', {}, text) : undefined;
}
