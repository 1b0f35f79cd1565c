import type { CaseSummary } from '../../../../contracts/cases';
import type { UnitRef } from '../../../../domain/cases/case-kind';
import { caseLights } from '../../../../domain/cases/lights';
import { kindOf } from '../../../../domain/cases/kinds';
import { caseStateLabels, type CasePriority, type CaseState } from '../../../../domain/cases/workflow';
import { subjectKey, subjectOf } from '../../../../domain/subjects';
import type { CaseRow } from '../cases.repository';
import { leadUnitOf } from './case-access';
import type { CasesDeps } from './deps';

export interface CaseNames {
  subjects: Map<string, string>;
  departments: Map<number, string>;
  regions: Map<string, string>;
}

/** A county-level government as a unit is named after its region: 常宁市人民政府. */
export function unitNameOf(names: CaseNames, unit: UnitRef): string | undefined {
  if (unit.type === 'department') return names.departments.get(unit.id);
  const region = names.regions.get(unit.code);
  return region ? `${region}人民政府` : undefined;
}

export function stateLabelOf(kind: string, state: string): string {
  return (
    kindOf(kind).states.find((s) => s.state === state)?.label ?? caseStateLabels[state as CaseState] ?? state
  );
}

export function createCaseViews({ regions, subjects, platform }: CasesDeps) {
  const lights = (row: CaseRow) =>
    caseLights(
      kindOf(row.kind),
      {
        ...row,
        timerStartedAt: row.timerStartedAt ?? row.assignedAt,
        kindFields: row.kindFields as Record<string, unknown>,
      },
      platform.clock.now(),
    );

  async function namesFor(rows: readonly CaseRow[]): Promise<CaseNames> {
    const keys = rows.flatMap((r) => {
      const s = subjectOf(r);
      return s ? [s] : [];
    });
    const tree = await regions.tree();
    const [subjectNames, departments] = await Promise.all([
      subjects.namesOf(keys),
      regions.departmentsIn(tree.map((n) => n.code)),
    ]);
    return {
      subjects: subjectNames,
      regions: new Map(tree.map((n) => [n.code, n.name])),
      departments: new Map(departments.map((d) => [d.id, d.name])),
    };
  }

  function summaryOf(row: CaseRow, names: CaseNames): CaseSummary {
    const def = kindOf(row.kind);
    const subject = subjectOf(row);
    const lead = leadUnitOf(row);
    const leadName = lead ? (unitNameOf(names, lead) ?? null) : null;
    const { acceptLight, resolveLight, feedbackLight, feedbackDue } = lights(row);
    return {
      id: row.id,
      kind: def.kind,
      kindLabel: def.label,
      number: row.number,
      title: row.title,
      category: row.category,
      priority: row.priority as CasePriority,
      source: row.source,
      sourceLabel: def.sources.find((s) => s.code === row.source)?.label ?? row.source,
      state: row.state as CaseState,
      stateLabel: stateLabelOf(row.kind, row.state),
      regionCode: row.regionCode,
      regionName: names.regions.get(row.regionCode) ?? row.regionCode,
      subjectName: subject ? (names.subjects.get(subjectKey(subject)) ?? null) : null,
      leadDepartmentName: leadName,
      leadUnit: lead
        ? {
            type: lead.type,
            id: lead.type === 'department' ? lead.id : null,
            code: lead.type === 'region' ? lead.code : null,
            name: leadName ?? '',
          }
        : null,
      kindFields: (row.kindFields ?? {}) as Record<string, unknown>,
      requesterName: row.requesterName,
      acceptDeadline: row.acceptDeadline?.toISOString() ?? null,
      resolveDeadline: row.resolveDeadline?.toISOString() ?? null,
      acceptLight,
      resolveLight,
      feedbackLight,
      feedbackDue,
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      rating: row.rating,
      version: row.version,
    };
  }

  return { lights, namesFor, summaryOf };
}

export type CaseViews = ReturnType<typeof createCaseViews>;
