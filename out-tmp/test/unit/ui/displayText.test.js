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
// Text from AWS as the user sees it: invisible and bidi characters shown, long text cut, plurals right, and
// markdown that no hostile string can turn into HTML, a link or an image.
const assert = __importStar(require("assert"));
const marked_1 = require("marked");
const displayText_1 = require("../../../src/ui/displayText");
const markdownText_1 = require("../../../src/ui/markdownText");
/** Renders like the workbench's hover (GFM: autolinks, tables, strikethrough). */
function render(markdown) {
    return marked_1.marked.parse(markdown, { gfm: true, async: false });
}
describe('showInvisible', () => {
    it('shows a right-to-left override instead of letting it flip the text', () => {
        assert.strictEqual((0, displayText_1.showInvisible)('invoice\u202Egnp.exe'), 'invoice<U+202E>gnp.exe');
    });
    it('shows every bidi control, zero-width character, BOM and control character', () => {
        const cases = [
            ['\u202A', '<U+202A>'],
            ['\u202B', '<U+202B>'],
            ['\u202C', '<U+202C>'],
            ['\u202D', '<U+202D>'],
            ['\u2066', '<U+2066>'],
            ['\u2067', '<U+2067>'],
            ['\u2068', '<U+2068>'],
            ['\u2069', '<U+2069>'],
            ['\u200E', '<U+200E>'],
            ['\u200F', '<U+200F>'],
            ['\u061C', '<U+061C>'],
            ['\u200B', '<U+200B>'],
            ['\u200C', '<U+200C>'],
            ['\u200D', '<U+200D>'],
            ['\u2060', '<U+2060>'],
            ['\uFEFF', '<U+FEFF>'],
            ['\u0000', '<U+0000>'],
            ['\u001B', '<U+001B>'],
            ['\u007F', '<U+007F>'],
            ['\u0085', '<U+0085>'],
            ['\u009B', '<U+009B>'],
            ['\u00AD', '<U+00AD>'],
            ['\u2028', '<U+2028>'],
            ['\u{E0041}', '<U+E0041>'],
            ['\uD800', '<U+D800>'],
        ];
        for (const [raw, shown] of cases)
            assert.strictEqual((0, displayText_1.showInvisible)(`a${raw}b`), `a${shown}b`, shown);
    });
    it('leaves ordinary text alone: accents, CJK, Arabic and Hebrew letters, emoji, tab and newline', () => {
        const text = 'Café 東京 مرحبا שלום 🚀 naïve\tcol\nline';
        assert.strictEqual((0, displayText_1.showInvisible)(text), text);
    });
    it('shows tab and newline too when the text must stay on one line', () => {
        assert.strictEqual((0, displayText_1.showInvisibleLine)('a\tb\nc'), 'a<U+0009>b<U+000A>c');
    });
});
describe('truncate and displayLine', () => {
    it('cuts long text with an ellipsis and keeps short text whole', () => {
        assert.strictEqual((0, displayText_1.truncate)('abcdef', 4), 'abc…');
        assert.strictEqual((0, displayText_1.truncate)('abcd', 4), 'abcd');
    });
    it('never splits a surrogate pair or a <U+XXXX> marker', () => {
        assert.strictEqual((0, displayText_1.truncate)('ab🚀🚀🚀', 4), 'ab🚀…');
        assert.strictEqual((0, displayText_1.displayLine)('abc\u202Edefgh', 6), 'abc…');
    });
    it('makes a 256-character description one short line', () => {
        const line = (0, displayText_1.displayLine)('x'.repeat(256), 80);
        assert.strictEqual(Array.from(line).length, 80);
        assert.ok(line.endsWith('…'));
    });
});
describe('plural', () => {
    it('says 1 function, 2 functions, 0 functions', () => {
        assert.strictEqual((0, displayText_1.plural)(1, 'function'), '1 function');
        assert.strictEqual((0, displayText_1.plural)(2, 'function'), '2 functions');
        assert.strictEqual((0, displayText_1.plural)(0, 'function'), '0 functions');
        assert.strictEqual((0, displayText_1.plural)(1, 'policy', 'policies'), '1 policy');
    });
});
const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '[x](command:workbench.action.quit)',
    '](javascript:alert(1))',
    '[click](javascript:alert(1))',
    '![img](https://evil.example/x.png)',
    'https://evil.example/phish',
    'www.evil.example',
    'someone@evil.example',
    '<https://evil.example>',
    '&lt;img src=x onerror=alert(1)&gt;',
    '`code` ``two`` ```three```',
    '` <img src=x onerror=alert(1)> `',
    'line\n\n<img src=x onerror=alert(1)>',
    'line\n\n[x]: https://evil.example\n\n[x]',
    '# heading\n---\n| a | b |\n|---|---|',
    '$(zap) $(alert)',
    '\u202Egnp.exe',
];
/** What would make the hover more than text: an element other than paragraphs/code, a link, raw HTML. */
function assertInert(html, input) {
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase());
    for (const t of tags)
        assert.ok(['p', 'code', 'strong'].includes(t), `<${t}> from ${JSON.stringify(input)}: ${html}`);
}
describe('markdown for hovers (mdText, mdCode)', () => {
    it('renders every hostile string as plain text: no HTML element, link or image', () => {
        for (const input of HOSTILE) {
            assertInert(render((0, markdownText_1.mdText)(input, 1000)), input);
            assertInert(render((0, markdownText_1.mdCode)(input, 1000)), input);
            assertInert(render(`**${(0, markdownText_1.mdText)(input, 1000)}** ${(0, markdownText_1.mdCode)(input, 1000)}`), input);
        }
    });
    it('shows the text itself (as typed) in the rendered hover', () => {
        const html = render((0, markdownText_1.mdText)('a <b> & [c](d) `e` *f* _g_', 1000));
        assert.strictEqual(html.trim(), '<p>a &lt;b&gt; &amp; [c](d) `e` *f* _g_</p>');
    });
    it('keeps a code span closed whatever backticks the text holds', () => {
        for (const input of ['a`b', '``', '`lead', 'trail`', 'x ``` y', ' spaced ']) {
            const html = render((0, markdownText_1.mdCode)(input, 1000)).trim();
            const m = /^<p><code>([\s\S]*)<\/code><\/p>$/.exec(html);
            assert.ok(m, `one code span for ${JSON.stringify(input)}: ${html}`);
            assert.strictEqual(m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"'), input);
        }
    });
    it('puts a line break and an invisible character into view instead of a new block', () => {
        assert.strictEqual(render((0, markdownText_1.mdText)('a\n\n# b', 1000)).trim(), '<p>a&lt;U+000A&gt;&lt;U+000A&gt;# b</p>');
        assert.ok(render((0, markdownText_1.mdCode)('a\u202Eb', 1000)).includes('a&lt;U+202E&gt;b'));
    });
    it('cuts long text in a hover with an ellipsis', () => {
        const html = render((0, markdownText_1.mdText)('word '.repeat(100), 50));
        assert.ok(html.includes('…'));
        assert.ok(html.length < 120, html);
    });
});
//# sourceMappingURL=displayText.test.js.map