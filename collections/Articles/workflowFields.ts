import type { Field } from 'payload'

import { isEditorField } from '../../src/access/isEditor'
import { isStaffField } from '../../src/access/isStaff'
import { STAGE_LABELS, WORKFLOW_STAGES } from '../../src/domain/workflow/stages'

const nobodyWrites = { create: () => false, update: () => false }

/**
 * The editorial workflow's fields. First in the sidebar: the stage (moved by the workflow hooks,
 * which check every move; shown as a badge with the moves the user may make) and the note that
 * went with the last move.
 */
export const workflowStageFields: Field[] = [
  {
    name: 'workflowStage',
    label: 'Stage',
    type: 'select',
    // Not `required`: the workflow hook always sets it, and clients never have to send it.
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: stage })),
    admin: {
      position: 'sidebar',
      description: 'Move the story on and save; Publish and Unpublish move it too.',
      // A badge and the moves the signed-in user may make, in place of a dropdown of every stage.
      components: {
        Field: '/admin/WorkflowPanel#WorkflowPanel',
        Cell: '/admin/StageCell#StageCell',
      },
    },
  },
  {
    name: 'workflowNote',
    label: 'Note for this stage change',
    type: 'textarea',
    // Internal: what the editor asked for is not for readers.
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description: 'Required when sending a story back; kept in the editorial log.',
    },
  },
]

/** The rest: who filed the story, the schedule, the editorial log and the corrections. */
export const workflowFields: Field[] = [
  {
    name: 'createdBy',
    label: 'Filed by',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    // Set from the signed-in account when the story is created; nobody can claim a story later.
    access: { ...nobodyWrites, read: isStaffField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'publishAt',
    label: 'Publish at',
    type: 'date',
    access: { create: isEditorField, update: isEditorField, read: isStaffField },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: 'The embargo: set it and move the story to Scheduled.',
    },
  },
  {
    name: 'unpublishAt',
    label: 'Take down at',
    type: 'date',
    access: { create: isEditorField, update: isEditorField, read: isStaffField },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'editorialLog',
    type: 'ui',
    admin: { components: { Field: '/admin/EditorialLogView#EditorialLogView' } },
  },
  {
    name: 'corrections',
    type: 'array',
    access: { create: isEditorField, update: isEditorField },
    admin: {
      description: 'Printed under the story. Added after publication; never edited or removed.',
    },
    fields: [
      { name: 'text', type: 'textarea', required: true },
      {
        name: 'date',
        type: 'date',
        required: true,
        defaultValue: () => new Date().toISOString(),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
