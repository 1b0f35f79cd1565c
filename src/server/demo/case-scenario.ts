/**
 * The demo's problems (问题协调), 10 February to 8 March 2020: about 300 problems raised by enterprises, liaison
 * officers, the 12345 hotline, dispatchers and daily-report difficulties, each routed to the department that
 * handled such problems in Hengyang, with a complete timeline up to the demo's "today" (8 March, 18:00).
 *
 * Pure and deterministic (a fixed seed, no clock, no I/O). Deadlines count working days on the official
 * calendar (`workingDayDeadline`). Every timeline follows the state machine of `domain/case-workflow.ts`:
 * create → assign → accept → progress / co-department parts / extension → resolve → confirm, with a few
 * returns (退回) and reassignments, refused and approved extensions, unsatisfied confirmations that reopen the
 * case, and duplicates or out-of-remit problems closed at the start. On 8 March most are closed with ratings;
 * the recent ones are open, and a handful are overdue (red) on acceptance or resolution.
 *
 * When a confirmation reopens a case (不满意), its acceptance and resolution deadlines restart from the
 * reopening, with the same limits as a new assignment.
 *
 * The parts live in cases/: texts (by category), people, plan, timeline, and generate.ts putting them together.
 */
export { generateCases } from './cases/generate';
export {
  caseScenarioEnd,
  caseScenarioNow,
  caseScenarioStart,
  type CaseCloseKind,
  type CaseScenarioInput,
  type RequesterRole,
  type ScenarioCase,
  type ScenarioCaseEvent,
} from './cases/types';
