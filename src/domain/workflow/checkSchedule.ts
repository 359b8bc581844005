import type { GateFailure } from './contentGates'
import type { WorkflowStage } from './stages'

export interface ScheduleInput {
  from: WorkflowStage | null
  to: WorkflowStage
  publishAt?: null | string
  unpublishAt?: null | string
  /** The take-down time already saved: an unchanged one is not checked again. */
  previousUnpublishAt?: null | string
  now: number
}

const time = (value: null | string | undefined): number =>
  typeof value === 'string' ? Date.parse(value) : NaN

/** An embargo is set and in the future when a story is scheduled; a take-down time comes later. */
export const checkSchedule = (schedule: ScheduleInput): GateFailure[] => {
  const { from, to, now } = schedule
  const failures: GateFailure[] = []
  const publishAt = time(schedule.publishAt)
  if (to === 'scheduled' && Number.isNaN(publishAt)) {
    failures.push({ path: 'publishAt', message: 'Set the time to publish before scheduling' })
  } else if (to === 'scheduled' && from !== 'scheduled' && publishAt <= now) {
    failures.push({ path: 'publishAt', message: 'The time to publish must be in the future' })
  }
  const unpublishAt = time(schedule.unpublishAt)
  const isNewTakeDown =
    !Number.isNaN(unpublishAt) && unpublishAt !== time(schedule.previousUnpublishAt)
  if (isNewTakeDown && unpublishAt <= now) {
    failures.push({ path: 'unpublishAt', message: 'The time to take down must be in the future' })
  } else if (isNewTakeDown && !Number.isNaN(publishAt) && unpublishAt <= publishAt) {
    failures.push({
      path: 'unpublishAt',
      message: 'The time to take down must come after the time to publish',
    })
  }
  return failures
}
