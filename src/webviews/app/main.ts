// The webview app: posts `ready`, renders what the host sends (as text only), keeps its state across
// hide/show with getState/setState (no retainContextWhenHidden), and sends the user's actions to the host.
import type { HostToView, PanelData, ViewToHost } from '../protocol';
import type { AppContext, FormState } from './context';
import { EMPTY_FORM } from './context';
import { append, h } from './dom';
import { renderFunction } from './functionView';
import { renderLayerVersion } from './layerVersionView';
import { button } from './toolkit';

interface VsCodeApi {
  postMessage(message: ViewToHost): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface PersistedState {
  data?: PanelData;
  form: FormState;
  scrollY: number;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('app') as HTMLElement;
const notices = document.getElementById('notices') as HTMLElement;

function restore(): PersistedState {
  const s = vscode.getState() as Partial<PersistedState> | undefined;
  return {
    data: s?.data,
    form: { ...EMPTY_FORM, ...(s?.form ?? {}) },
    scrollY: typeof s?.scrollY === 'number' ? s.scrollY : 0,
  };
}

const state = restore();
let busy = false;
let error: string | undefined;

const save = (): void => vscode.setState(state);

const app: AppContext = {
  post: (m) => vscode.postMessage(m),
  get busy() {
    return busy;
  },
  form: state.form,
  saveForm: save,
  rerender: () => render(),
};

function showNotice(level: 'info' | 'warning' | 'error', message: string): void {
  notices.replaceChildren(
    h(
      'div',
      { class: `notice ${level}`, role: level === 'info' ? 'status' : 'alert' },
      h('span', {}, message),
      button('Dismiss', {
        appearance: 'icon',
        ariaLabel: 'Dismiss this message',
        onClick: () => notices.replaceChildren(),
      }),
    ),
  );
}

function render(): void {
  const focused = document.activeElement?.id;
  root.setAttribute('aria-busy', String(busy));
  document.body.classList.toggle('busy', busy);
  if (error !== undefined) {
    root.replaceChildren(
      h(
        'div',
        { class: 'load-error', role: 'alert', id: 'load-error' },
        h('h1', {}, 'Could not load this panel'),
        h('p', {}, error),
        button('Retry', {
          id: 'retry',
          appearance: 'primary',
          onClick: () => vscode.postMessage({ type: 'refresh' }),
        }),
      ),
    );
  } else if (!state.data) {
    root.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  } else {
    const nodes =
      state.data.kind === 'function' ? renderFunction(state.data, app) : renderLayerVersion(state.data, app);
    root.replaceChildren();
    append(root, ...nodes);
  }
  if (focused) document.getElementById(focused)?.focus();
}

function onMessage(m: HostToView): void {
  switch (m.type) {
    case 'data': {
      const previous = state.data;
      state.data = m.data;
      error = undefined;
      if (m.data.kind === 'layerVersion') {
        // A grant went through (its statement is now in the policy): start the form over.
        const sids = m.data.policy?.statements.map((s) => s.sid) ?? [];
        if (state.form.statementId && sids.includes(state.form.statementId.trim())) {
          Object.assign(state.form, EMPTY_FORM, { copyFrom: state.form.copyFrom });
        }
      }
      if (app.revealed && (m.data.kind !== 'function' || !m.data.environmentKeys.includes(app.revealed.key)))
        app.revealed = undefined;
      save();
      render();
      if (!previous && state.scrollY > 0) window.scrollTo(0, state.scrollY);
      return;
    }
    case 'loading':
      if (!state.data) render();
      return;
    case 'error':
      error = m.message;
      render();
      return;
    case 'revealed':
      app.revealed = { key: m.key, value: m.value };
      render();
      return;
    case 'notice':
      showNotice(m.level, m.message);
      return;
    case 'busy':
      if (busy !== m.busy) {
        busy = m.busy;
        render();
      }
      return;
  }
}

window.addEventListener('message', (e: MessageEvent<HostToView>) => {
  // Messages come from the extension host through VS Code; anything without our shape is ignored.
  const m = e.data;
  if (typeof m === 'object' && m !== null && typeof m.type === 'string') onMessage(m);
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    state.scrollY = window.scrollY;
    save();
  }, 200);
});

// Show what we had before being hidden at once, then ask the host for fresh data.
render();
vscode.postMessage({ type: 'ready' });
