import { z } from 'zod';
import type { CaseKindDescription } from '../../../../contracts/cases';
import { caseKindDefinitions } from '../../../../domain/cases/kinds';
import { caseActions } from '../../../../domain/cases/workflow';

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** The kinds' configuration as `GET /api/case-kinds` serves it: the web and other systems read it. */
export function describeCaseKinds(): CaseKindDescription[] {
  return Object.values(caseKindDefinitions).map((def) => ({
    kind: def.kind,
    prefix: def.prefix,
    label: def.label,
    categories: [...def.categories],
    sources: [...def.sources],
    states: [...def.states],
    actions: caseActions.flatMap((action) => {
      const rule = def.actions[action];
      return rule
        ? [
            {
              action,
              label: rule.label,
              description: rule.description,
              parties: [...rule.parties],
              body: jsonSchema(rule.body),
            },
          ]
        : [];
    }),
    timeLimits: def.timeLimits,
    fields: jsonSchema(def.fields),
    closedAs: Object.entries(def.closedAsLabels).map(([code, label]) => ({ code, label })),
    createPermission: def.createPermission,
  }));
}
