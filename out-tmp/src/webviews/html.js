"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeNonce = makeNonce;
exports.escapeHtml = escapeHtml;
exports.contentSecurityPolicy = contentSecurityPolicy;
exports.panelHtml = panelHtml;
// The panels' HTML, as a pure function: a strict Content Security Policy, one script by nonce (dist/webview.js),
// stylesheets from the extension's media folder. No data goes into the HTML: it arrives by message after the
// ready handshake and is rendered as text. No vscode.
const crypto_1 = require("crypto");
/** 128 random bits, base64: a new one for every HTML render. */
function makeNonce() {
    return (0, crypto_1.randomBytes)(16).toString('base64');
}
/** Escapes text for an HTML attribute value or text node. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function contentSecurityPolicy(cspSource, nonce) {
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
function panelHtml(o) {
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
//# sourceMappingURL=html.js.map