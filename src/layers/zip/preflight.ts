// Checks before any upload, each with a message the UI can show as is. Pure: data in, findings out.
import type { FolderScan, FolderSize, ScanProblem } from './folderScan';
import { folderSizes } from './folderScan';

import { MAX_DIRECT_UPLOAD_BYTES, MAX_UNZIPPED_BYTES } from '../../aws/limits';
import { formatBytes } from '../../ui/format';

export interface PreflightLimits {
  maxUnzippedBytes?: number;
  maxDirectUploadBytes?: number;
}

export type PreflightCode =
  | 'emptyFolder'
  | 'allExcluded'
  | 'tooLargeUnzipped'
  | 'needsS3Upload'
  | 'symlinkProblems'
  | 'badNames'
  | 'unreadableFiles';

export interface PreflightFinding {
  code: PreflightCode;
  /** error: stop before upload; info: changes how we upload. */
  severity: 'error' | 'info';
  message: string;
  /** Lines to list under the message (largest folders, problem paths). */
  details: string[];
  largestFolders?: FolderSize[];
  /** The paths concerned (relative to the folder), for a finding the user can exclude and go on. */
  paths?: string[];
}

const SYMLINK_KINDS: readonly ScanProblem['kind'][] = ['symlinkEscapes', 'symlinkLoop', 'symlinkBroken'];

/** Checks a scan before zipping. */
export function preflightScan(scan: FolderScan, limits: PreflightLimits = {}): PreflightFinding[] {
  const maxUnzipped = limits.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  const findings: PreflightFinding[] = [];
  if (scan.fileCount === 0 && scan.excludedCount === 0 && scan.problems.length === 0) {
    findings.push({
      code: 'emptyFolder',
      severity: 'error',
      message: `The folder is empty: ${scan.root}`,
      details: [],
    });
  } else if (scan.fileCount === 0 && scan.excludedCount > 0) {
    findings.push({
      code: 'allExcluded',
      severity: 'error',
      message: `Nothing left to package after exclusions (${scan.usedLayerignore ? '.layerignore and defaults' : 'defaults'}): ${scan.root}`,
      details: [],
    });
  }
  if (scan.totalBytes > maxUnzipped) {
    const largest = folderSizes(scan.files, 2, 10);
    findings.push({
      code: 'tooLargeUnzipped',
      severity: 'error',
      message: `Unzipped size is over the Lambda limit of ${formatBytes(maxUnzipped)} (${maxUnzipped} bytes): ${formatBytes(scan.totalBytes)}`,
      details: largest.map((f) => `${f.path}  ${formatBytes(f.bytes)} (${f.files} files)`),
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
export function preflightArchive(archiveSize: number, limits: PreflightLimits = {}): PreflightFinding[] {
  const max = limits.maxDirectUploadBytes ?? MAX_DIRECT_UPLOAD_BYTES;
  if (archiveSize <= max) return [];
  return [
    {
      code: 'needsS3Upload',
      severity: 'info',
      message: `The archive is over ${formatBytes(max)} and must be uploaded through an S3 bucket: ${formatBytes(archiveSize)}`,
      details: [],
    },
  ];
}

export function hasBlockingFindings(findings: readonly PreflightFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
