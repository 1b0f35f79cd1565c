import type { z } from 'zod';
import type { caseActionBodies } from '../../../../contracts/cases';

/** The confirm dialog's one choice: 满意 (with stars, five unless changed) or 不满意 (with the reason). */
export interface ConfirmValues {
  satisfied: boolean;
  rating?: number;
  comment?: string;
}

/** The dialog opens on 满意 with five stars: most results are accepted, and a refusal must say why. */
export const confirmDefaults: ConfirmValues = { satisfied: true, rating: 5 };

/** The confirm body: stars go with 满意 only; 不满意 sends its reason as the comment. */
export function confirmBody(values: ConfirmValues): z.input<(typeof caseActionBodies)['confirm']> {
  const comment = values.comment?.trim() ? values.comment : undefined;
  return values.satisfied
    ? { satisfied: true, rating: values.rating || confirmDefaults.rating, comment }
    : { satisfied: false, comment };
}
