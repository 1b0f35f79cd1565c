import { z } from 'zod';
import { isoDate, singleLineText } from '../../../../contracts/common';

/**
 * The bodies of the directive's and the hazard's own actions as API.md ("Kinds are configuration") gives
 * them, until the engine's contracts carry them.
 */
export const kindActionBodies = {
  feedback: z.strictObject({ text: singleLineText(1000) }),
  verify: z.strictObject({ passed: z.boolean(), comment: z.string().trim().max(500).nullish() }),
  'interim-measure': z.strictObject({ measure: singleLineText(1000), until: isoDate }),
  recheck: z.strictObject({ passed: z.boolean(), comment: z.string().trim().max(500).nullish() }),
} as const;
export type KindAction = keyof typeof kindActionBodies;

export const kindActionLabels: Record<KindAction, string> = {
  feedback: '反馈进展',
  verify: '审核',
  'interim-measure': '应急措施',
  recheck: '复查',
};
