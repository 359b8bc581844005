'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { positionLabel } from '../domain/registry/positionYears'

interface PositionRow {
  title?: null | string
  from?: null | string
  to?: null | string
}

/** A position's row: its title and the years it was held, as the form has them now. */
export const PositionRowLabel = () => {
  const { data } = useRowLabel<PositionRow>()
  return <span className="position-row-label">{positionLabel(data ?? {})}</span>
}
