"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mdText = mdText;
exports.mdCode = mdCode;
// Putting untrusted text (names, descriptions, ARNs, error messages from AWS) into a markdown tooltip. Pure.
// Everything a hover shows from AWS goes through mdText or mdCode: neither can open a link, an image, HTML,
// a heading or a theme icon, whatever the text holds, and both show invisible characters and cut long text.
const displayText_1 = require("./displayText");
/**
 * Plain text as markdown: every ASCII punctuation character that markdown (CommonMark + GFM autolinks +
 * VS Code's `$(icon)` syntax) could read as syntax is backslash-escaped, so `[x](command:…)`, `<img …>`,
 * `https://…`, `www.…`, `a@b.c`, `&lt;` and `$(icon)` stay literal text. Line breaks and invisible characters
 * are shown as `<U+000A>`… (they could start a new block); cut at `max` characters with `…`.
 */
function mdText(text, max = displayText_1.DISPLAY_LIMITS.hoverText) {
    return (0, displayText_1.truncate)((0, displayText_1.showInvisibleLine)(text), max).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
/**
 * Text as an inline code span: fenced with one backtick more than its longest run of backticks (so no
 * backtick in the text can close it), padded with spaces when it starts or ends with a backtick. Inside a
 * code span markdown reads no HTML, entity, link or escape; line breaks (which could end the paragraph and
 * the span with it) and invisible characters are shown as `<U+000A>`…; cut at `max` characters with `…`.
 */
function mdCode(text, max = displayText_1.DISPLAY_LIMITS.hoverText) {
    const body = (0, displayText_1.truncate)((0, displayText_1.showInvisibleLine)(text), max);
    if (body === '')
        return '';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
//# sourceMappingURL=markdownText.js.map