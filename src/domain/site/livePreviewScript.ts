import { raw } from './html'

/**
 * The preview's live half, inline because it is this small. In the admin's live-preview frame it
 * (or the pop-out window it opens) tells the admin it is ready, then re-reads its own page after every save the admin reports
 * (autosave included: every couple of seconds while an editor types) and swaps in the new story.
 * The page is rendered by the server from the saved draft, exactly as readers will get it, so the
 * frame never shows a rendering of its own. Messages are taken from the admin only, and the
 * admin and this page are served by the same server, so both sides use this page's origin.
 */
export const LIVE_PREVIEW_SCRIPT = raw(`<script>
(() => {
  const origin = window.location.origin
  // The admin's frame holds this page, or its pop-out window opened it.
  const admin = window.parent !== window ? window.parent : window.opener
  if (!admin) return
  admin.postMessage({ type: 'payload-live-preview', ready: true }, origin)
  let isLoading = false
  let isAskedAgain = false
  const refresh = async () => {
    if (isLoading) { isAskedAgain = true; return }
    isLoading = true
    try {
      const response = await fetch(window.location.href, { cache: 'no-store', credentials: 'same-origin' })
      if (!response.ok) return
      const next = new DOMParser().parseFromString(await response.text(), 'text/html')
      const story = next.querySelector('main')
      if (story) document.querySelector('main').replaceWith(story)
      document.title = next.title
      document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1)
    } finally {
      isLoading = false
      if (isAskedAgain) { isAskedAgain = false; refresh() }
    }
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== admin) return
    if (event.data && event.data.type === 'payload-document-event') refresh()
  })
})()
</script>
`)
