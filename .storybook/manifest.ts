// The Custom Elements Manifest as Storybook should read it: the public API only. The analyzer lists every
// member, private and protected ones included (marked with `privacy`), and each reactive property twice
// (as a field and as an attribute). Storybook turns all of them into Controls rows, so the raw manifest
// gives a docs page of 77 rows where a reader needs a dozen.

interface TypeRef {
  text?: string;
}
export interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  type?: TypeRef;
  default?: string;
  description?: string;
  attribute?: string;
  readonly?: boolean;
  parameters?: Array<{ name: string; type?: TypeRef; optional?: boolean; description?: string }>;
  return?: { type?: TypeRef };
  inheritedFrom?: { name: string };
}
export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  members?: Member[];
  attributes?: Array<{ name: string; fieldName?: string; type?: TypeRef; description?: string; default?: string }>;
  events?: Array<{ name: string; type?: TypeRef; description?: string }>;
  slots?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string; default?: string }>;
}
export interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: Declaration[]; exports?: unknown[] }>;
}

/** Type aliases the manifest names but does not expand, as the union a control can offer. */
export const typeAliases: Record<string, string> = {
  Theme: "'light' | 'dark' | 'auto'",
  FooterMode: "'compact' | 'full' | 'none'",
};

/** `string | undefined` -> `string`; a known alias -> its union. */
export function cleanType(text: string | undefined): string | undefined {
  if (!text) return text;
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.map((part) => typeAliases[part] ?? part).join(' | ');
}

/** Public, instance members only; reactive properties keep their attribute name in the description. */
export function publicMembers(declaration: Declaration): Member[] {
  return (declaration.members ?? [])
    .filter((m) => !m.static && (m.privacy === undefined || m.privacy === 'public') && !m.name.startsWith('_') && !m.name.startsWith('#'))
    .map((m) => ({ ...m, type: m.type ? { text: cleanType(m.type.text) } : m.type }));
}

/** The manifest with only the public API, and each reactive property once (as a property that names its attribute). */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!declaration.tagName) return declaration;
        const members = publicMembers(declaration).map((m) =>
          m.kind === 'field' && m.attribute
            ? { ...m, description: `${m.description ?? ''}${m.description ? ' ' : ''}Attribute: \`${m.attribute}\`.` }
            : m,
        );
        return { ...declaration, members, attributes: [] };
      }),
    })),
  };
}

export function findDeclaration(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}
