'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { StageBadge } from './StageBadge'

/** The Stage column of the articles list. */
export const StageCell = ({ cellData }: DefaultCellComponentProps) => (
  <StageBadge stage={cellData} />
)
