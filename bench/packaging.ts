// Packaging bench: our scanner + parallel zip writer vs Info-ZIP `zip -r -6 -q -X`, measured in the same run.
//   npx tsc -p tsconfig.json && node out/bench/packaging.js [--runs 3] [--keep]
// Trees: a generated node_modules-like tree (~20,000 files, ~100 MB, compressible JS-like text, deterministic)
// and a tree with a few large incompressible binaries. Each tool runs as its own process; wall time includes
// process start for both. Peak RSS of ours is the child's process.resourceUsage().maxRSS (workers included).
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hasNativeCrc32 } from '../src/layers/zip/crc32';
import { scanFolder } from '../src/layers/zip/folderScan';
import { toZipEntries } from '../src/layers/zip/layerLayout';
import { writeZip } from '../src/layers/zip/zipWriter';

// ---- deterministic generator ----
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'value options result error callback request response buffer stream module exports require function return ' +
  'const let var this that self data index length push slice config handler event emitter listener promise ' +
  'resolve reject then catch async await object array string number boolean undefined null prototype call apply ' +
  'bind key keys entries map filter reduce forEach assign create define property getter setter parse format'
).split(' ');

function jsFile(rand: () => number, bytes: number): string {
  const parts: string[] = ["'use strict';\n"];
  let size = 14;
  const w = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
  while (size < bytes) {
    const name = `${w()}${w()[0]!.toUpperCase()}${w().slice(1)}${Math.floor(rand() * 1000)}`;
    const lines = [`function ${name}(${w()}, ${w()}) {`];
    const n = 2 + Math.floor(rand() * 8);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.3) lines.push(`  const ${w()}${i} = ${w()}.${w()}(${w()}, ${Math.floor(rand() * 100)});`);
      else if (r < 0.5) lines.push(`  if (${w()} === ${w()}) { return ${w()}.${w()}; }`);
      else if (r < 0.7) lines.push(`  // ${w()} ${w()} ${w()} ${w()} ${w()}`);
      else lines.push(`  ${w()}.${w()} = "${Math.floor(rand() * 0xffffffff).toString(36)}";`);
    }
    lines.push('}', `module.exports.${name} = ${name};`, '');
    const chunk = lines.join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, bytes);
}

interface TreeInfo {
  dir: string;
  files: number;
  bytes: number;
}

function generateNodeModules(dir: string, seed = 42): TreeInfo {
  const rand = rng(seed);
  let files = 0;
  let bytes = 0;
  const put = (rel: string, content: string | Buffer, mode?: number): void => {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content, mode === undefined ? undefined : { mode });
    files++;
    bytes += Buffer.byteLength(content);
  };
  put('package.json', '{"name":"bench-layer","version":"1.0.0"}\n');
  for (let p = 0; p < 400; p++) {
    const pkg = `node_modules/pkg-${p}`;
    put(
      `${pkg}/package.json`,
      JSON.stringify({ name: `pkg-${p}`, version: `1.${p}.0`, main: 'lib/index.js' }, null, 2),
    );
    put(`${pkg}/README.md`, jsFile(rand, 2000).replace(/[{};]/g, ' '));
    for (let f = 0; f < 48; f++) {
      const big = rand() < 0.1;
      const size = big ? 8000 + Math.floor(rand() * 30000) : 500 + Math.floor(rand() * 5500);
      const sub = f % 3 === 0 ? 'dist' : f % 3 === 1 ? 'lib' : 'lib/internal';
      put(`${pkg}/${sub}/file${f}.js`, jsFile(rand, size));
    }
    if (p % 20 === 0) put(`${pkg}/bin/cli.js`, '#!/usr/bin/env node\nrequire("../lib/index.js");\n', 0o755);
  }
  return { dir, files, bytes };
}

function generateBinaries(dir: string, seed = 7): TreeInfo {
  const rand = rng(seed);
  let files = 0;
  let bytes = 0;
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
  for (let i = 0; i < 4; i++) {
    const buf = Buffer.alloc(25 * 1024 * 1024);
    for (let j = 0; j < buf.length; j += 4) buf.writeUInt32LE(Math.floor(rand() * 0x100000000), j);
    fs.writeFileSync(path.join(dir, i < 2 ? 'bin' : 'lib', `blob${i}.bin`), buf, {
      mode: i < 2 ? 0o755 : 0o644,
    });
    files++;
    bytes += buf.length;
  }
  for (let i = 0; i < 200; i++) {
    const text = jsFile(rand, 4000);
    fs.writeFileSync(path.join(dir, 'lib', `wrapper${i}.js`), text);
    files++;
    bytes += text.length;
  }
  return { dir, files, bytes };
}

// ---- child: pack a folder with our code ----
async function childPack(src: string, out: string): Promise<void> {
  const t0 = performance.now();
  const scan = await scanFolder(src);
  const t1 = performance.now();
  const res = await writeZip(toZipEntries(scan.files, ''), out, { level: 6 });
  const t2 = performance.now();
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(
    JSON.stringify({
      scanMs: t1 - t0,
      zipMs: t2 - t1,
      size: res.size,
      sha: res.sha256Base64,
      entries: res.entries,
      maxRssKb: usage.maxRSS,
      cpuMs,
    }) + '\n',
  );
}

interface OursRun {
  wallMs: number;
  scanMs: number;
  zipMs: number;
  size: number;
  sha: string;
  maxRssKb: number;
  cpuMs: number;
}

function runChild(args: string[]): Promise<{ wallMs: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited: ${code}`));
      else resolve({ wallMs, stdout });
    });
  });
}

async function runOurs(src: string, out: string): Promise<OursRun> {
  fs.rmSync(out, { force: true });
  const { wallMs, stdout } = await runChild([process.execPath, __filename, '--pack', src, out]);
  return { wallMs, ...(JSON.parse(stdout) as Omit<OursRun, 'wallMs'>) };
}

interface ZipRun {
  wallMs: number;
  size: number;
  cpuMs?: number;
  maxRssKb?: number;
}

const hasTime = fs.existsSync('/usr/bin/time');

async function runInfoZip(src: string, out: string): Promise<ZipRun> {
  fs.rmSync(out, { force: true });
  // zip -r stores paths relative to the current directory, so run it inside the tree. /usr/bin/time (when
  // installed) adds CPU time and peak RSS in a side file; its own cost is negligible.
  const zip = `cd "${src}" && /usr/bin/zip -r -6 -q -X "${out}" .`;
  const timeFile = `${out}.time`;
  const cmd = hasTime
    ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, '/bin/sh', '-c', zip]
    : ['/bin/sh', '-c', zip];
  const { wallMs } = await runChild(cmd);
  const run: ZipRun = { wallMs, size: fs.statSync(out).size };
  const m = hasTime ? /^([\d.]+) ([\d.]+) (\d+)/.exec(fs.readFileSync(timeFile, 'utf8').trim()) : null;
  if (m) {
    run.cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
    run.maxRssKb = Number(m[3]);
  }
  return run;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface TreeResult {
  tree: string;
  files: number;
  megabytes: number;
  oursMedianMs: number;
  zipMedianMs: number;
  ratio: number;
  oursRunsMs: number[];
  zipRunsMs: number[];
  oursScanMsMedian: number;
  oursZipMsMedian: number;
  oursPeakRssMb: number;
  oursCpuMsMedian: number;
  zipCpuMsMedian?: number;
  zipPeakRssMb?: number;
  loadAverageBefore: number;
  /** 1-minute load average read before each interleaved pair of runs. */
  loadPerRun: number[];
  oursCpuRunsMs: number[];
  zipCpuRunsMs: (number | null)[];
  oursArchiveBytes: number;
  zipArchiveBytes: number;
  deterministic: boolean;
  unzipTestOk: boolean;
}

async function benchTree(name: string, info: TreeInfo, work: string, runs: number): Promise<TreeResult> {
  const load = +os.loadavg()[0]!.toFixed(2);
  const oursOut = path.join(work, `${name}-ours.zip`);
  const zipOut = path.join(work, `${name}-infozip.zip`);
  const ours: OursRun[] = [];
  const zips: ZipRun[] = [];
  const loads: number[] = [];
  // Warm the page cache once for both, untimed.
  await runInfoZip(info.dir, zipOut);
  for (let i = 0; i < runs; i++) {
    loads.push(+os.loadavg()[0]!.toFixed(2));
    // Alternate who goes first so neither always gets the warmer cache / quieter machine.
    if (i % 2 === 0) {
      ours.push(await runOurs(info.dir, oursOut));
      zips.push(await runInfoZip(info.dir, zipOut));
    } else {
      zips.push(await runInfoZip(info.dir, zipOut));
      ours.push(await runOurs(info.dir, oursOut));
    }
    process.stderr.write(
      `  ${name} run ${i + 1}: ours ${ours[i]!.wallMs.toFixed(0)} ms (cpu ${ours[i]!.cpuMs.toFixed(0)}), zip ${zips[i]!.wallMs.toFixed(0)} ms (cpu ${zips[i]!.cpuMs?.toFixed(0) ?? '?'}), load ${os.loadavg()[0]!.toFixed(2)}\n`,
    );
  }
  const unzip = spawnSync('/usr/bin/unzip', ['-tq', oursOut], { encoding: 'utf8' });
  const oursMedianMs = median(ours.map((r) => r.wallMs));
  const zipMedianMs = median(zips.map((r) => r.wallMs));
  return {
    tree: name,
    files: info.files,
    megabytes: +(info.bytes / 1048576).toFixed(1),
    oursMedianMs: Math.round(oursMedianMs),
    zipMedianMs: Math.round(zipMedianMs),
    ratio: +(zipMedianMs / oursMedianMs).toFixed(2),
    oursRunsMs: ours.map((r) => Math.round(r.wallMs)),
    zipRunsMs: zips.map((r) => Math.round(r.wallMs)),
    oursScanMsMedian: Math.round(median(ours.map((r) => r.scanMs))),
    oursZipMsMedian: Math.round(median(ours.map((r) => r.zipMs))),
    oursPeakRssMb: +(Math.max(...ours.map((r) => r.maxRssKb)) / 1024).toFixed(1),
    oursCpuMsMedian: Math.round(median(ours.map((r) => r.cpuMs))),
    ...(zips.every((z) => z.cpuMs !== undefined)
      ? {
          zipCpuMsMedian: Math.round(median(zips.map((z) => z.cpuMs!))),
          zipPeakRssMb: +(Math.max(...zips.map((z) => z.maxRssKb!)) / 1024).toFixed(1),
        }
      : {}),
    loadAverageBefore: load,
    loadPerRun: loads,
    oursCpuRunsMs: ours.map((r) => Math.round(r.cpuMs)),
    zipCpuRunsMs: zips.map((z) => (z.cpuMs === undefined ? null : Math.round(z.cpuMs))),
    oursArchiveBytes: ours[0]!.size,
    zipArchiveBytes: zips[0]!.size,
    deterministic: ours.every((r) => r.sha === ours[0]!.sha),
    unzipTestOk: unzip.status === 0,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--pack') return childPack(args[1]!, args[2]!);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-packaging-'));
  try {
    process.stderr.write(`generating trees in ${work}\n`);
    const nm = generateNodeModules(path.join(work, 'node-modules-tree'));
    const bin = generateBinaries(path.join(work, 'binary-tree'));
    const results = [
      await benchTree('node_modules-like', nm, work, runs),
      await benchTree('large-binaries', bin, work, runs),
    ];
    const header = [
      'tree',
      'files',
      'MB',
      'ours ms',
      'zip -r ms',
      'ratio',
      'cpu ours/zip ms',
      'load',
      'peak RSS MB',
      'ours zip MB',
      'Info-ZIP MB',
      'same sha',
      'unzip -t',
    ];
    const rows = results.map((r) => [
      r.tree,
      String(r.files),
      String(r.megabytes),
      String(r.oursMedianMs),
      String(r.zipMedianMs),
      `${r.ratio}x`,
      `${r.oursCpuMsMedian}/${r.zipCpuMsMedian ?? '?'}`,
      String(r.loadAverageBefore),
      String(r.oursPeakRssMb),
      (r.oursArchiveBytes / 1048576).toFixed(1),
      (r.zipArchiveBytes / 1048576).toFixed(1),
      r.deterministic ? 'yes' : 'NO',
      r.unzipTestOk ? 'ok' : 'FAIL',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    const summary = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.availableParallelism(),
      loadavg: os.loadavg(),
      nativeCrc32: hasNativeCrc32,
      runs,
      goals: { ratioAtLeast: 1.8, peakRssMbBelow: 250 },
      results,
    };
    const outFile = path.join(__dirname, '..', '..', 'bench', 'results', 'packaging.json');
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, JSON.stringify(summary, null, 2) + '\n');
    console.log(
      `goal ratio >= 1.8x: ${results[0]!.ratio >= 1.8 ? 'met' : 'NOT met'} (${results[0]!.ratio}x); peak RSS < 250 MB: ${results.every((r) => r.oursPeakRssMb < 250) ? 'met' : 'NOT met'}`,
    );
    console.log(`wrote ${outFile}`);
  } finally {
    if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
