/**
 * V8's explicit compile hint (Chrome 136+; a plain comment to other engines), as the first line of a file:
 * every function in the file is compiled as it loads (while it streams in, off the main thread) rather than
 * on its first call. Right for a widget's code, which runs as soon as it loads: the code-split CDN build
 * starts each file with it (vite.config.ts), and the benchmarks bundle the FAQ with it to match.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
