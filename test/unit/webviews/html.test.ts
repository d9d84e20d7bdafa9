import * as assert from 'assert';
import { contentSecurityPolicy, escapeHtml, makeNonce, panelHtml } from '../../../src/webviews/html';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js';
const STYLE = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/webview.css';

function render(nonce = makeNonce(), title = 'λ orders-api') {
  return panelHtml({
    cspSource: CSP_SOURCE,
    nonce,
    scriptUri: SCRIPT,
    styleUris: [STYLE],
    kind: 'function',
    title,
  });
}

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'no CSP meta tag');
  return m[1]!.replace(/&#39;/g, "'");
}

describe('webview HTML and CSP', () => {
  it('starts the policy with default-src none and allows scripts only by nonce', () => {
    const nonce = makeNonce();
    const csp = cspOf(render(nonce));
    const directives = csp.split(';').map((d) => d.trim());
    assert.strictEqual(directives[0], "default-src 'none'");
    assert.ok(directives.includes(`script-src 'nonce-${nonce}'`), csp);
    assert.ok(directives.includes(`style-src ${CSP_SOURCE}`), csp);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
    assert.ok(!/\*/.test(csp), `no wildcard sources: ${csp}`);
  });

  it('has exactly one script: dist/webview.js carrying the nonce, and no inline script or style', () => {
    const nonce = makeNonce();
    const html = render(nonce);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.strictEqual(scripts.length, 1);
    assert.strictEqual(scripts[0]![1], ` nonce="${nonce}" src="${SCRIPT}"`);
    assert.strictEqual(scripts[0]![2], '', 'the script tag has no inline body');
    assert.ok(!/<style\b/.test(html) && !/\sstyle=/.test(html), 'no inline styles');
    assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handlers');
    assert.ok(html.includes(`<link rel="stylesheet" href="${STYLE}">`));
  });

  it('uses a fresh 128-bit nonce per render and rejects a weak one', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.notStrictEqual(a, b);
    assert.strictEqual(Buffer.from(a, 'base64').length, 16);
    assert.throws(() => render('abc'), /nonce/);
    assert.throws(() => render('" onload="x'), /nonce/);
  });

  it('escapes the title, so a resource name cannot inject markup', () => {
    const html = render(makeNonce(), '</title><script>alert(1)</script>');
    assert.ok(!html.includes('<script>alert(1)'), html);
    assert.ok(html.includes('&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.strictEqual(escapeHtml(`"'&<>`), '&#34;&#39;&#38;&#60;&#62;');
  });

  it('contentSecurityPolicy lists nothing beyond the extension origin and the nonce', () => {
    const csp = contentSecurityPolicy(CSP_SOURCE, 'n0nceN0nceN0nce0');
    const sources = csp
      .split(';')
      .flatMap((d) => d.trim().split(/\s+/).slice(1))
      .filter((s) => s !== CSP_SOURCE && s !== "'none'" && s !== "'nonce-n0nceN0nceN0nce0'" && s !== 'data:');
    assert.deepStrictEqual(sources, []);
  });
});
