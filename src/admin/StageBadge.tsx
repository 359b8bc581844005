import React from 'react'

import { stageLabel, stageStyle } from './stageStyle'

/** The stage of a story as a coloured pill; `data-stage` lets tests and styles find it. */
export const StageBadge = ({ stage }: { stage: unknown }) => (
  <span className="stage-badge" data-stage={String(stage ?? 'draft')} style={stageStyle(stage)}>
    {stageLabel(stage)}
  </span>
)
