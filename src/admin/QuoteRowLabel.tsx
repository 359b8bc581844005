'use client'
import { useConfig, useRowLabel } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { quoteLabel } from '../domain/quotes/quoteLabel'
import { relationId } from '../fields/relationId'

interface QuoteRow {
  text?: null | string
  speaker?: unknown
  attribution?: null | string
}

// One look-up per speaker for the whole form: a story quotes the same few people many times.
const speakerNames = new Map<string, Promise<string | undefined>>()

const speakerName = (api: string, id: number | string): Promise<string | undefined> => {
  // With the slug too: a select of the name alone is the picker's, which adds the aliases.
  const url = `${api}/people/${encodeURIComponent(String(id))}?depth=0&select[name]=true&select[slug]=true`
  let name = speakerNames.get(url)
  if (!name) {
    name = fetch(url, { credentials: 'include' })
      .then(async (response) =>
        response.ok ? ((await response.json()) as { name?: string }).name : undefined,
      )
      .catch(() => undefined)
    speakerNames.set(url, name)
  }
  return name
}

/** A quote's row: who said it and its first words, kept up to date as the row is edited. */
export const QuoteRowLabel = () => {
  const { data } = useRowLabel<QuoteRow>()
  const { config } = useConfig()
  const speaker = relationId(data?.speaker)
  const [name, setName] = useState<string>()
  useEffect(() => {
    setName(undefined)
    if (speaker === null) return
    let isCurrent = true
    void speakerName(`${config.serverURL}${config.routes.api}`, speaker).then((found) => {
      if (isCurrent) setName(found)
    })
    return () => {
      isCurrent = false
    }
  }, [speaker, config.serverURL, config.routes.api])
  return (
    <span className="quote-row-label">
      {quoteLabel({ text: data?.text, speakerName: name, attribution: data?.attribution })}
    </span>
  )
}
