import { executeAuthStrategies } from 'payload'
import type { Payload } from 'payload'

/**
 * Whether a request's credentials (JWT, session cookie, API or preview key) belong to an account,
 * as Payload's own auth strategies decide. One read of the account: asked only when a request
 * wants more than a reader may have.
 */
export const signedInChecker =
  (payload: Payload) =>
  async (request: Request): Promise<boolean> => {
    try {
      const { user } = await executeAuthStrategies({
        headers: request.headers,
        payload,
        canSetHeaders: false,
      })
      return Boolean(user)
    } catch {
      return false
    }
  }
