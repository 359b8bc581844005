/** Thrown when a wire page cannot be read at all; the message points at file and line. */
export class WirePageParseError extends Error {
  readonly fileName: string
  readonly line: number

  constructor(fileName: string, line: number, expected: string, got: string) {
    super(`${fileName}:${line}: expected ${expected}, got ${JSON.stringify(got)}`)
    this.name = 'WirePageParseError'
    this.fileName = fileName
    this.line = line
  }
}
