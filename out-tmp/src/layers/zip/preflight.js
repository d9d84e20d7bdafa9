"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.preflightScan = preflightScan;
exports.preflightArchive = preflightArchive;
exports.hasBlockingFindings = hasBlockingFindings;
const folderScan_1 = require("./folderScan");
const limits_1 = require("../../aws/limits");
const format_1 = require("../../ui/format");
const SYMLINK_KINDS = ['symlinkEscapes', 'symlinkLoop', 'symlinkBroken'];
/** Checks a scan before zipping. */
function preflightScan(scan, limits = {}) {
    const maxUnzipped = limits.maxUnzippedBytes ?? limits_1.MAX_UNZIPPED_BYTES;
    const findings = [];
    if (scan.fileCount === 0 && scan.excludedCount === 0 && scan.problems.length === 0) {
        findings.push({
            code: 'emptyFolder',
            severity: 'error',
            message: `The folder is empty: ${scan.root}`,
            details: [],
        });
    }
    else if (scan.fileCount === 0 && scan.excludedCount > 0) {
        findings.push({
            code: 'allExcluded',
            severity: 'error',
            message: `Nothing left to package after exclusions (${scan.usedLayerignore ? '.layerignore and defaults' : 'defaults'}): ${scan.root}`,
            details: [],
        });
    }
    if (scan.totalBytes > maxUnzipped) {
        const largest = (0, folderScan_1.folderSizes)(scan.files, 2, 10);
        findings.push({
            code: 'tooLargeUnzipped',
            severity: 'error',
            message: `Unzipped size is over the Lambda limit of ${(0, format_1.formatBytes)(maxUnzipped)} (${maxUnzipped} bytes): ${(0, format_1.formatBytes)(scan.totalBytes)}`,
            details: largest.map((f) => `${f.path}  ${(0, format_1.formatBytes)(f.bytes)} (${f.files} files)`),
            largestFolders: largest,
        });
    }
    const links = scan.problems.filter((p) => SYMLINK_KINDS.includes(p.kind));
    if (links.length > 0) {
        findings.push({
            code: 'symlinkProblems',
            severity: 'error',
            message: `Symlinks that cannot be packaged (escape the folder, loop or are broken; exclude them in .layerignore): ${links.length}`,
            details: links.map((p) => `${p.path}: ${p.detail}`),
            paths: links.map((p) => p.path),
        });
    }
    const badNames = scan.problems.filter((p) => p.kind === 'badName');
    if (badNames.length > 0) {
        findings.push({
            code: 'badNames',
            severity: 'error',
            message: `Names Lambda cannot extract (a backslash; rename them or exclude them in .layerignore): ${badNames.length}`,
            details: badNames.map((p) => `${p.path}: ${p.detail}`),
        });
    }
    const unreadable = scan.problems.filter((p) => !SYMLINK_KINDS.includes(p.kind) && p.kind !== 'badName');
    if (unreadable.length > 0) {
        findings.push({
            code: 'unreadableFiles',
            severity: 'error',
            message: `Files that cannot be read: ${unreadable.length}`,
            details: unreadable.map((p) => `${p.path}: ${p.detail}`),
        });
    }
    return findings;
}
/** Checks a built archive: over 50 MB it must go through S3. */
function preflightArchive(archiveSize, limits = {}) {
    const max = limits.maxDirectUploadBytes ?? limits_1.MAX_DIRECT_UPLOAD_BYTES;
    if (archiveSize <= max)
        return [];
    return [
        {
            code: 'needsS3Upload',
            severity: 'info',
            message: `The archive is over ${(0, format_1.formatBytes)(max)} and must be uploaded through an S3 bucket: ${(0, format_1.formatBytes)(archiveSize)}`,
            details: [],
        },
    ];
}
function hasBlockingFindings(findings) {
    return findings.some((f) => f.severity === 'error');
}
//# sourceMappingURL=preflight.js.map