import type { ErrorRequestHandler, RequestHandler } from 'express'

/** The same shape as Payload's REST errors, so a client handles one kind of error body. */
export const errorBody = (message: string) => ({ errors: [{ message }] })

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(`Nothing is served at ${req.method} ${req.path}`))
}

/** Errors that escape a route: a clear message for a client error, never a stack trace. */
export const jsonErrors =
  ({
    isProduction,
    log,
  }: {
    isProduction: boolean
    log: (error: unknown) => void
  }): ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    const status = Number(error?.status ?? error?.statusCode ?? 500)
    const isClientError = status >= 400 && status < 500
    if (!isClientError) log(error)
    const message =
      isClientError || !isProduction
        ? String(error?.message ?? 'Request failed')
        : 'Something went wrong on our side; it has been logged.'
    res.status(isClientError ? status : 500).json(errorBody(message))
  }
