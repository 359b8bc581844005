'use client'
import { useSearchParams } from 'next/navigation'
import Link from 'next/link'
import React from 'react'

import { STAGE_LABELS, WORKFLOW_STAGES } from '../domain/workflow/stages'
import { stageStyle } from './stageStyle'

const hrefFor = (stage: null | string): string =>
  stage === null ? '?' : `?${new URLSearchParams({ 'where[workflowStage][equals]': stage })}`

/** Above the articles list: one click to see every story at a stage ("In review" for the desk). */
export const StageTabs = () => {
  const current = useSearchParams().get('where[workflowStage][equals]')
  const tabs: [null | string, string][] = [
    [null, 'All stages'],
    ...WORKFLOW_STAGES.map((stage): [string, string] => [stage, STAGE_LABELS[stage]]),
  ]
  return (
    <nav
      aria-label="Stages"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '8px', marginBottom: '16px' }}
    >
      {tabs.map(([stage, label]) => {
        const isCurrent = stage === current
        return (
          <Link
            aria-current={isCurrent ? 'page' : undefined}
            className="stage-tab"
            data-stage={stage ?? 'all'}
            href={hrefFor(stage)}
            key={label}
            style={{
              ...(stage ? stageStyle(stage) : stageStyle('unpublished')),
              outline: isCurrent ? '2px solid currentColor' : 'none',
              textDecoration: 'none',
            }}
          >
            {label}
          </Link>
        )
      })}
    </nav>
  )
}
