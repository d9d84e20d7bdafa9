// The exclusion rules of a walk (.gitignore syntax: the defaults, the .layerignore, extra rules) as one matcher.
// Most rules name a file or folder anywhere in the tree (`.git/`, `__pycache__/`, `*.pyc`, `Thumbs.db`): those are
// matched on the entry's name with one regular expression. The `ignore` package answers for every other rule; it
// also remembers each path it was asked about, which made it most of the walk's CPU time (measured on the Node tree:
// the scan took ~20-30 ms longer with every path going through it).
import ignore from 'ignore';

export interface ExcludeRules {
  /** Whether the entry `rel` (forward slashes, relative to the root), named `name`, is excluded. */
  excludes(rel: string, name: string, isDir: boolean): boolean;
}

/**
 * A rule matched on the name alone: a name, or `*` followed by the end of a name, without a slash inside, wildcards
 * elsewhere, escapes, spaces or a leading `!` or `#`; a trailing slash means folders only.
 */
const NAME_RULE = /^(\*?)([^\s*?[\]\\/!#]+)(\/?)$/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles `rules` (rule texts in order, each possibly several lines). When any rule is a negation (`!`), order
 * matters and the `ignore` package answers for all of them. Matching is case-insensitive, as `ignore`'s default.
 */
export function compileExcludes(rules: readonly string[]): ExcludeRules {
  const lines = rules.flatMap((r) => r.split(/\r?\n/));
  const negated = lines.some((l) => l.startsWith('!'));
  const any: string[] = [];
  const dirsOnly: string[] = [];
  const others: string[] = [];
  for (const line of lines) {
    // Blank lines and comments are not rules (what `ignore` skips too).
    if (line === '' || line.startsWith('#')) continue;
    const m = negated ? null : NAME_RULE.exec(line);
    if (!m) {
      others.push(line);
      continue;
    }
    const pattern = (m[1] ? '[^/]*' : '') + escapeRegExp(m[2]!);
    (m[3] ? dirsOnly : any).push(pattern);
  }
  const rest = others.length > 0 ? ignore().add(others) : undefined;
  const regex = (patterns: string[]): RegExp | undefined =>
    patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})$`, 'i') : undefined;
  const fileRe = regex(any);
  const dirRe = regex([...any, ...dirsOnly]);
  return {
    excludes(rel, name, isDir) {
      if ((isDir ? dirRe : fileRe)?.test(name)) return true;
      return rest !== undefined && rest.ignores(isDir ? rel + '/' : rel);
    },
  };
}
