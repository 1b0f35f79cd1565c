import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { capacityBand, emptyCounts, type CategoryCounts } from '../../../domain/resumption';
import type { Db } from '../../platform/db/client';
import type { ReportRow } from './reports.repository';
import { resumptionDaily } from './reports.table';

// Report writers hold this advisory lock shared; creating a new summary day holds it exclusively, so a day is
// never copied from its predecessor while a write to the predecessor is still in flight.
const summaryLockKey = 7_246_002;

/** What one subject's effective report adds to the summary rows of the days it carries into. */
export interface Contribution {
  regionCode: string;
  category: string;
  status: string;
  workforce: number;
  onDuty: number;
  capacityPct: number | null;
  isContinuous: boolean;
}

export function contributionOf(
  row: Pick<
    ReportRow,
    'regionCode' | 'category' | 'status' | 'workforce' | 'onDuty' | 'capacityPct' | 'isContinuous'
  >,
): Contribution {
  return {
    regionCode: row.regionCode,
    category: row.category,
    status: row.status,
    workforce: row.workforce,
    onDuty: row.onDuty,
    capacityPct: row.capacityPct,
    isContinuous: row.isContinuous,
  };
}

/** The column deltas of one contribution (sign +1 adds, −1 removes). */
function deltas(c: Contribution, sign: 1 | -1) {
  const counts =
    c.category === 'enterprise' &&
    (c.status === 'resumed' || c.status === 'partial') &&
    c.capacityPct !== null;
  const band = counts ? capacityBand(c.capacityPct!) : null;
  return {
    resumed: c.status === 'resumed' ? sign : 0,
    partial: c.status === 'partial' ? sign : 0,
    notResumed: c.status === 'not_resumed' ? sign : 0,
    suspended: c.status === 'suspended' ? sign : 0,
    reportedContinuous: c.isContinuous ? sign : 0,
    workforce: sign * c.workforce,
    onDuty: sign * c.onDuty,
    capacitySum: counts ? sign * c.capacityPct! : 0,
    capacityCount: counts ? sign : 0,
    capacityHigh: band === 'high' ? sign : 0,
    capacityMiddle: band === 'middle' ? sign : 0,
    capacityLow: band === 'low' ? sign : 0,
  };
}

export type SummaryRow = typeof resumptionDaily.$inferSelect;

/** A summary row as the domain's counts (registry totals are added by the dashboard). */
export function countsOf(row: SummaryRow, withReceived: boolean): CategoryCounts {
  return {
    ...emptyCounts,
    resumed: row.resumed,
    partial: row.partial,
    notResumed: row.notResumed,
    suspended: row.suspended,
    workforce: row.workforce,
    onDuty: row.onDuty,
    received: withReceived ? row.received : 0,
    onTime: withReceived ? row.onTime : 0,
    capacitySum: row.capacitySum,
    capacityCount: row.capacityCount,
    capacityHigh: row.capacityHigh,
    capacityMiddle: row.capacityMiddle,
    capacityLow: row.capacityLow,
  };
}

export function createSummariesRepository(db: Db) {
  async function maxDate(): Promise<string | undefined> {
    const [row] = await db
      .select({ d: sql<string | null>`max(${resumptionDaily.summaryDate})` })
      .from(resumptionDaily);
    return row?.d ?? undefined;
  }

  async function applyDeltas(
    from: string,
    until: string | undefined,
    regionCode: string,
    category: string,
    delta: ReturnType<typeof deltas>,
  ) {
    const last = (await maxDate()) ?? from;
    const end = until
      ? sql`least(${until}::date - 1, greatest(${last}::date, ${from}::date))`
      : sql`greatest(${last}::date, ${from}::date)`;
    await db.execute(sql`
      insert into resumption_daily (summary_date, region_code, category)
      select d::date, ${regionCode}, ${category} from generate_series(${from}::date, ${end}, interval '1 day') as d
      on conflict do nothing`);
    const d = delta;
    const t = resumptionDaily;
    await db
      .update(t)
      .set({
        resumed: sql`${t.resumed} + ${d.resumed}`,
        partial: sql`${t.partial} + ${d.partial}`,
        notResumed: sql`${t.notResumed} + ${d.notResumed}`,
        suspended: sql`${t.suspended} + ${d.suspended}`,
        reportedContinuous: sql`${t.reportedContinuous} + ${d.reportedContinuous}`,
        workforce: sql`${t.workforce} + ${d.workforce}`,
        onDuty: sql`${t.onDuty} + ${d.onDuty}`,
        capacitySum: sql`${t.capacitySum} + ${d.capacitySum}`,
        capacityCount: sql`${t.capacityCount} + ${d.capacityCount}`,
        capacityHigh: sql`${t.capacityHigh} + ${d.capacityHigh}`,
        capacityMiddle: sql`${t.capacityMiddle} + ${d.capacityMiddle}`,
        capacityLow: sql`${t.capacityLow} + ${d.capacityLow}`,
      })
      .where(
        and(
          eq(t.regionCode, regionCode),
          eq(t.category, category),
          gte(t.summaryDate, from),
          until ? sql`${t.summaryDate} < ${until}` : undefined,
        ),
      );
  }

  return {
    maxDate,

    /** Takes the writers' shared lock for the rest of the transaction. */
    async lockShared(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock_shared(${summaryLockKey})`);
    },

    /**
     * Creates the summary days after the last one up to `upTo`, each a copy of the last with nothing received
     * (statuses carry forward). Run in its own transaction before the report's.
     */
    async ensureDays(upTo: string): Promise<void> {
      const current = await maxDate();
      if (current && current >= upTo) return;
      await db.execute(sql`select pg_advisory_xact_lock(${summaryLockKey})`);
      const last = await maxDate();
      if (!last) return; // the first report starts the table; its own rows are inserted by applyCarry
      if (last >= upTo) return;
      await db.execute(sql`
        insert into resumption_daily (summary_date, region_code, category, resumed, partial, not_resumed, suspended,
          reported_continuous, workforce, on_duty, capacity_sum, capacity_count, capacity_high, capacity_middle, capacity_low,
          received, on_time)
        select d::date, s.region_code, s.category, s.resumed, s.partial, s.not_resumed, s.suspended, s.reported_continuous,
          s.workforce, s.on_duty, s.capacity_sum, s.capacity_count, s.capacity_high, s.capacity_middle, s.capacity_low, 0, 0
        from resumption_daily s
        cross join generate_series((${last}::date + 1), ${upTo}::date, interval '1 day') as d
        where s.summary_date = ${last}
        on conflict do nothing`);
    },

    /**
     * Adds (sign +1) or removes (−1) a contribution on every summary day from `from` up to, not including,
     * `until` (the subject's next report), or to the last summary day.
     */
    async applyCarry(from: string, until: string | undefined, c: Contribution, sign: 1 | -1): Promise<void> {
      await applyDeltas(from, until, c.regionCode, c.category, deltas(c, sign));
    },

    /**
     * Replaces one carried contribution by another over the same days: one insert and one update when both
     * fall on the same region and category (the usual case), twice that otherwise.
     */
    async replaceCarry(
      from: string,
      until: string | undefined,
      before: Contribution | undefined,
      after: Contribution,
    ): Promise<void> {
      if (before && (before.regionCode !== after.regionCode || before.category !== after.category)) {
        await applyDeltas(from, until, before.regionCode, before.category, deltas(before, -1));
        await applyDeltas(from, until, after.regionCode, after.category, deltas(after, 1));
        return;
      }
      const combined = deltas(after, 1);
      if (before) {
        const removed = deltas(before, -1);
        for (const key of Object.keys(combined) as (keyof typeof combined)[]) combined[key] += removed[key];
      }
      await applyDeltas(from, until, after.regionCode, after.category, combined);
    },

    /** A first filing for `date`: one more received, and on time unless late. */
    async addReceived(date: string, regionCode: string, category: string, isOnTime: boolean): Promise<void> {
      const t = resumptionDaily;
      await db
        .update(t)
        .set({ received: sql`${t.received} + 1`, onTime: sql`${t.onTime} + ${isOnTime ? 1 : 0}` })
        .where(and(eq(t.summaryDate, date), eq(t.regionCode, regionCode), eq(t.category, category)));
    },

    /** The rows that hold the figures of `date`: that day's, or the last day before it (carried, nothing received). */
    async readDay(
      date: string,
      regionCodes: readonly string[],
    ): Promise<{ rows: SummaryRow[]; isSameDay: boolean }> {
      const t = resumptionDaily;
      const [day] = await db
        .select({ d: sql<string | null>`max(${t.summaryDate})` })
        .from(t)
        .where(lte(t.summaryDate, date));
      if (!day?.d || regionCodes.length === 0) return { rows: [], isSameDay: false };
      const rows = await db
        .select()
        .from(t)
        .where(and(eq(t.summaryDate, day.d), inArray(t.regionCode, [...regionCodes])));
      return { rows, isSameDay: day.d === date };
    },

    /** Rows for a date range plus the last day before it, for trends. */
    async readRange(from: string, to: string, regionCodes: readonly string[]): Promise<SummaryRow[]> {
      const t = resumptionDaily;
      if (regionCodes.length === 0) return [];
      const [start] = await db
        .select({ d: sql<string | null>`max(${t.summaryDate})` })
        .from(t)
        .where(lte(t.summaryDate, from));
      return db
        .select()
        .from(t)
        .where(
          and(
            gte(t.summaryDate, start?.d ?? from),
            lte(t.summaryDate, to),
            inArray(t.regionCode, [...regionCodes]),
          ),
        );
    },

    /** Every summary row recomputed from the reports themselves (the definition the upkeep must match). */
    async recompute(): Promise<SummaryRow[]> {
      const result = await db.execute(sql`
        with bounds as (select min(report_date) as lo, greatest(max(report_date), (select max(summary_date) from resumption_daily)) as hi from reports),
        days as (select d::date as d from bounds, generate_series(bounds.lo, bounds.hi, interval '1 day') as d),
        ranked as (
          select r.*, lead(report_date) over (partition by subject_kind, subject_id order by report_date) as next_date from reports r
        ),
        carried as (
          select days.d, ranked.* from days join ranked on ranked.report_date <= days.d and (ranked.next_date is null or ranked.next_date > days.d)
        ),
        received as (
          select report_date as d, region_code, category, count(*)::int as received, (count(*) filter (where not is_late))::int as on_time
          from reports group by report_date, region_code, category
        ),
        status as (
          select d, region_code, category,
            (count(*) filter (where status = 'resumed'))::int as resumed,
            (count(*) filter (where status = 'partial'))::int as partial,
            (count(*) filter (where status = 'not_resumed'))::int as not_resumed,
            (count(*) filter (where status = 'suspended'))::int as suspended,
            (count(*) filter (where is_continuous))::int as reported_continuous,
            sum(workforce)::int as workforce, sum(on_duty)::int as on_duty,
            coalesce(sum(capacity_pct) filter (where category = 'enterprise' and status in ('resumed', 'partial')), 0)::int as capacity_sum,
            (count(capacity_pct) filter (where category = 'enterprise' and status in ('resumed', 'partial')))::int as capacity_count,
            (count(*) filter (where category = 'enterprise' and status in ('resumed', 'partial') and capacity_pct >= 80))::int as capacity_high,
            (count(*) filter (where category = 'enterprise' and status in ('resumed', 'partial') and capacity_pct >= 50 and capacity_pct < 80))::int as capacity_middle,
            (count(*) filter (where category = 'enterprise' and status in ('resumed', 'partial') and capacity_pct < 50))::int as capacity_low
          from carried group by d, region_code, category
        )
        select s.d as summary_date, s.region_code, s.category, s.resumed, s.partial, s.not_resumed, s.suspended, s.reported_continuous,
          s.workforce, s.on_duty, s.capacity_sum, s.capacity_count, s.capacity_high, s.capacity_middle, s.capacity_low,
          coalesce(r.received, 0) as received, coalesce(r.on_time, 0) as on_time
        from status s left join received r on r.d = s.d and r.region_code = s.region_code and r.category = s.category
        order by 1, 2, 3`);
      return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
        summaryDate:
          r.summary_date instanceof Date
            ? r.summary_date.toISOString().slice(0, 10)
            : String(r.summary_date).slice(0, 10),
        regionCode: String(r.region_code),
        category: String(r.category),
        resumed: Number(r.resumed),
        partial: Number(r.partial),
        notResumed: Number(r.not_resumed),
        suspended: Number(r.suspended),
        reportedContinuous: Number(r.reported_continuous),
        workforce: Number(r.workforce),
        onDuty: Number(r.on_duty),
        capacitySum: Number(r.capacity_sum),
        capacityCount: Number(r.capacity_count),
        capacityHigh: Number(r.capacity_high),
        capacityMiddle: Number(r.capacity_middle),
        capacityLow: Number(r.capacity_low),
        received: Number(r.received),
        onTime: Number(r.on_time),
      }));
    },

    async readAll(): Promise<SummaryRow[]> {
      return db
        .select()
        .from(resumptionDaily)
        .orderBy(resumptionDaily.summaryDate, resumptionDaily.regionCode, resumptionDaily.category);
    },

    /** Replaces every summary row (the demo's bulk load, and repair). */
    async replaceAll(rows: SummaryRow[]): Promise<void> {
      await db.delete(resumptionDaily);
      for (let i = 0; i < rows.length; i += 1000)
        await db.insert(resumptionDaily).values(rows.slice(i, i + 1000));
    },
  };
}

export type SummariesRepository = ReturnType<typeof createSummariesRepository>;
