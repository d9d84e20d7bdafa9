// The one byte formatter, for the tree, progress messages, notifications and the webviews. Pure.

/** `512 B`, `1.5 KB`, `184.3 MB`, `250 MB`, `1.2 GB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** The panels' form: the tree's `39.6 MB` and the exact count, `39.6 MB (41,523,364 bytes)`; `—` when unknown. */
export function formatBytesExact(n: number | undefined): string {
  if (n === undefined) return '—';
  return n < 1024 ? formatBytes(n) : `${formatBytes(n)} (${n.toLocaleString('en-US')} bytes)`;
}
