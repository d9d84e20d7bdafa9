"use strict";
// Small display helpers for node descriptions and tooltips. Pure.
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAwsDate = parseAwsDate;
exports.relativeTime = relativeTime;
/** Parses AWS's `2024-05-01T12:00:00.000+0000` (and plain ISO) dates. */
function parseAwsDate(s) {
    const normalised = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(normalised);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/** "just now", "5 min ago", "3 h ago", "12 d ago", else the date. */
function relativeTime(s, now) {
    const d = parseAwsDate(s);
    if (!d)
        return s;
    const sec = Math.round((now.getTime() - d.getTime()) / 1000);
    if (sec < 0)
        return d.toISOString().slice(0, 10);
    if (sec < 60)
        return 'just now';
    if (sec < 3600)
        return `${Math.floor(sec / 60)} min ago`;
    if (sec < 86400)
        return `${Math.floor(sec / 3600)} h ago`;
    if (sec < 86400 * 45)
        return `${Math.floor(sec / 86400)} d ago`;
    return d.toISOString().slice(0, 10);
}
//# sourceMappingURL=format.js.map