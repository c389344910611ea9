// "Production build" of a plain page: the page and the package's CDN file, side by side.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

mkdirSync('dist', { recursive: true });
copyFileSync('index.html', 'dist/index.html');
copyFileSync(fileURLToPath(import.meta.resolve('ketamine-widgets/cdn/ketamine-widgets.js')), 'dist/ketamine-widgets.js');
