import { shanghaiDate } from '../dates';
import { addWorkingDays, endOfDay, lightOf, type Light } from '../working-days';
import type { CaseKindDefinition } from './case-kind';
import { dateOfDeadline } from './common-actions';
import type { CaseState } from './workflow';

export interface LightInput {
  state: string;
  acceptDeadline: Date | null;
  resolveDeadline: Date | null;
  /** When the current deadlines started (assignment, reopening); the assignment time for older rows. */
  timerStartedAt: Date | null;
  acceptedAt: Date | null;
  kindFields: Record<string, unknown>;
}

const waitingForAcceptance: readonly string[] = ['assigned', 'reopened'];
const handling: readonly CaseState[] = ['submitted', 'assigned', 'accepted', 'returned', 'reopened'];

/** When a directive's next progress report is due: `feedbackEvery` working days after the last one (or acceptance). */
export function feedbackDueOf(c: LightInput): string | null {
  const every = Number(c.kindFields.feedbackEvery ?? 0);
  if (!every || c.state !== 'accepted' || !c.acceptedAt) return null;
  const last = typeof c.kindFields.lastFeedbackOn === 'string' ? c.kindFields.lastFeedbackOn : null;
  return addWorkingDays(last ?? shanghaiDate(c.acceptedAt), every);
}

/** The acceptance, resolution and (directives) feedback lights of a case at `now`; null when not running. */
export function caseLights(def: CaseKindDefinition, c: LightInput, now: Date) {
  const today = shanghaiDate(now);
  const startDate = c.timerStartedAt ? shanghaiDate(c.timerStartedAt) : today;
  const policy = { reminderDays: def.timeLimits.reminderDays, startDate };
  const light = (deadline: Date) => lightOf(now, today, deadline, dateOfDeadline(deadline), policy);
  const acceptLight: Light | null =
    c.acceptDeadline && waitingForAcceptance.includes(c.state) ? light(c.acceptDeadline) : null;
  const resolveLight: Light | null =
    c.resolveDeadline && (handling as readonly string[]).includes(c.state) ? light(c.resolveDeadline) : null;
  const due = feedbackDueOf(c);
  // A progress report is a one-day task: yellow on its due day, red after.
  const feedbackLight: Light | null = due
    ? now > endOfDay(due)
      ? 'red'
      : due === today
        ? 'yellow'
        : 'green'
    : null;
  return { acceptLight, resolveLight, feedbackLight, feedbackDue: due };
}
