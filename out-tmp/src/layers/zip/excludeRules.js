"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileExcludes = compileExcludes;
// The exclusion rules of a walk (.gitignore syntax: the defaults, the .layerignore, extra rules) as one matcher.
// Most rules name a file or folder anywhere in the tree (`.git/`, `__pycache__/`, `*.pyc`, `Thumbs.db`): those are
// matched on the entry's name (a set of names, one regular expression for the rest). The `ignore` package answers for
// every other rule; it also remembers each path it was asked about, which made it most of the walk's CPU time
// (measured on the Node tree: the scan took ~30 ms longer with every path going through it).
const ignore_1 = __importDefault(require("ignore"));
/**
 * A rule matched on the name alone: a name, or `*` followed by the end of a name, without a slash inside, wildcards
 * elsewhere, escapes, spaces or a leading `!` or `#`; a trailing slash means folders only.
 */
const NAME_RULE = /^(\*?)([^\s*?[\]\\/!#]+)(\/?)$/;
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Compiles `rules` (rule texts in order, each possibly several lines). When any rule is a negation (`!`), order
 * matters and the `ignore` package answers for all of them. Matching is case-insensitive, as `ignore`'s default.
 */
function compileExcludes(rules) {
    // A byte order mark before a text's first line is dropped (as git and `ignore` do); anywhere else it is a character.
    const lines = rules.flatMap((r) => (r.startsWith('\uFEFF') ? r.slice(1) : r).split(/\r?\n/));
    const negated = lines.some((l) => l.startsWith('!'));
    // Plain ASCII names are looked up in sets (a long list of names costs no more per entry than a short one); the
    // others (a `*`, or a non-ASCII letter, compared as the `ignore` package's regular expressions do) go into one.
    const names = { any: new Set(), dirsOnly: new Set() };
    const patterns = { any: [], dirsOnly: [] };
    const others = [];
    for (const line of lines) {
        // Blank lines and comments are not rules (what `ignore` skips too).
        if (line === '' || line.startsWith('#'))
            continue;
        const m = negated ? null : NAME_RULE.exec(line);
        if (!m) {
            others.push(line);
            continue;
        }
        const which = m[3] ? 'dirsOnly' : 'any';
        if (!m[1] && ASCII.test(m[2]))
            names[which].add(m[2].toLowerCase());
        else
            patterns[which].push((m[1] ? '[^/]*' : '') + escapeRegExp(m[2]));
    }
    // One text, as the walk gave them before: `ignore` reads the items of an array each as a text of its own.
    const rest = others.length > 0 ? (0, ignore_1.default)().add(others.join('\n')) : undefined;
    const regex = (list) => list.length > 0 ? new RegExp(`^(?:${list.join('|')})$`, 'i') : undefined;
    const fileRe = regex(patterns.any);
    const dirRe = regex([...patterns.any, ...patterns.dirsOnly]);
    const byName = names.any.size + names.dirsOnly.size > 0;
    return {
        excludes(rel, name, isDir) {
            if (byName) {
                // A name with a non-ASCII letter can lower-case to an ASCII key (the Kelvin sign to k) but never equals one.
                const key = name.toLowerCase();
                if ((names.any.has(key) || (isDir && names.dirsOnly.has(key))) && ASCII.test(name))
                    return true;
            }
            if ((isDir ? dirRe : fileRe)?.test(name))
                return true;
            return rest !== undefined && rest.ignores(isDir ? rel + '/' : rel);
        },
    };
}
const ASCII = /^[\x20-\x7e]*$/;
//# sourceMappingURL=excludeRules.js.map