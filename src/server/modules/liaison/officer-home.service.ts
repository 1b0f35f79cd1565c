import { visitModes, weekStart } from '../../../domain/liaison';
import { subjectKey } from '../../../domain/subjects';
import type { Actor } from '../../platform/access';
import type { Platform } from '../../platform/platform';
import type { CasesService } from '../cases/index';
import type { SubjectsService } from '../registry/index';
import type { ReportsService } from '../reports/index';
import { createAssignmentsRepository } from './assignments.repository';
import type { CoverageService } from './coverage.service';
import { isOnDuty, type LiaisonViews } from './liaison.views';
import type { RosterService } from './roster.service';
import { createVisitsRepository } from './visits.repository';

/** A liaison officer's own home page (我的联系对象). */
export function createOfficerHomeService(
  platform: Platform,
  subjects: SubjectsService,
  reports: ReportsService,
  cases: CasesService,
  roster: RosterService,
  coverage: CoverageService,
  views: LiaisonViews,
) {
  const { db } = platform;
  const assignments = createAssignmentsRepository(db);
  const visitsRepo = createVisitsRepository(db);
  const { today, regionName, toOfficers } = views;

  return {
    /** The officer's home: their subjects with today's report and contact status, and their open problems. */
    async me(actor: Actor) {
      const officer = await roster.officerOf(actor);
      const date = today();
      const rule = await coverage.getRule();
      const current = await assignments.currentOfOfficer(officer.id);
      const primary = new Map(
        current.map((a) => [subjectKey({ kind: a.subjectKind, id: a.subjectId }), a.isPrimary]),
      );
      const active = isOnDuty(officer, date);
      const list = active
        ? (await subjects.listActive(actor.scope, actor.scope.regionCodes, date)).filter((s) =>
            primary.has(subjectKey(s)),
          )
        : [];
      const contact = await coverage.contactOf(rule, list, date, null);
      // 最近走访 on the card is the last contact of any mode; the due date follows the rule's counted modes.
      const lastContact = await visitsRepo.latestVisitDates(
        { keys: list },
        visitModes,
        '0001-01-01',
        date,
        1,
      );
      const due = new Map(
        (await reports.myDue(actor)).map((d) => [subjectKey({ kind: d.subjectKind, id: d.subjectId }), d]),
      );
      const openCounts = await cases.openCountsOf(list.map((s) => ({ kind: s.kind, id: s.id })));
      const visits = await visitsRepo.visitCountsByOfficer([officer.id], weekStart(date), date);
      const items = await Promise.all(
        list.map(async (s) => {
          const key = subjectKey(s);
          const status = contact.get(key)!;
          const isPrimary = primary.get(key) ?? false;
          const report = due.get(key)?.report ?? null;
          return {
            kind: s.kind,
            id: s.id,
            name: s.name,
            regionCode: s.regionCode,
            regionName: await regionName(s.regionCode),
            isPrimary,
            reportStatus: report?.status ?? null,
            reportFiledOnBehalf: report?.isOnBehalf ?? false,
            lastVisitDate: lastContact.get(key)?.[0] ?? null,
            dueDate: isPrimary ? status.dueDate : null,
            isOverdue: isPrimary && status.isOverdue,
            daysOverdue: isPrimary ? status.daysOverdue : 0,
            openProblems: openCounts.get(key) ?? 0,
          };
        }),
      );
      items.sort(
        (a, b) =>
          Number(b.isOverdue) - Number(a.isOverdue) ||
          b.daysOverdue - a.daysOverdue ||
          Number(b.isPrimary) - Number(a.isPrimary) ||
          a.name.localeCompare(b.name, 'zh'),
      );
      const open = await cases.listOpen(actor, 50);
      return {
        date,
        officer: (await toOfficers([officer], { fullMobile: true }))[0]!,
        rule,
        subjects: items,
        overdue: items.filter((i) => i.isOverdue).length,
        reportsMissing: items.filter((i) => i.reportStatus === null).length,
        visitsThisWeek: visits.get(officer.id)?.all ?? 0,
        openProblems: open.map((c) => ({
          id: c.id,
          number: c.number,
          title: c.title,
          state: c.state,
          light: c.acceptLight ?? c.resolveLight,
          lightStage: c.acceptLight ? ('accept' as const) : c.resolveLight ? ('resolve' as const) : null,
          subjectName: c.subjectName,
          deadline: c.acceptLight ? c.acceptDeadline : c.resolveDeadline,
        })),
      };
    },
  };
}

export type OfficerHomeService = ReturnType<typeof createOfficerHomeService>;
