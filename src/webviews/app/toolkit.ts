// The ONE file that imports @vscode/webview-ui-toolkit (archived upstream; its successor is
// @vscode-elements/elements). The rest of the app builds controls through these factories, so swapping the kit
// means rewriting this file only. Labels and values are set as text / properties, never as HTML.
import {
  provideVSCodeDesignSystem,
  vsCodeBadge,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeProgressRing,
  vsCodeRadio,
  vsCodeRadioGroup,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import { showInvisible } from '../../ui/displayText';

provideVSCodeDesignSystem().register(
  vsCodeBadge(),
  vsCodeButton(),
  vsCodeCheckbox(),
  vsCodeDivider(),
  vsCodeDropdown(),
  vsCodeOption(),
  vsCodeProgressRing(),
  vsCodeRadio(),
  vsCodeRadioGroup(),
  vsCodeTextField(),
);

/** An element whose `value` the kit keeps (text field, radio group, dropdown). */
export interface ValueElement extends HTMLElement {
  value: string;
  disabled: boolean;
}

export interface ButtonOptions {
  id?: string;
  appearance?: 'primary' | 'secondary' | 'icon';
  /** Accessible name when the visible label is short or an icon. */
  ariaLabel?: string;
  title?: string;
  disabled?: boolean;
  onClick: () => void;
}

export function button(label: string, o: ButtonOptions): HTMLElement & { disabled: boolean } {
  const b = document.createElement('vscode-button') as HTMLElement & { disabled: boolean };
  b.textContent = showInvisible(label);
  b.setAttribute('appearance', o.appearance ?? 'secondary');
  if (o.id) b.id = o.id;
  if (o.ariaLabel) b.setAttribute('aria-label', showInvisible(o.ariaLabel));
  if (o.title) b.title = showInvisible(o.title);
  b.disabled = o.disabled ?? false;
  b.addEventListener('click', () => {
    if (!b.disabled) o.onClick();
  });
  return b;
}

export function textField(o: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  maxLength?: number;
  onInput: (value: string) => void;
}): ValueElement {
  const f = document.createElement('vscode-text-field') as ValueElement;
  f.id = o.id;
  f.textContent = o.label;
  if (o.placeholder) f.setAttribute('placeholder', o.placeholder);
  if (o.maxLength) f.setAttribute('maxlength', String(o.maxLength));
  f.value = o.value;
  f.addEventListener('input', () => o.onInput(f.value));
  return f;
}

export function radioGroup(o: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}): ValueElement {
  const g = document.createElement('vscode-radio-group') as ValueElement;
  g.id = o.id;
  const legend = document.createElement('label');
  legend.slot = 'label';
  legend.textContent = o.label;
  g.append(legend);
  for (const opt of o.options) {
    const r = document.createElement('vscode-radio') as ValueElement & { checked: boolean };
    r.setAttribute('value', opt.value);
    r.textContent = opt.label;
    if (opt.value === o.value) r.setAttribute('checked', '');
    g.append(r);
  }
  g.addEventListener('change', () => o.onChange(g.value));
  return g;
}

export function checkbox(o: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): HTMLElement & { checked: boolean } {
  const c = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  c.id = o.id;
  c.textContent = o.label;
  c.checked = o.checked;
  c.addEventListener('change', () => o.onChange(c.checked));
  return c;
}

export function dropdown(o: {
  id: string;
  value: string;
  options: { value: string; label: string }[];
  ariaLabel: string;
  onChange: (value: string) => void;
}): ValueElement {
  const d = document.createElement('vscode-dropdown') as ValueElement;
  d.id = o.id;
  d.setAttribute('aria-label', o.ariaLabel);
  for (const opt of o.options) {
    const el = document.createElement('vscode-option');
    el.setAttribute('value', opt.value);
    el.textContent = opt.label;
    if (opt.value === o.value) el.setAttribute('selected', '');
    d.append(el);
  }
  d.addEventListener('change', () => o.onChange(d.value));
  return d;
}

export function badge(text: string): HTMLElement {
  const b = document.createElement('vscode-badge');
  b.textContent = text;
  return b;
}

export function divider(): HTMLElement {
  return document.createElement('vscode-divider');
}

export function progress(label: string): HTMLElement {
  const p = document.createElement('vscode-progress-ring');
  p.setAttribute('aria-label', label);
  return p;
}
