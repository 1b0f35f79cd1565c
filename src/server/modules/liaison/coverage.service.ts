import { contactStatus, defaultContactRule, weekStart, type ContactRule } from '../../../domain/liaison';
import { subjectKey } from '../../../domain/subjects';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { readSetting, writeSetting } from '../../platform/db/settings';
import { AppError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { CasesService } from '../cases/index';
import type { RegionsService } from '../regions/index';
import type { SubjectRow, SubjectsService } from '../registry/index';
import { createAssignmentsRepository, type AssignmentRow } from './assignments.repository';
import { isOnDuty, type LiaisonViews } from './liaison.views';
import { createRosterRepository } from './roster.repository';
import { createVisitsRepository } from './visits.repository';

export const contactRuleKey = 'liaison.contactRule';

/** Whether every subject has a primary officer who keeps the contact rule (联络覆盖), and the rule itself. */
export function createCoverageService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  cases: CasesService,
  views: LiaisonViews,
) {
  const { db, clock, audit } = platform;
  const assignments = createAssignmentsRepository(db);
  const roster = createRosterRepository(db);
  const visitsRepo = createVisitsRepository(db);
  const { today, unitName, regionName } = views;

  async function readRule(): Promise<ContactRule> {
    return (await readSetting<ContactRule>(db, contactRuleKey)) ?? defaultContactRule;
  }

  /** Contact status of some subjects on `date` under the rule, from their latest counted visits. */
  async function contactOf(
    rule: ContactRule,
    list: readonly SubjectRow[],
    date: string,
    where: { regionCodes: readonly string[] } | null,
  ) {
    const dates = await visitsRepo.latestVisitDates(
      where ?? { keys: list },
      rule.modes,
      rule.campaignFrom,
      date,
      rule.minVisits,
    );
    return new Map(
      list.map((s) => [
        subjectKey(s),
        contactStatus(rule, dates.get(subjectKey(s)) ?? [], date, s.activeFrom),
      ]),
    );
  }

  return {
    /** The contact rule in force (the default until someone sets one). */
    getRule: readRule,
    contactOf,

    /** The rule is one for the whole city: only a user whose scope is the root of the region tree sets it. */
    async setRule(actor: Actor, rule: ContactRule, context: AuditContext): Promise<ContactRule> {
      if ((await regions.find(actor.scope.regionCode))?.parentCode)
        throw new AppError('forbidden', '联系频次规则由市级统一设定，区县不能修改');
      await db.transaction(async (tx) => {
        await writeSetting(tx, contactRuleKey, rule, clock.now());
        await audit.record(tx, context, {
          action: 'liaison.rule_updated',
          entityType: 'setting',
          entityId: contactRuleKey,
          summary: `联系频次规则：每 ${rule.everyDays} 天至少 ${rule.minVisits} 次，自 ${rule.campaignFrom} 起${
            rule.campaignTo ? `至 ${rule.campaignTo}` : ''
          }`,
        });
      });
      return rule;
    },

    /**
     * Coverage of a region on a date: subjects without an active primary officer, subjects overdue for
     * contact, and each officer's workload (subjects, visits this week, open problems, overdue subjects).
     */
    async coverage(actor: Actor, query: { region?: string | undefined; date?: string | undefined }) {
      const date = query.date ?? today();
      const regionCode = query.region ?? actor.scope.regionCode;
      if (!actor.scope.regionCodes.includes(regionCode)) throw notFound('区划');
      const codes = await regions.subtree(regionCode);
      const rule = await readRule();
      const list = await subjects.listActive(actor.scope, codes, date);
      const current = (await assignments.currentInRegions(codes)).filter((a) => a.startedOn <= date);
      const officers = new Map(
        (await roster.officersByIds([...new Set(current.map((a) => a.officerId))])).map((o) => [o.id, o]),
      );
      const activeRows = current.filter((a) => isOnDuty(officers.get(a.officerId)!, date));
      const primaryOf = new Map(
        activeRows
          .filter((a) => a.isPrimary)
          .map((a) => [subjectKey({ kind: a.subjectKind, id: a.subjectId }), a]),
      );
      const contact = await contactOf(rule, list, date, { regionCodes: codes });
      const names = new Map<string, string>();
      for (const code of codes) names.set(code, await regionName(code));
      const brief = (s: SubjectRow) => ({
        kind: s.kind,
        id: s.id,
        name: s.name,
        regionCode: s.regionCode,
        regionName: names.get(s.regionCode) ?? s.regionCode,
      });
      const uncovered = list.filter((s) => !primaryOf.has(subjectKey(s)));
      const overdue = list
        .map((s) => ({ s, status: contact.get(subjectKey(s))! }))
        .filter((x) => x.status.isOverdue)
        .sort((a, b) => b.status.daysOverdue - a.status.daysOverdue || a.s.name.localeCompare(b.s.name, 'zh'))
        .map(({ s, status }) => {
          const primary = primaryOf.get(subjectKey(s));
          return {
            ...brief(s),
            lastVisitDate: status.lastVisitDate,
            dueDate: status.dueDate!,
            daysOverdue: status.daysOverdue,
            primaryOfficerId: primary?.officerId ?? null,
            primaryOfficer: primary ? (officers.get(primary.officerId)?.name ?? null) : null,
          };
        });
      const listed = new Set(list.map((s) => subjectKey(s)));
      const workRows = activeRows.filter((a) =>
        listed.has(subjectKey({ kind: a.subjectKind, id: a.subjectId })),
      );
      const officerIds = [...new Set(workRows.map((a) => a.officerId))];
      const visits = await visitsRepo.visitCountsByOfficer(officerIds, weekStart(date), date);
      const openCounts = await cases.openCountsOf(list.map((s) => ({ kind: s.kind, id: s.id })));
      const rowsOf = new Map<number, AssignmentRow[]>();
      for (const a of workRows) rowsOf.set(a.officerId, [...(rowsOf.get(a.officerId) ?? []), a]);
      const workload = await Promise.all(
        officerIds.map(async (id) => {
          const officer = officers.get(id)!;
          const rows = rowsOf.get(id)!;
          return {
            id,
            name: officer.name,
            unitName: await unitName(officer),
            regionName: await regionName(officer.regionCode),
            subjects: rows.length,
            primarySubjects: rows.filter((a) => a.isPrimary).length,
            visitsThisWeek: visits.get(id)?.all ?? 0,
            onSiteThisWeek: visits.get(id)?.onSite ?? 0,
            openProblems: rows.reduce(
              (n, a) => n + (openCounts.get(subjectKey({ kind: a.subjectKind, id: a.subjectId })) ?? 0),
              0,
            ),
            overdueSubjects: rows.filter(
              (a) =>
                a.isPrimary && contact.get(subjectKey({ kind: a.subjectKind, id: a.subjectId }))?.isOverdue,
            ).length,
          };
        }),
      );
      workload.sort(
        (a, b) => b.overdueSubjects - a.overdueSubjects || b.subjects - a.subjects || a.id - b.id,
      );
      const children = (await regions.tree()).filter((n) => n.parentCode === regionCode);
      const units = children.length > 0 ? children : [(await regions.find(regionCode))!];
      const byRegion = await Promise.all(
        units.map(async (unit) => {
          const unitCodes = new Set(await regions.subtree(unit.code));
          const inUnit = list.filter((s) => unitCodes.has(s.regionCode));
          const coveredHere = inUnit.filter((s) => primaryOf.has(subjectKey(s))).length;
          return {
            regionCode: unit.code,
            regionName: unit.name,
            subjects: inUnit.length,
            covered: coveredHere,
            uncovered: inUnit.length - coveredHere,
            overdue: inUnit.filter((s) => contact.get(subjectKey(s))?.isOverdue).length,
            officers: new Set(workRows.filter((a) => unitCodes.has(a.regionCode)).map((a) => a.officerId))
              .size,
          };
        }),
      );
      return {
        date,
        regionCode,
        rule,
        subjects: list.length,
        covered: list.length - uncovered.length,
        officersActive: officerIds.length,
        uncovered: uncovered.map(brief),
        overdueContact: overdue,
        byRegion,
        officers: workload,
      };
    },
  };
}

export type CoverageService = ReturnType<typeof createCoverageService>;
