// Entry of builder.html: the builder, or (in its preview frame, `?preview`) the blank host page.
if (new URLSearchParams(location.search).has('preview')) void import('./preview.js').then((m) => m.runPreview());
else void import('./ui.js').then((m) => m.mountBuilder(document.getElementById('builder')!));
