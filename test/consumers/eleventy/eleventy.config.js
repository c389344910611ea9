import { renderPage } from 'ketamine-widgets/ssr.js';

export default function (eleventyConfig) {
  // Every HTML page: the ketamine-* widgets become declarative shadow DOM, the rest stays as written.
  eleventyConfig.addTransform('ketamine-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? renderPage(content) : content;
  });
  // The CDN file (every widget plus Lit's hydrate support) beside the pages.
  eleventyConfig.addPassthroughCopy({ 'node_modules/ketamine-widgets/dist/cdn/ketamine-widgets.js': 'ketamine-widgets.js' });
  eleventyConfig.ignores.add('README.md');
}
