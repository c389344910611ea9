import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  cacheComponents: true,
  // The server renderer runs in Node as published, not bundled.
  serverExternalPackages: ['ketamine-widgets', '@lit-labs/ssr'],
};

export default nextConfig;
