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
exports.layerPrefix = layerPrefix;
exports.detectRuntimeFamilyFromNames = detectRuntimeFamilyFromNames;
exports.detectRuntimeFamily = detectRuntimeFamily;
exports.hasLayerLayout = hasLayerLayout;
exports.decideLayout = decideLayout;
exports.normalisePrefix = normalisePrefix;
exports.toZipEntries = toZipEntries;
exports.layerFamilies = layerFamilies;
// Where files go inside a layer zip (Lambda extracts layers under /opt): runtime family detection, the
// "already laid out" test and the prefix, each with a reason the UI can show.
const fs = __importStar(require("fs"));
const MARKERS = [
    { family: 'nodejs', test: (n) => n === 'package.json' },
    {
        family: 'python',
        test: (n) => n === 'requirements.txt' || n === 'pyproject.toml' || n === 'setup.py' || n === 'Pipfile',
    },
    { family: 'ruby', test: (n) => n === 'Gemfile' },
    { family: 'java', test: (n) => n.toLowerCase().endsWith('.jar') },
];
/** Prefixes from the "Layer folder layout" table: node and python folders as is, jars on the classpath, ruby on RUBYLIB. */
function layerPrefix(family) {
    switch (family) {
        case 'nodejs':
            return 'nodejs/';
        case 'python':
            return 'python/';
        case 'java':
            return 'java/lib/';
        case 'ruby':
            return 'ruby/lib/';
    }
}
/** Detects the family from the names of the folder's top-level files (not folders). */
function detectRuntimeFamilyFromNames(topLevelFiles) {
    const sorted = [...topLevelFiles].sort();
    let found;
    const alsoFound = [];
    for (const rule of MARKERS) {
        const marker = sorted.find((n) => rule.test(n));
        if (marker === undefined)
            continue;
        if (found === undefined)
            found = { family: rule.family, marker };
        else
            alsoFound.push(marker);
    }
    return found ? { ...found, alsoFound } : { alsoFound };
}
/** Reads the folder's top level: package.json → nodejs, requirements.txt / pyproject.toml → python, Gemfile → ruby, *.jar → java. */
async function detectRuntimeFamily(folder) {
    const dirents = await fs.promises.readdir(folder, { withFileTypes: true });
    return detectRuntimeFamilyFromNames(dirents.filter((d) => !d.isDirectory()).map((d) => d.name));
}
function topLevel(paths) {
    const files = [];
    const dirs = new Set();
    for (const p of paths) {
        const slash = p.indexOf('/');
        if (slash < 0)
            files.push(p);
        else
            dirs.add(p.slice(0, slash));
    }
    return { files, dirs };
}
/**
 * The layer-layout folders already at the top (`nodejs/`, `python/`, `java/lib/`, `ruby/`, and `bin/` / `lib/`
 * unless a runtime marker such as package.json shows that they are the project's own folders).
 */
function hasLayerLayout(paths) {
    const { files, dirs } = topLevel(paths);
    const found = [];
    if (dirs.has('nodejs'))
        found.push('nodejs/');
    if (dirs.has('python'))
        found.push('python/');
    if (paths.some((p) => p.startsWith('java/lib/')))
        found.push('java/lib/');
    if (dirs.has('ruby'))
        found.push('ruby/');
    if (detectRuntimeFamilyFromNames(files).family === undefined) {
        if (dirs.has('bin'))
            found.push('bin/');
        if (dirs.has('lib'))
            found.push('lib/');
    }
    return { has: found.length > 0, dirs: found };
}
/** Decides the prefix for a scanned folder. `overridePrefix` ('' or 'x/') is what the user picked instead. */
function decideLayout(files, overridePrefix) {
    const paths = files.map((f) => f.path);
    const layout = hasLayerLayout(paths);
    const detection = detectRuntimeFamilyFromNames(topLevel(paths).files);
    const family = detection.family;
    if (overridePrefix !== undefined) {
        const prefix = normalisePrefix(overridePrefix);
        return {
            ...(family ? { family } : {}),
            prefix,
            alreadyLaidOut: layout.has,
            reason: prefix === '' ? 'Chosen by you → files keep their paths' : `Chosen by you → files go under ${prefix}`,
        };
    }
    if (layout.has) {
        return {
            ...(family ? { family } : {}),
            prefix: '',
            alreadyLaidOut: true,
            reason: `Layer layout found (${layout.dirs.join(', ')}) → files keep their paths`,
        };
    }
    if (family && detection.marker) {
        const prefix = layerPrefix(family);
        const also = detection.alsoFound.length > 0 ? ` (also found: ${detection.alsoFound.join(', ')})` : '';
        const marker = family === 'java' ? '.jar files found' : `${detection.marker} found`;
        const node = family === 'nodejs' && paths.some((p) => p.startsWith('node_modules/'))
            ? ' (node_modules → nodejs/node_modules/)'
            : '';
        return {
            family,
            prefix,
            alreadyLaidOut: false,
            reason: `${marker} → files go under ${prefix}${node}${also}`,
        };
    }
    if (topLevel(paths).dirs.has('node_modules')) {
        return {
            family: 'nodejs',
            prefix: 'nodejs/',
            alreadyLaidOut: false,
            reason: 'node_modules found → files go under nodejs/',
        };
    }
    return {
        prefix: '',
        alreadyLaidOut: false,
        reason: 'No runtime detected (package.json, requirements.txt, pyproject.toml, Gemfile, *.jar) → files keep their paths',
    };
}
function normalisePrefix(prefix) {
    const trimmed = prefix.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    if (trimmed.split('/').some((s) => s === '..' || s === '.'))
        throw new Error(`Invalid layer prefix: ${prefix}`);
    return trimmed === '' ? '' : trimmed + '/';
}
/** Scanned files → zip entries under `prefix` (as returned by decideLayout). */
function toZipEntries(files, prefix) {
    const p = normalisePrefix(prefix);
    return files.map((f) => ({
        zipPath: p + f.path,
        absPath: f.absPath,
        size: f.size,
        executable: f.executable,
        dev: f.dev,
        ino: f.ino,
        mtimeMs: f.mtimeMs,
    }));
}
const PREFIX_FAMILY = {
    'nodejs/': 'nodejs',
    'python/': 'python',
    'java/lib/': 'java',
    'ruby/': 'ruby',
    'ruby/lib/': 'ruby',
};
/**
 * The runtime families a layer is for: the chosen prefix's (python/ → python), else the folder's marker
 * (package.json → nodejs), else the layer folders it already has (a folder with nodejs/ and python/ → both).
 */
function layerFamilies(files, prefix) {
    const d = decideLayout(files, prefix);
    const fromPrefix = PREFIX_FAMILY[d.prefix];
    if (fromPrefix)
        return [fromPrefix];
    if (d.family)
        return [d.family];
    const dirs = hasLayerLayout(files.map((f) => f.path)).dirs;
    return dirs.map((x) => PREFIX_FAMILY[x]).filter((f) => f !== undefined);
}
//# sourceMappingURL=layerLayout.js.map