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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The walk's exclusion matcher answers name rules itself and leaves the rest to the `ignore` package: for every
// rule set and path below it must answer exactly what `ignore` alone answers (the walk used it for every path).
const assert = __importStar(require("assert"));
const ignore_1 = __importDefault(require("ignore"));
const excludeRules_1 = require("../../../src/layers/zip/excludeRules");
const folderScan_1 = require("../../../src/layers/zip/folderScan");
const RULE_SETS = [
    folderScan_1.DEFAULT_EXCLUDES,
    [...folderScan_1.DEFAULT_EXCLUDES, '*.pyc\n__pycache__/\ntests/\n*.md\n# a comment\n\nREADME'],
    [...folderScan_1.DEFAULT_EXCLUDES, '*.map\r\ndocs/\r\n'],
    // Rules only `ignore` answers: slashes, wildcards inside, ranges, escapes, spaces, globstars.
    [
        ...folderScan_1.DEFAULT_EXCLUDES,
        'src/*.test.js\n**/fixtures/**\n/root-only.txt\nfile?.txt\n[Bb]uild/\n\\#hash\nspace\\ \ntrail  ',
    ],
    // A negation anywhere: order matters, `ignore` answers for every rule.
    [...folderScan_1.DEFAULT_EXCLUDES, '*.md\n!KEEP.md\nnode_modules/.bin/'],
    // Case, dots and regular-expression characters in names.
    [
        '.DS_Store',
        'Thumbs.db',
        'a+b',
        'x.y',
        '(paren)',
        '$dollar',
        'caret^',
        '{brace}',
        'pipe|name',
        '*.tar.gz',
    ],
    // Non-ASCII names: case-insensitive the way `ignore`'s regular expressions are (the Kelvin sign is not a k).
    ['k', 'straße/', 'ÉCOLE', '*.ſ'],
    // A .layerignore saved with a byte order mark: its first rule still counts, a negation one too; a mark on a
    // later line is a character of that line.
    [...folderScan_1.DEFAULT_EXCLUDES, '\uFEFFfoo.txt\nbar.txt\r\n'],
    [...folderScan_1.DEFAULT_EXCLUDES, '\uFEFF!.DS_Store'],
    [...folderScan_1.DEFAULT_EXCLUDES, 'a\n\uFEFF!.DS_Store\n\uFEFFbar.txt'],
];
const PATHS = [];
for (const name of [
    '.git',
    '.GIT',
    '.vscode',
    '.DS_Store',
    '.ds_store',
    'thumbs.DB',
    '.layerignore',
    'index.js',
    'x.pyc',
    'X.PYC',
    'pyc',
    '.pyc',
    '__pycache__',
    'tests',
    'TESTS',
    'a.md',
    'A.MD',
    'md',
    'README',
    'readme',
    'README.md',
    'app.map',
    'docs',
    'file1.txt',
    'file10.txt',
    'build',
    'Build',
    'bUild',
    '#hash',
    'space ',
    'space',
    'trail',
    'KEEP.md',
    'keep.md',
    'fixtures',
    'a.test.js',
    'root-only.txt',
    'a+b',
    'aab',
    'x.y',
    'xzy',
    '(paren)',
    'paren',
    '$dollar',
    'caret^',
    '{brace}',
    'pipe|name',
    'pipe',
    'name',
    'a.tar.gz',
    'a.tarxgz',
    'k',
    'K',
    '\u212a',
    'straße',
    'STRASSE',
    'école',
    'ÉCOLE',
    'x.ſ',
    'x.S',
    'x.s',
    '.bin',
]) {
    for (const parent of ['', 'src/', 'node_modules/pkg/', 'fixtures/deep/']) {
        PATHS.push({ rel: parent + name, dir: false }, { rel: parent + name, dir: true });
    }
}
describe('compileExcludes', () => {
    RULE_SETS.forEach((rules, i) => {
        it(`answers what the ignore package answers (rule set ${i + 1})`, () => {
            const reference = (0, ignore_1.default)();
            for (const r of rules)
                reference.add(r);
            const ours = (0, excludeRules_1.compileExcludes)(rules);
            const differ = PATHS.filter(({ rel, dir }) => {
                const name = rel.slice(rel.lastIndexOf('/') + 1);
                return ours.excludes(rel, name, dir) !== reference.ignores(dir ? rel + '/' : rel);
            });
            assert.deepStrictEqual(differ, []);
        });
    });
    it('takes a .layerignore of 100,000 names (the size cap allows it) and still answers each of them', () => {
        const names = Array.from({ length: 100_000 }, (_, i) => `Generated-${i}.TXT`);
        const ex = (0, excludeRules_1.compileExcludes)([...folderScan_1.DEFAULT_EXCLUDES, names.join('\n')]);
        assert.ok(ex.excludes('deep/generated-99999.txt', 'generated-99999.txt', false));
        assert.ok(ex.excludes('GENERATED-0.txt', 'GENERATED-0.txt', true));
        assert.ok(!ex.excludes('generated-100000.txt', 'generated-100000.txt', false));
    });
    it('excludes what the default rules name, at any depth, and a file named like a folder-only rule stays', () => {
        const ex = (0, excludeRules_1.compileExcludes)(folderScan_1.DEFAULT_EXCLUDES);
        assert.ok(ex.excludes('a/b/.git', '.git', true));
        assert.ok(ex.excludes('Thumbs.db', 'Thumbs.db', false));
        // A git submodule's `.git` is a file: `.git/` names folders only.
        assert.ok(!ex.excludes('vendor/lib/.git', '.git', false));
        assert.ok(!ex.excludes('index.js', 'index.js', false));
    });
});
//# sourceMappingURL=excludeRules.test.js.map