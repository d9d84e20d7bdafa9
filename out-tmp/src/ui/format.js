"use strict";
// The one byte formatter, for the tree, progress messages, notifications and the webviews. Pure.
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatBytes = formatBytes;
exports.formatBytesExact = formatBytesExact;
/** `512 B`, `1.5 KB`, `184.3 MB`, `250 MB`, `1.2 GB`. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KB', 'MB', 'GB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}
/** The panels' form: the tree's `39.6 MB` and the exact count, `39.6 MB (41,523,364 bytes)`; `—` when unknown. */
function formatBytesExact(n) {
    if (n === undefined)
        return '—';
    return n < 1024 ? formatBytes(n) : `${formatBytes(n)} (${n.toLocaleString('en-US')} bytes)`;
}
//# sourceMappingURL=format.js.map