export declare const widgets: string[];
export declare const entries: Record<string, string>;
export declare function distPath(sourcePath: string): string;
export declare function builtModules(rootUrl?: URL): Set<string>;
