'use client'
import { PublishButton, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { isEditorUser } from '../access/roles'
import { availableMoves } from '../domain/workflow/availableMoves'
import { isWorkflowStage } from '../domain/workflow/stages'

/**
 * Payload's own Publish button, shown only when the signed-in user may publish the story from
 * its stage now; writers never see it. The server refuses a publish it does not allow anyway.
 */
export const PublishWhenAllowed = () => {
  const { user } = useAuth()
  const { hasPublishedDoc } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.workflowStage?.value)
  if (!isEditorUser(user as { role?: string } | null)) return null
  const current = isWorkflowStage(stage) ? stage : 'draft'
  const canPublish = availableMoves({
    stage: current,
    actor: { kind: 'editor' },
    isLive: hasPublishedDoc,
  }).some((move) => move.to === 'published')
  return canPublish ? <PublishButton /> : null
}
