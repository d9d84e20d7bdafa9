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
exports.packageOf = packageOf;
exports.importsOf = importsOf;
// The packages src/ imports are the ones package.json declares: a package used only because another one brings it
// (hoisted by npm) breaks when that one stops bringing it, and a declared package nothing imports is dead weight in
// every install. Value imports need `dependencies`; type-only imports (erased by the build) may be devDependencies.
const assert = __importStar(require("assert"));
const fs = __importStar(require("fs"));
const module_1 = require("module");
const path = __importStar(require("path"));
const root = path.resolve(__dirname, '../../..'); // out/test/static -> the repository
/** Provided by VS Code at run time, never installed. */
const PROVIDED = new Set(['vscode']);
function sourceFiles(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
        const p = path.join(dir, d.name);
        return d.isDirectory() ? sourceFiles(p) : /\.(ts|tsx|mjs|js)$/.test(d.name) ? [p] : [];
    });
}
/** The package a bare specifier names ('@scope/name/sub' -> '@scope/name'), or undefined for relative paths. */
function packageOf(specifier) {
    if (specifier.startsWith('.') || specifier.startsWith('/'))
        return undefined;
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
/** Every import, export-from, require() and import() of a bare specifier in `text`. */
function importsOf(text) {
    const found = [];
    const statement = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
    for (const m of text.matchAll(statement))
        found.push({ specifier: m[3], typeOnly: m[2] !== undefined });
    for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g))
        found.push({ specifier: m[1], typeOnly: false });
    return found.filter((f) => packageOf(f.specifier) !== undefined);
}
describe('declared dependencies (static tier)', function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const prod = new Set(Object.keys(pkg.dependencies ?? {}));
    const dev = new Set(Object.keys(pkg.devDependencies ?? {}));
    const builtin = new Set(module_1.builtinModules);
    const uses = sourceFiles(path.join(root, 'src')).flatMap((file) => importsOf(fs.readFileSync(file, 'utf8')).map((i) => ({
        file: path.relative(root, file),
        pkg: packageOf(i.specifier),
        typeOnly: i.typeOnly,
    })));
    const external = uses.filter((u) => !PROVIDED.has(u.pkg) && !builtin.has(u.pkg) && !u.pkg.startsWith('node:'));
    it('finds the imports it checks (value, type-only, require and import())', function () {
        assert.deepStrictEqual(importsOf("import * as fs from 'fs';\nimport type { A } from '@smithy/types';\nexport { b } from 'ignore/x';\n" +
            "const v = require('vscode');\nconst s = import('@aws-sdk/client-s3');\nimport './local';\n"), [
            { specifier: 'fs', typeOnly: false },
            { specifier: '@smithy/types', typeOnly: true },
            { specifier: 'ignore/x', typeOnly: false },
            { specifier: 'vscode', typeOnly: false },
            { specifier: '@aws-sdk/client-s3', typeOnly: false },
        ]);
        // The real tree: the SDK and the ignore matcher are among them, so the scan is not silently empty.
        assert.ok(external.some((u) => u.pkg === '@aws-sdk/client-lambda' && !u.typeOnly));
        assert.ok(external.some((u) => u.pkg === 'ignore' && !u.typeOnly));
    });
    it('declares every package src/ imports (values in dependencies)', function () {
        const undeclared = external
            .filter((u) => (u.typeOnly ? !prod.has(u.pkg) && !dev.has(u.pkg) : !prod.has(u.pkg)))
            .map((u) => `${u.file}: ${u.pkg}${u.typeOnly ? ' (type-only)' : ''}`);
        assert.deepStrictEqual(undeclared, []);
    });
    it('imports every package it lists in dependencies', function () {
        const used = new Set(external.map((u) => u.pkg));
        assert.deepStrictEqual([...prod].filter((p) => !used.has(p)), []);
    });
});
//# sourceMappingURL=dependencies.test.js.map