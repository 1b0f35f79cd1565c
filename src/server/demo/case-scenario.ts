/**
 * The demo's problems (问题协调), 10 February to 8 March 2020: about 300 problems raised by enterprises, liaison
 * officers, the 12345 hotline, dispatchers and daily-report difficulties, each routed to the department that
 * handled such problems in Hengyang, with a complete timeline up to the demo's "today" (8 March, 18:00).
 *
 * Pure and deterministic (a fixed seed, no clock, no I/O). Each timeline is a plan of actions (create →
 * assign → accept → progress / co-department parts / extension → resolve → confirm, with a few returns (退回)
 * and reassignments, refused and approved extensions, unsatisfied confirmations that reopen the case, and
 * duplicates or out-of-remit problems closed at the start) replayed through the engine's own
 * `applyCaseAction` (domain/cases): states, fields, working-day deadlines and timeline texts are what the
 * server would have written. On 8 March most are closed with ratings; the recent ones are open, and a handful
 * are overdue (red) on acceptance or resolution.
 *
 * The parts live in cases/: texts (by category), words, people, plan, timeline with replay.ts (the engine
 * step), and generate.ts putting them together.
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
