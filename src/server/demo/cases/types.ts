import type { ProblemCategory, ProblemSource } from '../../../domain/cases/problem';
import type { CaseAction, CasePriority, CaseState } from '../../../domain/cases/workflow';

export type RequesterRole = 'enterprise_user' | 'liaison_officer' | 'dispatcher' | 'county_dispatcher';

export interface CaseScenarioInput {
  subjects: { kind: 'enterprise' | 'project'; id: number; name: string; regionCode: string }[];
  departments: { id: number; code: string; name: string; regionCode: string }[];
  /**
   * Who raised problems; `userId` null for placeholder people. Optional bindings: `regionCode` (a county
   * dispatcher's or liaison officer's unit) and `enterpriseId` (an enterprise user's firm). Without them a
   * county dispatcher is bound by a unit's short name in the name (常宁调度员 王芳), an enterprise user by the
   * firm's short name (隆源铜业 赵敏).
   */
  requesters: {
    userId: number | null;
    name: string;
    role: RequesterRole;
    regionCode?: string;
    enterpriseId?: number;
  }[];
}

export type CaseCloseKind = 'satisfied' | 'duplicate' | 'out_of_remit';

export interface ScenarioCaseEvent {
  at: string;
  action: CaseAction | 'create';
  fromState: CaseState | null;
  toState: CaseState | null;
  actorName: string;
  actorRole: string;
  departmentId: number | null;
  text: string | null;
  /** The action's body as the API takes it (satisfied and rating, extension until, closing kind …). */
  body: Record<string, unknown>;
}

export interface ScenarioCase {
  number: string;
  title: string;
  description: string;
  category: ProblemCategory;
  priority: CasePriority;
  source: ProblemSource;
  regionCode: string;
  enterpriseId: number | null;
  projectId: number | null;
  /** The daily report's date when the problem came from a report's difficulty (source daily_report). */
  reportDate: string | null;
  requesterUserId: number | null;
  requesterName: string;
  state: CaseState;
  leadDepartmentId: number | null;
  createdAt: string;
  assignedAt: string | null;
  acceptDeadline: string | null;
  resolveDeadline: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  closedAs: CaseCloseKind | null;
  resolution: string | null;
  satisfied: boolean | null;
  /** 1–5 */
  rating: number | null;
  departments: {
    departmentId: number;
    role: 'lead' | 'co';
    part: string | null;
    deadline: string | null;
    doneAt: string | null;
  }[];
  events: ScenarioCaseEvent[];
}

/** The demo clock (8 March 2020, a Sunday, 18:00). */
export const caseScenarioNow = '2020-03-08T18:00:00+08:00';
export const caseScenarioStart = '2020-02-10';
export const caseScenarioEnd = '2020-03-08';
