// The panels' HTML, as a pure function: a strict Content Security Policy, one script by nonce (dist/webview.js),
// stylesheets from the extension's media folder. No data goes into the HTML: it arrives by message after the
// ready handshake and is rendered as text. No vscode.
import { randomBytes } from 'crypto';
import type { PanelKind } from './protocol';

export interface PanelHtmlOptions {
  /** `webview.cspSource`: the origin the webview serves the extension's local resources from. */
  cspSource: string;
  /** A fresh value per render (see makeNonce). */
  nonce: string;
  /** `webview.asWebviewUri(dist/webview.js)`. */
  scriptUri: string;
  /** `webview.asWebviewUri(media/…css)`. */
  styleUris: string[];
  kind: PanelKind;
  /** The document title (plain text; escaped here). */
  title: string;
}

/** 128 random bits, base64: a new one for every HTML render. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function panelHtml(o: PanelHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(o.nonce))
    throw new Error(`A nonce must be at least 16 base64 characters: ${o.nonce}`);
  const styles = o.styleUris.map((u) => `<link rel="stylesheet" href="${escapeHtml(u)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(o.cspSource, o.nonce))}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(o.title)}</title>
  </head>
  <body data-panel="${o.kind}">
    <main id="app" aria-busy="true"><p class="muted">Loading…</p></main>
    <div id="notices" role="status" aria-live="polite"></div>
    <script nonce="${o.nonce}" src="${escapeHtml(o.scriptUri)}"></script>
  </body>
</html>
`;
}
