import type { CaseKind, CaseKindDefinition } from './case-kind';
import { directiveKind } from './directive';
import { hazardKind } from './hazard';
import { problemKind } from './problem';

/** Every kind the engine serves; adding one is a file beside these and a line here. */
export const caseKindDefinitions: Record<CaseKind, CaseKindDefinition> = {
  problem: problemKind,
  directive: directiveKind,
  hazard: hazardKind,
};
export const caseKindList = ['problem', 'directive', 'hazard'] as const satisfies readonly CaseKind[];

export function isCaseKind(value: string): value is CaseKind {
  return (caseKindList as readonly string[]).includes(value);
}

export function kindOf(kind: string): CaseKindDefinition {
  if (!isCaseKind(kind)) throw new Error(`未知的事项类型 ${kind}`);
  return caseKindDefinitions[kind];
}
