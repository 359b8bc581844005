'use client'
import type { SelectFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import {
  Button,
  FieldError,
  useAuth,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import React, { useState } from 'react'

import { isEditorUser } from '../access/roles'
import { availableMoves } from '../domain/workflow/availableMoves'
import { isWorkflowStage } from '../domain/workflow/stages'
import type { WorkflowStage } from '../domain/workflow/stages'
import type { Actor, Transition } from '../domain/workflow/transitions'
import { StageBadge } from './StageBadge'
import { WORKFLOW_MOVED_EVENT } from './workflowEvents'

const BUTTON_LABELS: Record<string, string> = {
  'submit for review': 'Submit for review',
  'resubmit for review': 'Resubmit for review',
  approve: 'Approve',
  'send back': 'Send back…',
  publish: 'Publish',
  schedule: 'Schedule',
  'cancel the schedule': 'Cancel the schedule',
  unpublish: 'Unpublish',
  'publish a revision': 'Publish the revision',
  rework: 'Rework as a draft',
  republish: 'Republish',
}

type User = { id: number | string; role?: null | string }

/** What the request must carry for the server's workflow hook to read it as this move. */
const requestFor = (to: WorkflowStage) => {
  if (to === 'published') return { isDraft: false, status: 'published' }
  // Unpublishing takes the live version down, so it is not a draft save.
  if (to === 'unpublished') return { isDraft: false, status: 'draft' }
  return { isDraft: true, status: 'draft' }
}

/**
 * The stage of the story and the moves the signed-in user may make from it, in place of the
 * stage dropdown. The buttons offer only what the server's rules allow (the same
 * `checkTransition`); the server checks every move again and its refusals show as usual.
 */
export const WorkflowPanel: SelectFieldClientComponent = ({ path }) => {
  const { value: stage, setValue: setStage } = useField<string>({ path })
  const { value: note, setValue: setNote } = useField<null | string>({ path: 'workflowNote' })
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const { user } = useAuth<User>()
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { submit } = useForm()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [isSendingBack, setIsSendingBack] = useState(false)
  const [noteDraft, setNoteDraft] = useState('')
  const [isBusy, setIsBusy] = useState(false)

  const current: WorkflowStage = isWorkflowStage(stage) ? stage : 'draft'
  const ownerId =
    createdBy && typeof createdBy === 'object' && 'id' in createdBy ? createdBy.id : createdBy
  const actor: Actor = isEditorUser(user)
    ? { kind: 'editor' }
    : { kind: 'writer', isOwner: ownerId != null && String(ownerId) === String(user?.id) }
  const moves = id ? availableMoves({ stage: current, actor, isLive: hasPublishedDoc }) : []

  const move = async (transition: Transition, withNote?: string) => {
    const { isDraft, status } = requestFor(transition.to)
    const search = `?depth=0${isDraft ? '&draft=true' : ''}`
    const overrides: Record<string, unknown> = { workflowStage: transition.to, _status: status }
    if (withNote !== undefined) overrides.workflowNote = withNote
    setIsBusy(true)
    try {
      const result = await submit({
        action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}${search}` }),
        method: 'PATCH',
        overrides,
        // Going live runs the client-side checks too; the content gates run on the server.
        skipValidation: isDraft,
      })
      if (result?.res?.ok) {
        // Keep the form in step without marking it modified, so autosave does not resend it.
        setStage(transition.to, true)
        if (withNote !== undefined) setNote(withNote, true)
        setIsSendingBack(false)
        setNoteDraft('')
        window.dispatchEvent(new Event(WORKFLOW_MOVED_EVENT))
      }
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div className="workflow-panel" data-stage={current} style={{ marginBottom: '24px' }}>
      <div style={{ alignItems: 'center', display: 'flex', gap: '8px', marginBottom: '8px' }}>
        <strong>Stage</strong>
        <StageBadge stage={current} />
      </div>
      <FieldError path={path} />
      {current === 'changes_requested' && note ? (
        <p
          className="workflow-panel__note"
          role="note"
          style={{ background: '#fee2e2', borderRadius: '4px', color: '#7f1d1d', padding: '8px' }}
        >
          <strong>Changes requested:</strong> {note}
        </p>
      ) : null}
      {!id ? <p>Save the story to start its workflow.</p> : null}
      {id && moves.length === 0 ? (
        <p className="workflow-panel__none">No move is yours to make at this stage.</p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px' }}>
        {moves.map((transition) =>
          transition.needsNote ? (
            <Button
              buttonStyle="secondary"
              disabled={isBusy}
              key={transition.to}
              onClick={() => setIsSendingBack(true)}
              size="small"
            >
              {BUTTON_LABELS[transition.name] ?? transition.name}
            </Button>
          ) : (
            <Button
              buttonStyle={transition.to === 'published' ? 'primary' : 'secondary'}
              disabled={isBusy}
              key={transition.to}
              onClick={() => void move(transition)}
              size="small"
            >
              {BUTTON_LABELS[transition.name] ?? transition.name}
            </Button>
          ),
        )}
      </div>
      {isSendingBack ? (
        <div className="workflow-panel__send-back" style={{ marginTop: '8px' }}>
          <label htmlFor="workflow-send-back-note">What needs to change?</label>
          <textarea
            id="workflow-send-back-note"
            onChange={(event) => setNoteDraft(event.target.value)}
            rows={3}
            style={{ width: '100%' }}
            value={noteDraft}
          />
          <Button
            buttonStyle="primary"
            disabled={isBusy || noteDraft.trim() === ''}
            onClick={() => {
              const back = moves.find((transition) => transition.needsNote)
              if (back) void move(back, noteDraft.trim())
            }}
            size="small"
          >
            Send back with this note
          </Button>
          <Button buttonStyle="secondary" onClick={() => setIsSendingBack(false)} size="small">
            Cancel
          </Button>
        </div>
      ) : null}
    </div>
  )
}
