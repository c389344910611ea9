// Typed <ketamine-*> tags in templates.
import type {} from 'ketamine-widgets/vue.js';
