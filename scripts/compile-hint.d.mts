/** V8's explicit compile hint: see compile-hint.mjs. */
export declare const COMPILE_HINT: string;
