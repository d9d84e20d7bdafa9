"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("assert"));
const html_1 = require("../../../src/webviews/html");
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js';
const STYLE = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/webview.css';
function render(nonce = (0, html_1.makeNonce)(), title = 'λ orders-api') {
    return (0, html_1.panelHtml)({
        cspSource: CSP_SOURCE,
        nonce,
        scriptUri: SCRIPT,
        styleUris: [STYLE],
        kind: 'function',
        title,
    });
}
function cspOf(html) {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(m, 'no CSP meta tag');
    return m[1].replace(/&#39;/g, "'");
}
describe('webview HTML and CSP', () => {
    it('starts the policy with default-src none and allows scripts only by nonce', () => {
        const nonce = (0, html_1.makeNonce)();
        const csp = cspOf(render(nonce));
        const directives = csp.split(';').map((d) => d.trim());
        assert.strictEqual(directives[0], "default-src 'none'");
        assert.ok(directives.includes(`script-src 'nonce-${nonce}'`), csp);
        assert.ok(directives.includes(`style-src ${CSP_SOURCE}`), csp);
        assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
        assert.ok(!/\*/.test(csp), `no wildcard sources: ${csp}`);
    });
    it('has exactly one script: dist/webview.js carrying the nonce, and no inline script or style', () => {
        const nonce = (0, html_1.makeNonce)();
        const html = render(nonce);
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        assert.strictEqual(scripts.length, 1);
        assert.strictEqual(scripts[0][1], ` nonce="${nonce}" src="${SCRIPT}"`);
        assert.strictEqual(scripts[0][2], '', 'the script tag has no inline body');
        assert.ok(!/<style\b/.test(html) && !/\sstyle=/.test(html), 'no inline styles');
        assert.ok(!/\son[a-z]+=/.test(html), 'no inline event handlers');
        assert.ok(html.includes(`<link rel="stylesheet" href="${STYLE}">`));
    });
    it('uses a fresh 128-bit nonce per render and rejects a weak one', () => {
        const a = (0, html_1.makeNonce)();
        const b = (0, html_1.makeNonce)();
        assert.notStrictEqual(a, b);
        assert.strictEqual(Buffer.from(a, 'base64').length, 16);
        assert.throws(() => render('abc'), /nonce/);
        assert.throws(() => render('" onload="x'), /nonce/);
    });
    it('escapes the title, so a resource name cannot inject markup', () => {
        const html = render((0, html_1.makeNonce)(), '</title><script>alert(1)</script>');
        assert.ok(!html.includes('<script>alert(1)'), html);
        assert.ok(html.includes('&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;'));
        assert.strictEqual((0, html_1.escapeHtml)(`"'&<>`), '&#34;&#39;&#38;&#60;&#62;');
    });
    it('contentSecurityPolicy lists nothing beyond the extension origin and the nonce', () => {
        const csp = (0, html_1.contentSecurityPolicy)(CSP_SOURCE, 'n0nceN0nceN0nce0');
        const sources = csp
            .split(';')
            .flatMap((d) => d.trim().split(/\s+/).slice(1))
            .filter((s) => s !== CSP_SOURCE && s !== "'none'" && s !== "'nonce-n0nceN0nceN0nce0'" && s !== 'data:');
        assert.deepStrictEqual(sources, []);
    });
});
//# sourceMappingURL=html.test.js.map