/**
 * The demo's liaison officers (联络员): the roster, who covers which enterprise or project, and the visits
 * (走访记录) from 2020-02-10 to 2020-03-08.
 *
 * Pure and deterministic (a fixed seed, no clock, no I/O). Hengyang stationed 1,859 officers in its 1,049
 * enterprises and 147 key projects: every subject has one primary officer, about four in ten also have one
 * or two assisting officers, and most officers cover a single subject, so the roster is larger than the
 * registry. Some 40% come from city departments, the rest from the county bureaus and governments. About
 * thirty assignments were handed over during the campaign (改派), a dozen of them because their officer was
 * transferred (ten officers left before 8 March). Primary officers visit on site about once a week, with calls in between, so that on 8 March
 * only a handful of subjects are overdue under the contact rule, one of them the demo officer's.
 */
import { createRandom } from './random';
import { compare } from './liaison/model';
import { planRoster } from './liaison/plan';
import { planVisits } from './liaison/timeline';
import type { LiaisonScenario, LiaisonScenarioInput } from './liaison/model';

export {
  liaisonScenarioEnd,
  type LiaisonScenario,
  type LiaisonScenarioInput,
  type ScenarioAssignment,
  type ScenarioOfficer,
  type ScenarioVisit,
} from './liaison/model';

/** The liaison roster, assignments and visits of the demo, deterministic for an input and a seed. */
export function generateLiaisonScenario(input: LiaisonScenarioInput, seed = 20200312): LiaisonScenario {
  const random = createRandom(seed);
  const { subjects } = input;
  const plan = planRoster(random, input);
  const { roster, rows } = plan;
  const visits = planVisits(random, subjects, plan);
  const officerIndex = new Map(roster.map((o, i) => [o, i]));
  return {
    officers: roster.map((o) => ({
      name: o.name,
      mobile: o.mobile,
      unitDepartmentId: o.unitDepartmentId,
      unitRegionCode: o.unitRegionCode,
      post: o.post,
      regionCode: o.regionCode,
      activeFrom: o.activeFrom,
      activeTo: o.activeTo,
    })),
    assignments: rows
      .map((r) => ({
        officer: officerIndex.get(r.officer)!,
        kind: subjects[r.subject]!.kind,
        subjectId: subjects[r.subject]!.id,
        regionCode: subjects[r.subject]!.regionCode,
        isPrimary: r.isPrimary,
        startedOn: r.startedOn,
        endedOn: r.endedOn,
        endReason: r.endReason,
      }))
      .sort((a, b) => a.officer - b.officer || compare(a.startedOn, b.startedOn)),
    visits: visits
      .map(({ by, ...v }) => ({ officer: officerIndex.get(by)!, ...v }))
      .sort(
        (a, b) =>
          compare(a.createdAt, b.createdAt) ||
          a.officer - b.officer ||
          compare(a.kind, b.kind) ||
          a.subjectId - b.subjectId,
      ),
  };
}
