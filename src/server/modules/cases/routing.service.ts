import type { z } from 'zod';
import type { updateRoutingRuleSchema } from '../../../contracts/cases';
import type { CaseKind, CaseKindDefinition } from '../../../domain/cases/case-kind';
import { caseKindDefinitions } from '../../../domain/cases/kinds';
import { problemCategories, type ProblemCategory } from '../../../domain/cases/problem';
import type { CasePriority } from '../../../domain/cases/workflow';
import { describeChanges, type AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { createRoutingRepository } from './routing.repository';

/** DOMAIN.md's problem categories and the department that leads each by default (city level). */
export const defaultLeads: Record<ProblemCategory, string> = {
  用工: '430400-rsj',
  原材料供应: '430400-gxj',
  物流运输: '430400-jtj',
  资金融资: '430400-rhzx',
  防疫物资: '430400-gxj',
  能源要素保障: '430400-gwgd',
  审批手续: '430400-zrj',
  政策兑现: '430400-fgw',
  其他: '430400-fgw',
};

/** The working-day limits of a case: its (kind, category) rule, else the kind's defaults. */
export async function timeLimitsOf(
  tx: Db,
  def: CaseKindDefinition,
  category: string,
  priority: CasePriority,
): Promise<{ acceptDays: number; resolveDays: number }> {
  const rule = await createRoutingRepository(tx).find(def.kind, category);
  const fallback = def.timeLimits;
  return {
    acceptDays: rule?.acceptDays ?? fallback.acceptDays,
    resolveDays:
      priority === 'urgent'
        ? (rule?.resolveDaysUrgent ?? fallback.resolveDays.urgent)
        : (rule?.resolveDaysNormal ?? fallback.resolveDays.normal),
  };
}

export function createRoutingService(platform: Platform, regions: RegionsService) {
  const { db, audit } = platform;

  return {
    /** Loads the default routing table of every kind into an empty database. */
    async seedDefaults(): Promise<void> {
      const departments = await regions.departmentsIn(['430400']);
      const leadOf = (kind: CaseKind, category: string) =>
        kind === 'problem' && (problemCategories as readonly string[]).includes(category)
          ? (departments.find((d) => d.code === defaultLeads[category as ProblemCategory])?.id ?? null)
          : null;
      await createRoutingRepository(db).insert(
        Object.values(caseKindDefinitions).flatMap((def) =>
          def.categories.map(({ code }) => ({
            kind: def.kind,
            category: code,
            leadDepartmentId: leadOf(def.kind, code),
            acceptDays: def.timeLimits.acceptDays,
            resolveDaysNormal: def.timeLimits.resolveDays.normal,
            resolveDaysUrgent: def.timeLimits.resolveDays.urgent,
          })),
        ),
      );
    },

    async list(kind: CaseKind = 'problem') {
      const rows = await createRoutingRepository(db).list(kind);
      return Promise.all(
        rows.map(async (r) => ({
          kind,
          category: r.category,
          leadDepartmentId: r.leadDepartmentId,
          leadDepartmentName: r.leadDepartmentId
            ? ((await regions.findDepartment(r.leadDepartmentId))?.name ?? null)
            : null,
          acceptDays: r.acceptDays,
          resolveDaysNormal: r.resolveDaysNormal,
          resolveDaysUrgent: r.resolveDaysUrgent,
          version: r.version,
        })),
      );
    },

    /** An administrator changes a category's lead department or time limits (If-Match, audited). */
    async update(
      kind: CaseKind,
      category: string,
      version: number,
      input: z.infer<typeof updateRoutingRuleSchema>,
      context: AuditContext,
    ) {
      const def = caseKindDefinitions[kind];
      if (!def.categories.some((c) => c.code === category)) throw notFound(`${def.label}类别`);
      if (input.leadDepartmentId && !(await regions.findDepartment(input.leadDepartmentId)))
        throw fieldError('leadDepartmentId', '部门不存在');
      const before = await createRoutingRepository(db).find(kind, category);
      if (!before) throw notFound(`${def.label}类别`);
      await db.transaction(async (tx) => {
        const updated = await createRoutingRepository(tx).update(kind, category, version, input);
        if (!updated) throw new AppError('stale_version', '该类别的交办规则已被他人修改，请刷新后重试');
        await audit.record(tx, context, {
          action: 'case.routing_updated',
          entityType: 'routing_rule',
          entityId: `${kind}:${category}`,
          summary: `${def.label}·${category}：${describeChanges(before, input)}`,
        });
      });
      return (await this.list(kind)).find((r) => r.category === category)!;
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
