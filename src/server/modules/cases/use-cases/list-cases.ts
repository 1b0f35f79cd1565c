import type { CaseListQuery, CaseSummary } from '../../../../contracts/cases';
import { openCaseStates } from '../../../../domain/cases/workflow';
import { addWorkingDays, endOfDay } from '../../../../domain/working-days';
import type { Actor } from '../../../platform/access';
import { createCasesRepository, type CaseFilter } from '../cases.repository';
import { dispatcherRoles, visibilityOf } from './case-access';
import type { CaseViews } from './case-views';
import type { CasesDeps } from './deps';

/** The filter of a list, ledger, export or statistic: kind, state, category, department, region, dates. */
export async function filterOf(deps: CasesDeps, query: Partial<CaseListQuery>): Promise<CaseFilter> {
  return {
    kind: query.kind,
    state: query.state,
    category: query.category,
    departmentId: query.department,
    regionCodes: query.region ? await deps.regions.subtree(query.region) : undefined,
    from: query.from ? new Date(`${query.from}T00:00:00+08:00`) : undefined,
    to: query.to ? endOfDay(query.to) : undefined,
    q: query.q,
    overdueAt: query.light === 'red' ? deps.platform.clock.now() : undefined,
  };
}

/** The to-do box: what waits for the caller's part (assign and verify, accept and handle, confirm, re-check). */
function todoOf(actor: Actor, filter: CaseFilter) {
  if (dispatcherRoles.includes(actor.role)) {
    filter.states = ['submitted', 'returned', 'resolved'];
    // A county government leading a case finds it in its dispatchers' box too.
    if (actor.role === 'county_dispatcher') filter.alsoLeadRegionCode = actor.scope.regionCode;
  } else if (actor.role === 'department_officer') {
    filter.forDepartmentId = actor.scope.departmentId ?? -1;
    filter.states = ['assigned', 'reopened', 'accepted'];
  } else if (actor.role === 'inspector') {
    filter.kind = 'hazard';
    filter.states = ['resolved'];
  } else {
    filter.requesterUserId = actor.userId ?? -1;
    filter.states = ['resolved'];
  }
}

export function createListCases(deps: CasesDeps, views: CaseViews) {
  const { platform, today } = deps;

  async function list(actor: Actor, query: CaseListQuery) {
    const filter = await filterOf(deps, query);
    if (query.box === 'mine') filter.requesterUserId = actor.userId ?? -1;
    if (query.box === 'todo') todoOf(actor, filter);
    const repo = createCasesRepository(platform.db);
    let result = await repo.list(visibilityOf(actor), filter, query.page, query.pageSize);
    if (query.light === 'yellow' || query.light === 'green') {
      // Yellow and green depend on working days: filter the open cases due soon in SQL, then by light.
      const soon = endOfDay(addWorkingDays(today(), 3));
      const all = await repo.list(
        visibilityOf(actor),
        { ...filter, states: [...openCaseStates], ...(query.light === 'yellow' ? { dueBefore: soon } : {}) },
        1,
        10_000,
      );
      const matching = all.items.filter((r) => {
        const l = views.lights(r);
        return (l.acceptLight ?? l.resolveLight) === query.light || l.resolveLight === query.light;
      });
      result = {
        items: matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
        total: matching.length,
      };
    }
    const names = await views.namesFor(result.items);
    return { items: result.items.map((r) => views.summaryOf(r, names)), total: result.total };
  }

  /** The open problems the caller can see (a liaison officer: those of their subjects and their own), newest first. */
  async function listOpen(actor: Actor, limit: number): Promise<CaseSummary[]> {
    const result = await createCasesRepository(platform.db).list(
      visibilityOf(actor),
      { kind: 'problem', states: [...openCaseStates] },
      1,
      limit,
    );
    const names = await views.namesFor(result.items);
    return result.items.map((r) => views.summaryOf(r, names));
  }

  return { list, listOpen };
}
