import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '../collections/Articles/index'
import { DeliveryListEntries } from '../collections/DeliveryListEntries'
import { DeliveryStories } from '../collections/DeliveryStories'
import { EditorialLog } from '../collections/EditorialLog'
import { Media } from '../collections/Media'
import { Organizations } from '../collections/Organizations'
import { People } from '../collections/People'
import { PreviewKeys } from '../collections/PreviewKeys'
import { Sections } from '../collections/Sections'
import { Tags } from '../collections/Tags'
import { Users } from '../collections/Users'
import { keepInternalWritesToStaff } from './access/keepInternalWritesToStaff'
import { hasRole } from './access/roles'
import { databaseAdapter } from './database/adapter'
import {
  databaseUnavailableAfterError,
  saveConflictAfterError,
  surviveDatabaseOutages,
} from './database/outages'
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './graphql/limits'
import { listCostRule } from './graphql/listCostRule'
import { maxDepthRule } from './graphql/maxDepthRule'
import { representationChanges } from './publishing/representationChanged'
import { contentVersionPlugin } from './readCache/contentVersion'
import { keepDeliveryModel } from './readCache/delivery/writes'
import { relatedArticlesQueries } from './related/relatedArticlesQuery'
import { keepSearchIndex } from './search/keepSearchIndex'
import { searchPlugin } from './search/plugin'
import { webhooksPlugin } from './webhooks/plugin'
import { queueWebhooks } from './webhooks/queueWebhooks'
import {
  databaseUrl,
  graphQLDocumentLimits,
  isDeployment,
  isGraphQLIntrospectionOn,
  isGraphQLPlaygroundOn,
  jobsMode,
  logLevel,
  postgresPreparedStatements,
  serverUrl,
} from './settings'
import { WORKFLOW_QUEUE, carryOutSchedule } from './workflow/carryOutSchedule'

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
    // Gravatar would call out to a third party on every page; newsrooms keep staff lists private.
    avatar: 'default',
    // The desk's queues in place of Payload's cards of collections (src/admin/DeskDashboard.tsx).
    components: { views: { dashboard: { Component: '/admin/DeskDashboard#DeskDashboard' } } },
  },
  collections: [
    Articles,
    EditorialLog,
    Media,
    People,
    Organizations,
    Tags,
    Sections,
    Users,
    PreviewKeys,
    DeliveryStories,
    DeliveryListEntries,
  ],
  editor: lexicalEditor(),
  // A deployment logs JSON lines for its log collector; a developer gets Payload's pretty output.
  logger: isDeployment() ? { options: { level: logLevel() } } : undefined,
  db: databaseAdapter(databaseUrl(), { preparedStatements: postgresPreparedStatements() }),
  // A database outage answers 503 in words, not 500 "Something went wrong."; a lost MongoDB write
  // conflict 409 "try again".
  hooks: { afterError: [databaseUnavailableAfterError, saveConflictAfterError] },
  onInit: surviveDatabaseOutages,
  sharp,
  // Browsers may only call the API with cookies from the CMS's own origin.
  cors: [origin],
  csrf: [origin],
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  graphQL: {
    schemaOutputFile: path.resolve(here, '..', 'schema.graphql'),
    // On outside a deployment (`npm start` included); in a deployment each needs its switch.
    disableIntrospectionInProduction: !isGraphQLIntrospectionOn(),
    disablePlaygroundInProduction: !isGraphQLPlaygroundOn(),
    maxComplexity: MAX_QUERY_COMPLEXITY,
    validationRules: (args) => [
      maxDepthRule(MAX_QUERY_DEPTH),
      listCostRule(graphQLDocumentLimits().maxCost, args.variableValues),
    ],
    queries: relatedArticlesQueries,
  },
  typescript: {
    outputFile: path.resolve(here, 'payload-types.ts'),
  },
  jobs: {
    tasks: [carryOutSchedule],
    // Due schedules go out within five seconds. Payload starts this timer on the first request
    // whatever the server asked, so JOBS=off is honoured here, on every tick.
    autoRun: [{ cron: '*/5 * * * * *', queue: WORKFLOW_QUEUE, limit: 20 }],
    shouldAutoRun: () => jobsMode() === 'run',
    // Jobs act with access overridden, so only admins may run, queue or cancel them by hand.
    access: {
      run: ({ req }) => hasRole(req.user, 'admin'),
      queue: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
  },
  // Every write readers could see moves the read cache's content version on, and every change to a
  // story's public representation is told to those that keep a copy or pass it on (the delivery
  // read model, the search index, webhooks).
  plugins: [
    contentVersionPlugin,
    representationChanges([keepDeliveryModel, keepSearchIndex, queueWebhooks]),
    searchPlugin,
    webhooksPlugin,
  ],
  telemetry: false,
}).then(keepInternalWritesToStaff)
