import { addDays, shanghaiDate } from '../../../domain/dates';
import { kindOf } from '../../../domain/cases/kinds';
import { workingDaysBetween } from '../../../domain/working-days';
import type { Db } from '../../platform/db/client';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { UsersService } from '../users/index';
import { createCasesRepository, type CaseRow } from './cases.repository';
import { createNotifyParties } from './use-cases/notify-parties';

/**
 * Escalation of red cases: level 1 as soon as a deadline passes (the handling department), level 2 after one
 * more working day (the county dispatchers), level 3 after two (the city dispatchers). Each level is recorded
 * once per case, so running the job again changes nothing.
 */
export function createEscalation(platform: Platform, regions: RegionsService, users: UsersService) {
  const { db, clock } = platform;
  const notifier = createNotifyParties({ platform, regions, users });

  function overdueDeadline(row: CaseRow, now: Date): Date | null {
    if (
      (row.state === 'assigned' || row.state === 'reopened') &&
      row.acceptDeadline &&
      row.acceptDeadline < now
    )
      return row.acceptDeadline;
    return row.resolveDeadline && row.resolveDeadline < now ? row.resolveDeadline : null;
  }

  async function recipientsFor(tx: Db, level: number, row: CaseRow) {
    if (level === 1) return notifier.resolve(tx, row, ['lead']);
    if (level === 2)
      return users.recipients({ roles: ['county_dispatcher'], regionCodes: [row.regionCode] }, tx);
    const city = (await regions.tree()).find((n) => n.parentCode === null)?.code;
    return city ? users.recipients({ roles: ['dispatcher'], regionCodes: [city] }, tx) : [];
  }

  const labels = [
    '',
    '已超期，请加快办理',
    '超期 1 个工作日，已提级至区县调度',
    '超期 2 个工作日以上，已提级至市调度中心',
  ];

  return {
    /** One pass over the red cases; returns how many escalation steps it took. */
    async run(tx: Db = db): Promise<number> {
      const now = clock.now();
      const repo = createCasesRepository(tx);
      let steps = 0;
      for (const row of await repo.overdue(now)) {
        const deadline = overdueDeadline(row, now);
        if (!deadline) continue;
        // Whole working days gone by since the deadline, today not counted.
        const late = workingDaysBetween(
          shanghaiDate(new Date(deadline.getTime() - 1)),
          addDays(shanghaiDate(now), -1),
        );
        const level = Math.min(3, 1 + late);
        for (let l = 1; l <= level; l++) {
          if (!(await repo.recordEscalation(row.id, l, now))) continue;
          steps++;
          const to = (await recipientsFor(tx, l, row)).map((r) => r.id);
          // 督办 names a kind of case (督办事项); an overdue case gets a 超期提醒.
          const title = `${kindOf(row.kind).label}超期提醒：${row.number}${labels[l]}`;
          await notifier.send(tx, to, row, title, row.title, { payload: { level: l } });
          await repo.addEvent({
            caseId: row.id,
            at: now,
            action: 'escalate',
            fromState: row.state,
            toState: row.state,
            actorName: '系统',
            actorRole: 'system',
            text: labels[l],
          });
        }
      }
      return steps;
    },
  };
}

export type Escalation = ReturnType<typeof createEscalation>;
