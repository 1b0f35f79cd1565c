import type { CaseDetail, CreateCaseRequest } from '../../../contracts/cases';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import type { UsersService } from '../users/index';
import { createActOnCase } from './use-cases/act-on-case';
import { visibilityOf } from './use-cases/case-access';
import { createCaseViews } from './use-cases/case-views';
import { createCountOpenCases } from './use-cases/count-open-cases';
import { createCreateCase } from './use-cases/create-case';
import { casesDeps } from './use-cases/deps';
import { describeCaseKinds } from './use-cases/describe-case-kinds';
import { createGetCaseDetail } from './use-cases/get-case-detail';
import { createListCases } from './use-cases/list-cases';
import { createLoadCaseHistory } from './use-cases/load-case-history';
import { createNotifyParties } from './use-cases/notify-parties';

export type { CaseHistoryItem } from './use-cases/load-case-history';

/**
 * The case engine's use cases, one file each under `use-cases/`, wired together here. Liaison and the demo
 * call `checkNew`/`insertNew`, `openCountsOf`, `summariesOf`, `visibilityOf`, `listOpen` and `loadHistory`.
 */
export function createCasesService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
) {
  const deps = casesDeps(platform, regions, subjects, users);
  const notifier = createNotifyParties(deps);
  const views = createCaseViews(deps);
  const details = createGetCaseDetail(deps, views);
  const creating = createCreateCase(deps, notifier);
  const listing = createListCases(deps, views);

  return {
    visibilityOf,
    lights: views.lights,
    namesFor: views.namesFor,
    summaryOf: views.summaryOf,
    notifier,
    checkNew: creating.checkNew,
    insertNew: creating.insertNew,
    create: (actor: Actor, input: CreateCaseRequest, context: AuditContext): Promise<CaseDetail> =>
      creating.create(actor, input, context, details.detail),
    detail: details.detail,
    list: listing.list,
    listOpen: listing.listOpen,
    ...createCountOpenCases(deps),
    act: createActOnCase(deps, views, details, notifier),
    loadHistory: createLoadCaseHistory(deps, notifier),
    kinds: describeCaseKinds,
    today: deps.today,
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
