export declare function reserveTable(): Record<string, { filter: string; vocab: string; items: string; ids: string }>;
