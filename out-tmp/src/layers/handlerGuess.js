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
exports.jsExports = jsExports;
exports.pythonHandlers = pythonHandlers;
exports.rubyHandlers = rubyHandlers;
exports.guessHandler = guessHandler;
exports.guessLicense = guessLicense;
exports.guessDescription = guessDescription;
exports.checkHandler = checkHandler;
// Proposals read from a folder's files, each with the reason the UI shows: the handler of a new function
// (`index.handler`, `lambda_function.lambda_handler`…) and a layer's license and description (package.json,
// LICENSE). Proposals only: the user edits them in the input box. No vscode.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const MAX_READ = 512 * 1024;
/** Exported function names of a JavaScript/TypeScript module, in source order. */
function jsExports(source) {
    const names = [];
    const patterns = [
        /(?:^|[^.\w])(?:module\.)?exports\.(\w+)\s*=/g,
        /\bexport\s+(?:async\s+)?function\s*\*?\s*(\w+)/g,
        /\bexport\s+(?:const|let|var)\s+(\w+)/g,
    ];
    const found = [];
    for (const re of patterns)
        for (const m of source.matchAll(re))
            found.push({ name: m[1], at: m.index });
    const obj = /module\.exports\s*=\s*\{([^}]*)\}/.exec(source);
    if (obj) {
        for (const part of obj[1].split(',')) {
            const name = /^\s*(\w+)/.exec(part)?.[1];
            if (name)
                found.push({ name, at: obj.index });
        }
    }
    for (const f of found.sort((a, b) => a.at - b.at))
        if (!names.includes(f.name))
            names.push(f.name);
    return names;
}
/** Top-level functions of a Python module that take (event, context). */
function pythonHandlers(source) {
    return [...source.matchAll(/^(?:async\s+)?def\s+(\w+)\s*\(\s*\w+\s*,\s*\w+\s*\)/gm)].map((m) => m[1]);
}
/** Ruby methods that take `event:` keyword arguments (Lambda's signature). */
function rubyHandlers(source) {
    return [...source.matchAll(/^\s*def\s+(?:self\.)?(\w+)\s*\(\s*event:/gm)].map((m) => m[1]);
}
function preferHandler(names, preferred) {
    for (const p of preferred)
        if (names.includes(p))
            return p;
    return names.find((n) => /handler/i.test(n)) ?? names[0];
}
async function readSmall(f) {
    try {
        const st = await fs.promises.stat(f.absPath);
        if (st.size > MAX_READ)
            return undefined;
        return await fs.promises.readFile(f.absPath, 'utf8');
    }
    catch {
        return undefined;
    }
}
function stripExt(p) {
    return p.replace(/\.[^./]+$/, '');
}
/**
 * Proposes a handler for a function built from `files` (relative paths as they will be in the zip).
 * Node: package.json `main`, then index/app/handler/lambda files, the exported function (`handler` first).
 * Python: lambda_function.py, app.py, handler.py, main.py; the function taking (event, context).
 * Ruby: lambda_function.rb, app.rb, handler.rb. Java: a class in the jar's name is unknowable: a template.
 * OS-only: `bootstrap`.
 */
async function guessHandler(files, family) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    if (family === 'nodejs') {
        const candidates = [];
        const pkg = byPath.get('package.json');
        if (pkg) {
            try {
                const main = JSON.parse((await readSmall(pkg)) ?? '{}').main;
                if (typeof main === 'string') {
                    const m = path.posix.normalize(main).replace(/^\.\//, '');
                    candidates.push(m, `${m}.js`, `${m}/index.js`);
                }
            }
            catch {
                // A broken package.json proposes nothing.
            }
        }
        for (const base of ['index', 'app', 'handler', 'lambda', 'main', 'src/index', 'dist/index']) {
            for (const ext of ['.mjs', '.js', '.cjs'])
                candidates.push(base + ext);
        }
        for (const c of candidates) {
            const f = byPath.get(c);
            if (!f)
                continue;
            const names = jsExports((await readSmall(f)) ?? '');
            const fn = preferHandler(names, ['handler', 'lambdaHandler', 'main']);
            if (fn)
                return { value: `${stripExt(c)}.${fn}`, reason: `exported ${fn} in ${c}` };
            return { value: `${stripExt(c)}.handler`, reason: `${c} found (no exported function seen)` };
        }
        const any = files.find((f) => !f.path.includes('/') && /\.(c|m)?js$/.test(f.path));
        if (any)
            return { value: `${stripExt(any.path)}.handler`, reason: `${any.path} is the only top-level script` };
        return { value: 'index.handler', reason: 'the Node.js default (no index.js found)' };
    }
    if (family === 'python') {
        const pyFiles = [
            'lambda_function.py',
            'app.py',
            'handler.py',
            'main.py',
            ...files.filter((f) => !f.path.includes('/') && f.path.endsWith('.py')).map((f) => f.path),
        ];
        for (const c of pyFiles) {
            const f = byPath.get(c);
            if (!f)
                continue;
            const fn = preferHandler(pythonHandlers((await readSmall(f)) ?? ''), ['lambda_handler', 'handler']);
            if (fn)
                return { value: `${stripExt(c)}.${fn}`, reason: `def ${fn}(event, context) in ${c}` };
        }
        return {
            value: 'lambda_function.lambda_handler',
            reason: 'the Python default (no handler function found)',
        };
    }
    if (family === 'ruby') {
        for (const c of ['lambda_function.rb', 'app.rb', 'handler.rb', 'function.rb']) {
            const f = byPath.get(c);
            if (!f)
                continue;
            const fn = preferHandler(rubyHandlers((await readSmall(f)) ?? ''), ['lambda_handler', 'handler']);
            if (fn)
                return { value: `${stripExt(c)}.${fn}`, reason: `def ${fn}(event:, context:) in ${c}` };
        }
        return { value: 'lambda_function.lambda_handler', reason: 'the Ruby default (no handler method found)' };
    }
    if (family === 'java') {
        return {
            value: 'example.Handler::handleRequest',
            reason: 'a template: enter your handler class and method',
        };
    }
    if (family === 'provided' || family === 'go') {
        if (byPath.has('bootstrap'))
            return { value: 'bootstrap', reason: 'bootstrap found (the handler is passed to it as is)' };
        return { value: 'bootstrap', reason: 'OS-only runtimes run ./bootstrap: add one to the folder' };
    }
    return { value: 'index.handler', reason: 'no runtime-specific entry point found' };
}
/** A layer's license: package.json `license`, else the SPDX id recognised in a LICENSE file's first lines. */
async function guessLicense(folder) {
    try {
        const pkg = JSON.parse(await fs.promises.readFile(path.join(folder, 'package.json'), 'utf8'));
        if (typeof pkg.license === 'string' && pkg.license.trim() !== '') {
            return { value: pkg.license.trim(), reason: 'license in package.json' };
        }
    }
    catch {
        // No or broken package.json: try a LICENSE file.
    }
    let names = [];
    try {
        names = await fs.promises.readdir(folder);
    }
    catch {
        return undefined;
    }
    const file = names.sort().find((n) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(n));
    if (!file)
        return undefined;
    const head = (await fs.promises.readFile(path.join(folder, file), 'utf8').catch(() => '')).slice(0, 2000);
    const known = [
        [/MIT License|Permission is hereby granted, free of charge/i, 'MIT'],
        [/Apache License[\s,]*Version 2\.0/i, 'Apache-2.0'],
        [/GNU GENERAL PUBLIC LICENSE[\s\S]*Version 3/i, 'GPL-3.0'],
        [/GNU GENERAL PUBLIC LICENSE[\s\S]*Version 2/i, 'GPL-2.0'],
        [/GNU LESSER GENERAL PUBLIC LICENSE/i, 'LGPL-3.0'],
        [/Mozilla Public License,? Version 2\.0/i, 'MPL-2.0'],
        [/BSD 3-Clause|Redistributions of source code must retain[\s\S]*Neither the name/i, 'BSD-3-Clause'],
        [/BSD 2-Clause|Redistributions of source code must retain/i, 'BSD-2-Clause'],
        [/ISC License/i, 'ISC'],
        [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
    ];
    for (const [re, id] of known)
        if (re.test(head))
            return { value: id, reason: `recognised in ${file}` };
    return { value: `See ${file}`, reason: `${file} found (license not recognised)` };
}
/** A layer's description: package.json `description` (cut to 256). */
async function guessDescription(folder) {
    try {
        const pkg = JSON.parse(await fs.promises.readFile(path.join(folder, 'package.json'), 'utf8'));
        if (typeof pkg.description === 'string' && pkg.description.trim() !== '') {
            const v = typeof pkg.version === 'string' ? ` (${pkg.version})` : '';
            return { value: (pkg.description.trim() + v).slice(0, 256), reason: 'description in package.json' };
        }
    }
    catch {
        // Nothing to propose.
    }
    return undefined;
}
const HANDLER_FILES = {
    nodejs: { exts: ['.js', '.mjs', '.cjs'], names: jsExports },
    python: { exts: ['.py'], names: pythonHandlers },
    ruby: { exts: ['.rb'], names: rubyHandlers },
};
/**
 * Whether the folder provides the function's handler (`src/index.handler` → `handler` exported by src/index.js),
 * where the runtime lets us tell: `ok` false means the function would fail to start with this code.
 */
async function checkHandler(files, handler, family) {
    const kind = family ? HANDLER_FILES[family] : undefined;
    const dot = handler?.lastIndexOf('.') ?? -1;
    if (!handler || !kind || dot <= 0)
        return { ok: undefined, message: `Handler ${handler ?? '(none)'}: not checked for this runtime` };
    const module = handler.slice(0, dot);
    const fn = handler.slice(dot + 1);
    const byPath = new Map(files.map((f) => [f.path, f]));
    const file = kind.exts.map((e) => byPath.get(module + e)).find((f) => f !== undefined);
    if (!file)
        return {
            ok: false,
            message: `Handler ${handler}: the folder has no ${module}${kind.exts[0]}, so the function would fail to start`,
        };
    const source = await readSmall(file);
    if (source === undefined)
        return { ok: undefined, message: `Handler ${handler}: ${file.path} is in the folder` };
    return kind.names(source).includes(fn)
        ? { ok: true, message: `Handler ${handler}: ${file.path} provides ${fn}` }
        : {
            ok: false,
            message: `Handler ${handler}: ${file.path} does not seem to provide ${fn}, so the function may fail to start`,
        };
}
//# sourceMappingURL=handlerGuess.js.map