import type { z } from 'zod';
import {
  acceptBody,
  assignBody,
  closeAsBody,
  commentBody,
  completePartBody,
  confirmBody,
  decideExtensionBody,
  progressBody,
  reopenBody,
  requestExtensionBody,
  resolveBody,
  returnBody,
} from '../domain/cases/common-actions';
import { feedbackBody, verifyBody } from '../domain/cases/directive';
import { interimMeasureBody, recheckBody } from '../domain/cases/hazard';
import type { CaseAction } from '../domain/cases/workflow';

/**
 * One body schema per action, the same for every kind that offers it (the kinds declare them in
 * src/domain/cases). Each action has its own route, so OpenAPI documents each body.
 */
export const caseActionBodies = {
  assign: assignBody,
  accept: acceptBody,
  progress: progressBody,
  feedback: feedbackBody,
  'complete-part': completePartBody,
  'interim-measure': interimMeasureBody,
  resolve: resolveBody,
  return: returnBody,
  'request-extension': requestExtensionBody,
  'decide-extension': decideExtensionBody,
  confirm: confirmBody,
  verify: verifyBody,
  recheck: recheckBody,
  reopen: reopenBody,
  'close-as': closeAsBody,
  comment: commentBody,
} as const satisfies Record<CaseAction, z.ZodType>;

export type CaseActionBodies = { [A in CaseAction]: z.infer<(typeof caseActionBodies)[A]> };
export type CaseActionBody<A extends CaseAction> = z.input<(typeof caseActionBodies)[A]>;
