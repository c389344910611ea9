// Typed <ketamine-*> tags in markup.
import type {} from 'ketamine-widgets/svelte.js';
