import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '../collections/Articles/index.js'
import { Media } from '../collections/Media.js'
import { Organizations } from '../collections/Organizations.js'
import { People } from '../collections/People.js'
import { Sections } from '../collections/Sections.js'
import { Tags } from '../collections/Tags.js'
import { Users } from '../collections/Users.js'
import { databaseAdapter } from './database.js'
import { databaseUrl, serverUrl } from './settings.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const origin = serverUrl()

export default buildConfig({
  serverURL: origin,
  // The start script (src/start.ts) sets a generated secret outside deployments.
  secret: process.env.PAYLOAD_SECRET ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: here },
    meta: { titleSuffix: ' · Newsroom CMS' },
  },
  collections: [Articles, Media, People, Organizations, Tags, Sections, Users],
  editor: lexicalEditor(),
  db: databaseAdapter(databaseUrl()),
  sharp,
  // Browsers may only call the API with cookies from the CMS's own origin.
  cors: [origin],
  csrf: [origin],
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  graphQL: {
    schemaOutputFile: path.resolve(here, '..', 'schema.graphql'),
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
  },
  typescript: {
    outputFile: path.resolve(here, 'payload-types.ts'),
  },
  telemetry: false,
})
