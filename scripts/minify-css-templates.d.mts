/** `code` with every `css\`...\`` template's static text squeezed; the same string when there is none. */
export function minifyCssTemplates(code: string): string;
/** The same as an esbuild plugin, for the project's own `.ts` sources. */
export const esbuildMinifyCss: { name: string; setup(build: unknown): void };
