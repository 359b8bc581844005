/** A one-line progress bar on stderr (stdout stays for results); plain lines when not a TTY. */
export const progressBar = (label: string, total: number) => {
  const isTty = process.stderr.isTTY
  const started = Date.now()
  let lastPrinted = 0
  const render = (done: number) => {
    const share = total === 0 ? 1 : done / total
    const width = 30
    const filled = Math.round(share * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(done / seconds) : 0
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${rate}/s)`
  }
  return {
    tick: (done: number) => {
      const now = Date.now()
      if (done < total && now - lastPrinted < (isTty ? 100 : 5000)) return
      lastPrinted = now
      process.stderr.write(isTty ? `\r${render(done)}` : `${render(done)}\n`)
    },
    done: () => {
      if (isTty) process.stderr.write('\n')
      return (Date.now() - started) / 1000
    },
  }
}
