import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import { createAssignmentsFiles } from './assignments.files';
import { createCoverageFiles } from './coverage.files';
import type { LiaisonService } from './liaison.service';
import { createRosterFiles } from './roster.files';
import { createVisitsFiles } from './visits.files';
import type { VisitsService } from './visits.service';

/** The module's workbooks, one set per area. */
export function createLiaisonFiles(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  liaison: LiaisonService,
  visits: VisitsService,
) {
  return {
    roster: createRosterFiles(platform, regions, liaison.roster, liaison.today),
    assignments: createAssignmentsFiles(platform, regions, subjects, liaison.today),
    coverage: createCoverageFiles(platform, regions),
    visits: createVisitsFiles(platform, visits),
  };
}

export type LiaisonFiles = ReturnType<typeof createLiaisonFiles>;
