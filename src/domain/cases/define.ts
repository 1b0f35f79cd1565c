import type { z } from 'zod';
import type { CaseActionDefinition } from './case-kind';

/** Types one action's body through its rule and effect, then erases it for the kind's action table. */
export function defineAction<B extends z.ZodType>(definition: CaseActionDefinition<B>): CaseActionDefinition {
  return definition as unknown as CaseActionDefinition;
}
