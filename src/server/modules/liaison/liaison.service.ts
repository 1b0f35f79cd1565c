import type { AuditContext } from '../../platform/audit';
import type { Platform } from '../../platform/platform';
import type { CasesService } from '../cases/index';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import type { ReportsService } from '../reports/index';
import type { UsersService } from '../users/index';
import { createAssignmentsService } from './assignments.service';
import { createCoverageService } from './coverage.service';
import { createLiaisonViews } from './liaison.views';
import { createOfficerHomeService } from './officer-home.service';
import { createRosterService } from './roster.service';
import { loadHistory, type LiaisonHistory } from './use-cases/load-history';

/**
 * The liaison module's services, built together because they share the views of officers and assignments:
 * the roster, the assignments, the coverage (and the contact rule) and the officer's home. What other modules
 * and the composition root use is repeated at the top level.
 */
export function createLiaisonService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
  reports: ReportsService,
  cases: CasesService,
) {
  const views = createLiaisonViews(platform, regions, subjects);
  const roster = createRosterService(platform, regions, users, views);
  const assignments = createAssignmentsService(platform, regions, subjects, views);
  const coverage = createCoverageService(platform, regions, subjects, cases, views);
  const home = createOfficerHomeService(platform, subjects, reports, cases, roster, coverage, views);
  return {
    today: views.today,
    roster,
    assignments,
    coverage,
    home,
    /** For the scope-resolver hook (role liaison_officer). */
    resolveScope: assignments.resolveScope,
    /** For the dashboard's missing-report list. */
    primaryOfficersOf: assignments.primaryOfficersOf,
    /** For the demo loader. */
    loadHistory: (
      history: LiaisonHistory,
      password: string,
      existingUserIds: ReadonlyMap<number, number>,
      context: AuditContext,
    ) => loadHistory({ platform, regions, users }, history, password, existingUserIds, context),
  };
}

export type LiaisonService = ReturnType<typeof createLiaisonService>;
