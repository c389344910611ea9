import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Lit and its server renderer stay plain Node modules on the server (one copy of Lit for the
  // widgets and the renderer); the package itself is bundled, so the React wrappers use Next's React.
  serverExternalPackages: ['@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  turbopack: { root: process.cwd() },
};

export default nextConfig;
