'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

interface FileResult {
  file: string
  isImported: boolean
  error?: string
  article?: { headline: string; slug: string; outcome: string; status: string }
  notes?: Array<{ kind: string; message: string }>
}

interface ImportAnswer {
  imported?: number
  failed?: number
  created?: number
  updated?: number
  notes?: { warning: number; newEntity: number; unattributedQuote: number }
  files?: FileResult[]
  errors?: Array<{ message: string }>
}

const REVIEW_QUERY = '?where[needsReview][equals]=true'

/**
 * Above the articles list: staff upload wire pages (and the photos named like them), see what
 * the import made of each, and land on the review queue. Drafts unless an editor ticks Publish.
 * It posts to `POST /api/articles/import` (docs/importing.md), the same import as the CLI.
 */
export const ImportWirePages = () => {
  const { user } = useAuth<{ role?: string }>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [isOpen, setIsOpen] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const [answer, setAnswer] = useState<ImportAnswer | null>(null)
  const canPublish = user?.role === 'admin' || user?.role === 'editor'

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const body = new FormData()
    const input = form.elements.namedItem('file') as HTMLInputElement
    for (const file of Array.from(input.files ?? [])) body.append('file', file, file.name)
    const isPublishing = (form.elements.namedItem('publish') as HTMLInputElement | null)?.checked
    setIsBusy(true)
    try {
      const response = await fetch(
        formatAdminURL({
          apiRoute: api,
          path: `/articles/import${isPublishing ? '?publish=true' : ''}`,
        }),
        { method: 'POST', body, credentials: 'include' },
      )
      const result = (await response.json()) as ImportAnswer
      setAnswer(result)
      if (response.ok) {
        // The review queue: what this import (and earlier ones) left for an editor to check.
        router.push(REVIEW_QUERY)
        router.refresh()
      }
    } catch (error) {
      setAnswer({ errors: [{ message: error instanceof Error ? error.message : String(error) }] })
    } finally {
      setIsBusy(false)
    }
  }

  if (!user) return null
  return (
    <section className="import-wire-pages" style={{ marginBottom: '16px' }}>
      <button
        className="btn btn--style-secondary btn--size-small"
        onClick={() => setIsOpen(!isOpen)}
        type="button"
      >
        {isOpen ? 'Close import' : 'Import wire pages'}
      </button>
      {isOpen ? (
        <form
          onSubmit={(event) => void submit(event)}
          style={{ display: 'grid', gap: '8px', marginTop: '8px' }}
        >
          <label>
            Wire pages (.txt), and any photo named like its page (story.txt, story.jpg)
            <input
              accept=".txt,text/plain,image/jpeg,image/png,image/webp"
              multiple
              name="file"
              required
              type="file"
            />
          </label>
          {canPublish ? (
            <label>
              <input name="publish" type="checkbox" /> Publish (otherwise the stories are drafts)
            </label>
          ) : null}
          <div>
            <button
              className="btn btn--style-primary btn--size-small"
              disabled={isBusy}
              type="submit"
            >
              {isBusy ? 'Importing…' : 'Import'}
            </button>
          </div>
        </form>
      ) : null}
      {answer ? <ImportSummaryView answer={answer} /> : null}
    </section>
  )
}

const ImportSummaryView = ({ answer }: { answer: ImportAnswer }) => (
  <div aria-live="polite" className="import-summary" role="status" style={{ marginTop: '8px' }}>
    {answer.errors?.map((error) => (
      <p key={error.message} role="alert">
        {error.message}
      </p>
    ))}
    {answer.files ? (
      <p>
        {answer.files.length} page(s): {answer.imported} imported, {answer.failed} failed;{' '}
        {answer.created} created, {answer.updated} updated.{' '}
        {answer.notes
          ? `To review: ${answer.notes.newEntity} new entities, ${answer.notes.unattributedQuote} quote(s) without a named speaker, ${answer.notes.warning} warning(s).`
          : null}
      </p>
    ) : null}
    <ul>
      {answer.files?.map((result) => (
        <li key={result.file}>
          {result.isImported && result.article ? (
            <>
              {result.file}: {result.article.outcome} {result.article.status} “
              {result.article.headline}”
              {result.notes && result.notes.length > 0 ? (
                <ul>
                  {result.notes.map((note) => (
                    <li key={`${note.kind}:${note.message}`}>{note.message}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <>
              {result.file}: failed, nothing written. {result.error}
            </>
          )}
        </li>
      ))}
    </ul>
  </div>
)
