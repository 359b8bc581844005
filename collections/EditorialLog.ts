import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { STAGE_LABELS, WORKFLOW_STAGES } from '../src/domain/workflow/stages'

const stageOptions = WORKFLOW_STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: stage }))

/**
 * The record of every stage change and correction: who, when, from, to and why. Entries are
 * written only by the workflow's own hooks; no API caller, admins included, can add, edit or
 * delete one.
 */
export const EditorialLog: CollectionConfig<'editorial-log'> = {
  slug: 'editorial-log',
  labels: { singular: 'Editorial log entry', plural: 'Editorial log' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'summary', 'actorName', 'note'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      // Not required: the entry outlives a deleted article, which the database then sets to empty.
    },
    {
      name: 'headline',
      type: 'text',
      admin: { description: 'As it read at the time, so the entry outlives a deleted article.' },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { label: 'Stage change', value: 'stage_change' },
        { label: 'Correction', value: 'correction' },
      ],
    },
    { name: 'fromStage', label: 'From', type: 'select', options: stageOptions },
    { name: 'toStage', label: 'To', type: 'select', options: stageOptions, required: true },
    { name: 'note', type: 'textarea' },
    {
      name: 'actor',
      label: 'Who',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Empty when the system did it (the seed, the scheduler).' },
    },
    { name: 'actorName', label: 'Who (as named then)', type: 'text' },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
