import type { z } from 'zod';
import type { updateRoutingRuleSchema } from '../../../contracts/cases';
import { defaultTimeLimits, problemCategories, type ProblemCategory } from '../../../domain/case-workflow';
import { describeChanges, type AuditContext } from '../../platform/audit';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { createCasesRepository } from './cases.repository';

/** DOMAIN.md's categories and the department that leads each by default (city level). */
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

export function createRoutingService(platform: Platform, regions: RegionsService) {
  const { db, audit } = platform;

  return {
    /** Loads the default routing table into an empty database. */
    async seedDefaults(): Promise<void> {
      const departments = await regions.departmentsIn(['430400']);
      await createCasesRepository(db).insertRoutingRules(
        problemCategories.map((category) => ({
          category,
          leadDepartmentId: departments.find((d) => d.code === defaultLeads[category])?.id ?? null,
          acceptDays: defaultTimeLimits.acceptDays,
          resolveDaysNormal: defaultTimeLimits.resolveDays.normal,
          resolveDaysUrgent: defaultTimeLimits.resolveDays.urgent,
        })),
      );
    },

    async list() {
      const rows = await createCasesRepository(db).routingRules();
      return Promise.all(
        rows.map(async (r) => ({
          category: r.category as ProblemCategory,
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
      category: string,
      version: number,
      input: z.infer<typeof updateRoutingRuleSchema>,
      context: AuditContext,
    ) {
      if (!(problemCategories as readonly string[]).includes(category)) throw notFound('问题类别');
      if (input.leadDepartmentId && !(await regions.findDepartment(input.leadDepartmentId)))
        throw fieldError('leadDepartmentId', '部门不存在');
      const repo = createCasesRepository(db);
      const before = await repo.routingRule(category);
      if (!before) throw notFound('问题类别');
      await db.transaction(async (tx) => {
        const updated = await createCasesRepository(tx).updateRoutingRule(category, version, input);
        if (!updated) throw new AppError('stale_version', '该类别的交办规则已被他人修改，请刷新后重试');
        await audit.record(tx, context, {
          action: 'case.routing_updated',
          entityType: 'routing_rule',
          entityId: category,
          summary: `${category}：${describeChanges(before, input)}`,
        });
      });
      return (await this.list()).find((r) => r.category === category)!;
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
