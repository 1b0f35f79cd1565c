import { shanghaiDate } from '../../../../domain/dates';
import type { Platform } from '../../../platform/platform';
import type { RegionsService } from '../../regions/index';
import type { SubjectsService } from '../../registry/index';
import type { UsersService } from '../../users/index';

/** What the cases use cases need from the platform and the modules below. */
export interface CasesDeps {
  platform: Platform;
  regions: RegionsService;
  subjects: SubjectsService;
  users: UsersService;
  /** The Shanghai date of the clock's now. */
  today: () => string;
}

export function casesDeps(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
): CasesDeps {
  return { platform, regions, subjects, users, today: () => shanghaiDate(platform.clock.now()) };
}
