"use strict";
// How text that came from AWS (names, descriptions, environment values, ARNs, error messages) is shown. Pure;
// used by the tree, the hovers, the quick picks, the notifications, the log and the webview app alike.
//
// AWS data is untrusted: a right-to-left override (U+202E) turns "invoice‮gnp.exe" into "invoiceexe.png", a
// zero-width space makes two different names look the same, a control character garbles a log line. Such
// characters are shown as a visible `<U+202E>` instead of taking effect.
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISPLAY_LIMITS = void 0;
exports.showInvisible = showInvisible;
exports.showInvisibleLine = showInvisibleLine;
exports.truncate = truncate;
exports.displayLine = displayLine;
exports.plural = plural;
/**
 * Characters that change how text around them reads, or that cannot be seen: C0/C1 controls (tab and newline
 * aside: the multi-line callers keep them), soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
 * fillers, Khmer inherent vowels, Mongolian variation selectors, zero-width and bidi controls (U+200B–U+200F,
 * U+202A–U+202E, U+2060–U+206F), line and paragraph separators, variation selectors, the byte-order mark,
 * interlinear annotations, tag characters, and lone surrogates.
 */
function isInvisible(cp) {
    return ((cp <= 0x1f && cp !== 0x09 && cp !== 0x0a) ||
        (cp >= 0x7f && cp <= 0x9f) ||
        cp === 0xad ||
        cp === 0x34f ||
        cp === 0x61c ||
        cp === 0x115f ||
        cp === 0x1160 ||
        cp === 0x17b4 ||
        cp === 0x17b5 ||
        (cp >= 0x180b && cp <= 0x180f) ||
        (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0x2028 && cp <= 0x202e) ||
        (cp >= 0x2060 && cp <= 0x206f) ||
        cp === 0x3164 ||
        (cp >= 0xd800 && cp <= 0xdfff) || // a surrogate without its pair (a pair is one code point here)
        (cp >= 0xfe00 && cp <= 0xfe0f) ||
        cp === 0xfeff ||
        cp === 0xffa0 ||
        (cp >= 0xfff0 && cp <= 0xfffb) ||
        (cp >= 0xe0000 && cp <= 0xe007f) ||
        (cp >= 0xe0100 && cp <= 0xe01ef));
}
function codePointName(cp) {
    return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}
function mark(text, keepBreaks) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        out += isInvisible(cp) || (!keepBreaks && (cp === 0x09 || cp === 0x0a)) ? codePointName(cp) : ch;
    }
    return out;
}
/** Shows every bidi control and invisible character as `<U+XXXX>`; keeps tab and newline (multi-line text). */
function showInvisible(text) {
    return mark(text, true);
}
/** Like showInvisible, for a single line: tab and newline become `<U+0009>` / `<U+000A>` too. */
function showInvisibleLine(text) {
    return mark(text, false);
}
/**
 * Cuts text to at most `max` characters (code points, never a surrogate half), ending with `…` when cut.
 * Markers from showInvisible are not split.
 */
function truncate(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    let cut = chars.slice(0, Math.max(0, max - 1)).join('');
    const open = cut.lastIndexOf('<');
    if (open >= 0 && /^<(U(\+[0-9A-F]*)?)?$/.test(cut.slice(open)))
        cut = cut.slice(0, open);
    return `${cut}…`;
}
/** Limits of what is shown in full; longer text is truncated (tree, hovers) or clamped with "Show more" (panels). */
exports.DISPLAY_LIMITS = {
    /** A tree item's label (AWS names are at most 140 characters; a custom endpoint may send more). */
    treeLabel: 100,
    /** A tree item's description. */
    treeDescription: 80,
    /** One value in a hover (a description, an ARN, a note). */
    hoverText: 200,
    /** A notification or a quick pick line. */
    message: 500,
    /** A panel value before "Show more". */
    panelValue: 300,
};
/** The one-line form for labels and descriptions: invisible characters shown, cut to `max` with `…`. */
function displayLine(text, max = exports.DISPLAY_LIMITS.message) {
    return truncate(showInvisibleLine(text), max);
}
/** "1 function", "2 functions", "0 layers"; `plural` defaults to singular + "s". */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
//# sourceMappingURL=displayText.js.map