import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express server (src/server.ts) and the admin share one Payload instance only if both load
  // the same copy of these packages, so the admin bundle requires them from node_modules.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (CI runs it); checking again here only slows every
  // admin build, and would refuse to build the admin over a type error in a test or a script.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
