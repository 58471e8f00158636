// The import graph of the product code, folder by folder: every relative
// import in a .ts file is an edge from the importing file's folder to the
// imported file's folder, counted. Shows which rooms talk to which, and how
// many doors lead into the simulator's inside rather than through its index.
//
//   node scripts/import-graph.mjs              text (default)
//   node scripts/import-graph.mjs --mermaid    a mermaid flowchart
//   node scripts/import-graph.mjs --tests      include test/ and bench/
//
// Parsing uses TypeScript's own pre-processor, so comments and strings that
// merely look like imports are not counted.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const mermaid = process.argv.includes('--mermaid');
const withTests = process.argv.includes('--tests');
const productRoots = ['simulator', 'language-server', 'cli', 'extension', 'interop'];
const roots = withTests ? [...productRoots, 'test', 'bench'] : productRoots;
const skipped = new Set(['node_modules', 'out', 'generated']);

function* typeScriptFiles(dir) {
    let entries;
    try {
        entries = readdirSync(dir);
    } catch {
        return;
    }
    for (const entry of entries) {
        if (skipped.has(entry)) continue;
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) yield* typeScriptFiles(path);
        else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) yield path;
    }
}

const posix = (path) => path.split(sep).join('/');
const folderOf = (file) => posix(relative(root, dirname(file))) || '.';

function resolveImport(fromFile, specifier) {
    const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
    for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
        try {
            if (statSync(candidate).isFile()) return candidate;
        } catch {
            // not this one
        }
    }
    return `${base}.ts`;
}

const edges = new Map();
const deepSimulatorImports = new Map();
let files = 0;
for (const top of roots) {
    for (const file of typeScriptFiles(join(root, top))) {
        files++;
        const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
        for (const { fileName } of info.importedFiles) {
            if (!fileName.startsWith('.')) continue;
            const target = resolveImport(file, fileName);
            const from = folderOf(file);
            const to = folderOf(target);
            const targetPath = posix(relative(root, target));
            const insideSimulator = posix(relative(root, file)).startsWith('simulator/');
            if (!insideSimulator && targetPath.startsWith('simulator/') && targetPath !== 'simulator/index.ts') {
                deepSimulatorImports.set(targetPath, (deepSimulatorImports.get(targetPath) ?? 0) + 1);
            }
            if (from === to) continue;
            const key = `${from}\u0000${to}`;
            edges.set(key, (edges.get(key) ?? 0) + 1);
        }
    }
}

const sorted = [...edges].map(([key, count]) => [...key.split('\u0000'), count]).sort(([a1, b1], [a2, b2]) => a1.localeCompare(a2) || b1.localeCompare(b2));

if (mermaid) {
    const id = (folder) => folder.replace(/[^A-Za-z0-9]/g, '_');
    const lines = ['flowchart LR'];
    const nodes = new Set(sorted.flatMap(([from, to]) => [from, to]));
    for (const node of [...nodes].sort()) lines.push(`    ${id(node)}["${node}"]`);
    for (const [from, to, count] of sorted) lines.push(`    ${id(from)} -->|${count}| ${id(to)}`);
    console.log(lines.join('\n'));
} else {
    const width = Math.max(...sorted.map(([from]) => from.length));
    console.log(`# import graph: ${files} files under ${roots.join(', ')}; folder -> folder: imports`);
    for (const [from, to, count] of sorted) console.log(`${from.padEnd(width)} -> ${to}: ${count}`);
    const deepTotal = [...deepSimulatorImports.values()].reduce((a, b) => a + b, 0);
    console.log(`\n# imports into simulator/ from outside that bypass simulator/index.ts: ${deepTotal} into ${deepSimulatorImports.size} files`);
    for (const [target, count] of [...deepSimulatorImports].sort(([a], [b]) => a.localeCompare(b))) console.log(`${target}: ${count}`);
}
