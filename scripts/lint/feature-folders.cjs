// The API's feature folders (apps/api/src/<folder>) must not import each other in a cycle: each
// feature is then a layer that can be read, tested and changed knowing only what is below it.
// ESLint's import-x/no-cycle proves it for files; this proves it for folders. Counted: every
// runtime import between two folders. Not counted: type-only imports (erased at compile time) and
// imports of `*.entity.ts` files — the entities are one schema whose TypeORM relations point
// both ways by design (a session names its person, a person's deactivation ends its sessions).
const { readdirSync, readFileSync } = require('node:fs');
const { dirname, join, normalize, relative, sep } = require('node:path');
const ts = require('typescript');

/** The runtime, non-entity relative import specifiers of one TypeScript source. */
function runtimeImports(fileName, source) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.') || /\.entity$/.test(specifier)) continue;
    if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
    }
    specifiers.push(specifier);
  }
  return specifiers;
}

/**
 * The folder-level import cycles among `sources` (path relative to the source root → text), each
 * as the folders in it and one import that makes each of its edges. Empty when there are none.
 */
function featureFolderCycles(sources) {
  const edges = new Map(); // folder → Map(folder → example "file imports specifier")
  for (const [path, source] of sources) {
    const parts = path.split(/[\\/]/);
    if (parts.length < 2) continue; // app.module.ts and friends compose the features: not a feature
    const from = parts[0];
    for (const specifier of runtimeImports(path, source)) {
      const target = normalize(join(dirname(path), specifier)).split(sep);
      if (target.length < 2 || target[0] === '..' || target[0] === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(target[0])) edges.get(from).set(target[0], `${path} imports ${specifier}`);
    }
  }
  // Tarjan's strongly connected components: any component of two or more folders is a cycle.
  let index = 0;
  const indices = new Map();
  const lowLinks = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (folder) => {
    indices.set(folder, index);
    lowLinks.set(folder, index);
    index += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowLinks.set(folder, Math.min(lowLinks.get(folder), lowLinks.get(next)));
      } else if (onStack.has(next)) {
        lowLinks.set(folder, Math.min(lowLinks.get(folder), indices.get(next)));
      }
    }
    if (lowLinks.get(folder) !== indices.get(folder)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) {
      const inside = new Set(component);
      const imports = component.flatMap((a) =>
        [...(edges.get(a) ?? new Map())].filter(([b]) => inside.has(b)).map(([, example]) => example),
      );
      cycles.push({ folders: component.sort(), imports: imports.sort() });
    }
  };
  for (const folder of [...edges.keys()].sort()) if (!indices.has(folder)) visit(folder);
  return cycles;
}

/** Every non-test TypeScript source under `sourceRoot`, keyed by its path relative to it. */
function readSources(sourceRoot) {
  const sources = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        sources.set(relative(sourceRoot, path), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(sourceRoot);
  return sources;
}

module.exports = { featureFolderCycles, readSources, runtimeImports };
