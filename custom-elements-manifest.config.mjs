// Custom Elements Manifest (custom-elements.json): what editors, Storybook and the generated Vue and
// Svelte typings read. It describes the PUBLISHED files: module paths under dist/ as built (see
// scripts/package-entries.mjs), one definition per real tag, typed events, and no private or
// protected members.
import { builtModules, distPath } from './scripts/package-entries.mjs';

/** Event types the JSDoc `@fires` lines do not spell out (the names are exported from the package index). */
const EVENT_TYPES = {
  'ketamine-error': 'CustomEvent<KetamineErrorDetail>',
  'ketamine-faq-toggle': 'CustomEvent<FaqToggleDetail>',
};

const isPublic = (member) => !member.privacy || member.privacy === 'public';
const isInternalName = (name = '') => name.startsWith('#') || name.startsWith('_');

function publishedManifest() {
  return {
    name: 'ketamine-published-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module: mod.path });
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter(
            // Static members (`styles`, the bundled data slice) are implementation, not the element's API.
            (m) => isPublic(m) && !isInternalName(m.name) && !m.static,
          );
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !isInternalName(a.fieldName));
          for (const event of declaration.events ?? []) {
            const known = EVENT_TYPES[event.name];
            if (known && !event.type?.text?.includes('<')) event.type = { text: known };
          }
        }
        // `customElements.define(tag, constructor)` inside the define helper is not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(e.name));
      }
      // The definitions: each src/<widget>/<widget>.ts registers its class's tag (via defineElement).
      for (const mod of manifest.modules) {
        const widget = /^src\/([\w-]+)\/\1\.ts$/.exec(mod.path)?.[1];
        if (!widget) continue;
        const classExport = (mod.exports ?? []).find((e) => e.kind === 'js' && classes.get(e.declaration?.name)?.declaration.tagName);
        if (!classExport) continue;
        const { declaration, module } = classes.get(classExport.declaration.name);
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName)) {
          mod.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module } });
        }
      }
      // Every source path becomes the published file's path.
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string' && /^\/?src\//.test(inner)) {
            // Superclass references come as `/src/….js`.
            value[key] = distPath(inner.replace(/^\//, '').replace(/\.js$/, '.ts'));
          }
          else rewrite(inner);
        }
      };
      // Modules with nothing in them are TypeScript types only (no JavaScript file is built): drop
      // them and the type re-exports that point at them.
      // So are modules no entry imports (Storybook builder code, the CDN loader): not in the npm build.
      const built = builtModules();
      const typeOnly = new Set(manifest.modules.filter((m) => (!m.declarations?.length && !m.exports?.length) || !built.has(m.path)).map((m) => m.path));
      manifest.modules = manifest.modules.filter((m) => !typeOnly.has(m.path));
      // Re-exports name their source relative to the re-exporting module (`./faq/faq.js`): resolve them first.
      for (const mod of manifest.modules) {
        for (const e of mod.exports ?? []) {
          const target = e.declaration?.module;
          if (target?.startsWith('.')) e.declaration.module = new URL(target, `file:///${mod.path}`).pathname.slice(1).replace(/\.js$/, '.ts');
        }
        mod.exports = (mod.exports ?? []).filter((e) => !typeOnly.has(e.declaration?.module));
      }
      rewrite(manifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Not in the npm build's JavaScript: the CDN loader (dist/cdn/) and the JSX typings (types only).
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/loader*.ts', 'src/react/jsx.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publishedManifest()],
};
