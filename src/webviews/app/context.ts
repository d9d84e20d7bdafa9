// What the panel views need from main.ts: posting to the host, the persisted UI state, and a re-render.
import type { ViewToHost } from '../protocol';

/** Form state kept across hide/show (getState/setState). Never holds environment values. */
export interface FormState {
  grantKind: 'account' | 'organization' | 'public';
  accountId: string;
  organizationId: string;
  statementId: string;
  /** The user edited the statement ID (stop suggesting one). */
  statementIdEdited: boolean;
  publicAcknowledged: boolean;
  copyFrom: string;
}

export const EMPTY_FORM: FormState = {
  grantKind: 'account',
  accountId: '',
  organizationId: '',
  statementId: '',
  statementIdEdited: false,
  publicAcknowledged: false,
  copyFrom: '',
};

export interface AppContext {
  post(message: ViewToHost): void;
  readonly busy: boolean;
  form: FormState;
  /** Persists the form (call after changing it). */
  saveForm(): void;
  /** The one environment value currently shown (reveal one at a time). Kept in memory only. */
  revealed?: { key: string; value: string };
  rerender(): void;
}
