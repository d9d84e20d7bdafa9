// The layering the architecture asks for, read from the sources: `vscode` only in the edge files (they register
// or render), and no import cycles between src/ files (type-only imports are erased and do not count).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const EDGE = [
  /^src\/extension\.ts$/,
  /^src\/ui\/vscode[^/]*\.ts$/,
  /^src\/tree\/lambdaTreeProvider\.ts$/,
  /^src\/webviews\/webviewPanels\.ts$/,
  /^src\/commands\/registerCommands\.ts$/,
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'app' && dir === path.join(SRC, 'webviews') ? [] : sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers of the value (runtime) imports and re-exports of a file. */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[5]) out.push(m[5]);
    else if (!m[2]) out.push(m[4]!);
  }
  return out;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

describe('layering of src/', () => {
  const files = sources(SRC);

  it('imports vscode only in the edge files', () => {
    const offenders = files
      .filter((f) => !EDGE.some((e) => e.test(rel(f))))
      .filter((f) => valueImports(f).includes('vscode'))
      .map(rel);
    assert.deepStrictEqual(offenders, []);
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const f of files) {
      graph.set(
        f,
        valueImports(f)
          .filter((s) => s.startsWith('.'))
          .map((s) => path.resolve(path.dirname(f), s) + '.ts')
          .filter((t) => fs.existsSync(t)),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    assert.deepStrictEqual(cycles, []);
  });
});
