import type { CollectionConfig } from 'payload'

import { canEditArticle } from '../../src/access/canEditArticle'
import { isEditor } from '../../src/access/isEditor'
import { isStaff } from '../../src/access/isStaff'
import { publishedOrDraftReader } from '../../src/access/publishedOrDraftReader'
import { isSeededField } from '../../src/fields/isSeeded'
import { needsReviewField } from '../../src/fields/needsReview'
import { newsroomSlugField } from '../../src/fields/slug'
import { importEndpoint } from '../../src/importing/importEndpoint'
import { newsStandardsEndpoints } from '../../src/publishing/newsStandardsEndpoints'
import { relatedArticlesEndpoint } from '../../src/related/relatedArticlesEndpoint'
import { articleLivePreviewUrl, articlePreviewUrl } from '../../src/site/previewUrl'
import { searchTheArticleList } from '../../src/search/articleListSearch'
import { settleWorkflow } from '../../src/workflow/settleWorkflow'
import { releaseAfterError, releaseAfterWrite } from '../../src/workflow/writeHold'
import { AUTOSAVE_INTERVAL_MS } from './autosave'
import { bodyImagesField } from './bodyImages'
import { captureWriteIntent } from './hooks/captureWriteIntent'
import { hideUnpublishedRelatedLinks } from './hooks/hideUnpublishedRelatedLinks'
import { queueScheduledChanges } from './hooks/queueScheduledChanges'
import { readersReadPublished } from './hooks/readersReadPublished'
import { recordInEditorialLog } from './hooks/recordInEditorialLog'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { importNotesField } from './importNotes'
import { newsStandardsFields } from './newsStandardsFields'
import { quotesField } from './quotes'
import { relatedLinksField } from './relatedLinks'
import { sourceField } from './source'
import { wirePhotoField } from './wirePhoto'
import { workflowFields, workflowStageFields } from './workflowFields'

/** What the admin's list search box matches a part of; full-text search widens it for staff. */
const LIST_SEARCH_FIELDS = ['headline', 'slug']

/** A story: what readers see, who and what it is about, and where it came from. */
export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'headline',
    defaultColumns: [
      'headline',
      'workflowStage',
      'section',
      'authors',
      'updatedAt',
      'publishedAt',
      'needsReview',
    ],
    listSearchableFields: LIST_SEARCH_FIELDS,
    components: {
      beforeListTable: [
        '/admin/ImportWirePages#ImportWirePages',
        '/admin/StageTabs#StageTabs',
        '/admin/ReviewTabs#ReviewTabs',
      ],
      // Writers, and editors at a stage that cannot go live yet, never see Publish.
      edit: { PublishButton: '/admin/PublishWhenAllowed#PublishWhenAllowed' },
    },
    // The story's reader page showing its latest draft, through a short-lived signed link.
    preview: articlePreviewUrl,
    // The same page beside the form, refreshed after every save (autosave included).
    livePreview: { url: articleLivePreviewUrl },
  },
  // Payload's default, stated: a story open in one editor's admin shows as locked to the rest.
  lockDocuments: { duration: 300 },
  defaultSort: '-updatedAt',
  // A front end's lists: a section's latest published stories (walked in order, stopping at the
  // page, and counted from the index alone), and the latest published across the site.
  indexes: [
    { fields: ['section', '_status', 'publishedAt'] },
    { fields: ['_status', 'publishedAt'] },
  ],
  access: {
    read: publishedOrDraftReader,
    readVersions: isStaff,
    create: isStaff,
    update: canEditArticle,
    delete: isEditor,
  },
  versions: {
    maxPerDoc: 50,
    // The explicit Save draft button beside autosave: a writer knows when the draft is saved.
    drafts: { autosave: { interval: AUTOSAVE_INTERVAL_MS, showSaveDraftButton: true } },
  },
  hooks: {
    beforeOperation: [
      readersReadPublished,
      captureWriteIntent,
      searchTheArticleList(LIST_SEARCH_FIELDS),
    ],
    // The workflow settles the stage and status first; stampPublishedAt reads the status.
    beforeChange: [settleWorkflow, stampPublishedAt],
    // releaseAfterWrite last: a save holds its article until it is fully written.
    afterChange: [recordInEditorialLog, queueScheduledChanges, releaseAfterWrite],
    afterError: [releaseAfterError],
    afterRead: [hideUnpublishedRelatedLinks],
  },
  endpoints: [relatedArticlesEndpoint, ...newsStandardsEndpoints, importEndpoint],
  fields: [
    { name: 'headline', type: 'text', required: true },
    newsroomSlugField('headline'),
    {
      name: 'standfirst',
      type: 'textarea',
      admin: { description: 'The one or two sentences under the headline.' },
    },
    { name: 'body', type: 'richText' },
    bodyImagesField,
    {
      name: 'dateline',
      type: 'group',
      admin: { description: 'Where and when the story was filed.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'place', type: 'text' },
            {
              name: 'filedAt',
              label: 'Date and time',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
      ],
    },
    {
      name: 'leadImage',
      type: 'upload',
      relationTo: 'media',
    },
    wirePhotoField,
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      index: true,
    },
    {
      name: 'people',
      label: 'People mentioned',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      index: true,
    },
    {
      name: 'organizations',
      label: 'Organisations mentioned',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      index: true,
    },
    relatedLinksField,
    quotesField,
    ...workflowStageFields,
    {
      name: 'section',
      type: 'relationship',
      relationTo: 'sections',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publication.',
      },
    },
    {
      name: 'authors',
      label: 'Byline',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'sourceAgencies',
      label: 'Source agencies',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      filterOptions: { kind: { in: ['news_agency', 'photo_agency'] } },
      admin: { position: 'sidebar' },
    },
    sourceField,
    needsReviewField(),
    importNotesField,
    ...workflowFields,
    isSeededField(),
    ...newsStandardsFields,
  ],
}
