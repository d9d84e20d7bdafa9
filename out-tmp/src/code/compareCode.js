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
exports.compareTrees = compareTrees;
exports.compareWithFolder = compareWithFolder;
exports.summarize = summarize;
// What changed between two versions of published code, or between a version and a local folder as it would
// be published: decided from the central directories' sizes and CRC-32s (and, for a folder, the CRC-32 of
// local files whose size matches), so unchanged files are never downloaded. No vscode.
const fs = __importStar(require("fs"));
const crc32_1 = require("../layers/zip/crc32");
/** `older` → `newer`: added, removed and modified files, sorted by path. */
function compareTrees(older, newer) {
    const changes = [];
    let unchanged = 0;
    const newPaths = new Set(newer.filePaths());
    for (const p of older.filePaths()) {
        const a = older.file(p);
        const b = newer.file(p);
        if (!b)
            changes.push({ path: p, status: 'removed' });
        else if (a.size !== b.size || a.crc32 >>> 0 !== b.crc32 >>> 0 || a.executable !== b.executable)
            changes.push({ path: p, status: 'modified' });
        else
            unchanged++;
        newPaths.delete(p);
    }
    for (const p of newPaths)
        changes.push({ path: p, status: 'added' });
    changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    return { changes, unchanged };
}
async function fileCrc(absPath, signal) {
    let crc = 0;
    for await (const chunk of fs.createReadStream(absPath, { signal }))
        crc = (0, crc32_1.crc32)(chunk, crc);
    return crc >>> 0;
}
/**
 * A published version (`remote`) → the local files it would become (`local`: zip paths after .layerignore and
 * the layout prefix). Local files are read only when their size equals the published entry's.
 */
async function compareWithFolder(remote, local, signal) {
    const changes = [];
    let unchanged = 0;
    const remotePaths = new Set(remote.filePaths());
    for (const l of local) {
        signal?.throwIfAborted();
        const r = remote.file(l.zipPath);
        remotePaths.delete(l.zipPath);
        if (!r)
            changes.push({ path: l.zipPath, status: 'added', localPath: l.absPath });
        else if (r.size !== l.size || (await fileCrc(l.absPath, signal)) !== r.crc32 >>> 0)
            changes.push({ path: l.zipPath, status: 'modified', localPath: l.absPath });
        else
            unchanged++;
    }
    for (const p of remotePaths)
        changes.push({ path: p, status: 'removed' });
    changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    return { changes, unchanged };
}
function summarize(c) {
    const count = (s) => c.changes.filter((x) => x.status === s).length;
    return `${count('modified')} modified, ${count('added')} added, ${count('removed')} removed, ${c.unchanged} unchanged`;
}
//# sourceMappingURL=compareCode.js.map