"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unsafeReason = unsafeReason;
exports.normalEntryPath = normalEntryPath;
/** Why an entry would escape (or confuse) its target folder, or undefined when it is safe. */
function unsafeReason(entry) {
    const name = entry.name;
    if (entry.isSymlink)
        return 'symbolic link';
    if (name.replace(/\/+$/, '') === '')
        return 'empty name';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f]/.test(name))
        return 'control character';
    if (name.includes('\\'))
        return 'backslash';
    if (/^[A-Za-z]:/.test(name))
        return 'drive letter';
    if (name.startsWith('/'))
        return 'absolute path';
    if (name.split('/').some((s) => s === '..'))
        return 'parent folder (..)';
    return undefined;
}
/** The entry's path with `./` and empty segments removed and no trailing slash (call only on safe names). */
function normalEntryPath(name) {
    return name
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
//# sourceMappingURL=entryPath.js.map