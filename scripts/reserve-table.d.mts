export declare function reserveTable(): Record<string, { filter: string; vocab: string[]; sep: string; items: string; ids: string[] }>;
