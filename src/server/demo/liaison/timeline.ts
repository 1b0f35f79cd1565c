/** The visits of the campaign, day by day: weekly on-site visits, calls between them, and the overdue few. */
import { type VisitMode } from '../../../domain/liaison';
import type { Random } from '../random';
import {
  type Draft,
  type Row,
  type ScenarioVisit,
  type Subject,
  campaignStart,
  compare,
  daysBetween,
  groupBy,
  liaisonScenarioEnd,
  randomDate,
  shift,
} from './model';
import { makeProfile, visitRecord, type Occasion } from './texts';

/**
 * Every subject's visits from the campaign start to its end, by the officer on duty that day. A few subjects
 * (the demo officer's one among them) saw nobody on site in the last week or so: they end overdue.
 */
export function planVisits(
  random: Random,
  subjects: readonly Subject[],
  plan: { rows: Row[]; candidates: number[]; handedOver: ReadonlySet<number>; demoOverdue: number },
): (Omit<ScenarioVisit, 'officer'> & { by: Draft })[] {
  const { rows, candidates, handedOver, demoOverdue } = plan;
  // Overdue on the last day: the demo officer's one and a few others, none of them handed over.
  const overdue = new Map<number, string>([[demoOverdue, randomDate(random, '2020-02-25', '2020-02-29')]]);
  const overdueTotal = random.int(6, 9);
  for (const i of candidates) {
    if (overdue.size >= overdueTotal) break;
    if (!handedOver.has(i)) overdue.set(i, randomDate(random, '2020-02-24', '2020-02-29'));
  }

  const rowsBySubject = groupBy(rows, (r) => r.subject);
  const visits: (Omit<ScenarioVisit, 'officer'> & { by: Draft })[] = [];
  for (const [i, subject] of subjects.entries()) {
    const profile = makeProfile(random, subject);
    const own = rowsBySubject.get(i) ?? [];
    const primaries = own.filter((r) => r.isPrimary).sort((a, b) => compare(a.startedOn, b.startedOn));
    const takeovers = new Set(primaries.slice(1).map((r) => r.startedOn));
    const officerOn = (date: string) =>
      primaries.find((r) => r.startedOn <= date && (r.endedOn === null || date < r.endedOn))!.officer;
    const cutoff = overdue.get(i) ?? null;
    const add = (by: Draft, date: string, mode: VisitMode, occasion: Occasion) =>
      visits.push({ by, ...visitRecord(random, profile, date, mode, occasion) });

    const onSite: string[] = [];
    for (
      let d = shift(campaignStart, firstVisitDay(random));
      d <= liaisonScenarioEnd;
      d = shift(d, gap(random))
    )
      if (cutoff === null || d <= cutoff) onSite.push(d);
    for (const d of takeovers) if (!onSite.includes(d)) onSite.push(d);
    onSite.sort();
    for (const d of onSite) add(officerOn(d), d, 'on_site', takeovers.has(d) ? 'takeover' : 'regular');
    for (let k = 1; k < onSite.length; k++) {
      const days = daysBetween(onSite[k - 1]!, onSite[k]!);
      if (days < 4 || !random.chance(0.3)) continue;
      const d = shift(onSite[k - 1]!, random.int(2, days - 1));
      add(officerOn(d), d, random.chance(0.75) ? 'phone' : 'video', 'regular');
    }
    if (cutoff !== null) {
      // The officer kept in touch by phone in the last week, but did not go.
      const from = shift(liaisonScenarioEnd, -6);
      const calls = new Set([randomDate(random, from, liaisonScenarioEnd)]);
      if (random.chance(0.5)) calls.add(randomDate(random, from, liaisonScenarioEnd));
      for (const d of [...calls].sort()) add(officerOn(d), d, 'phone', 'away');
    }

    for (const row of own) {
      if (row.isPrimary) continue;
      const count = random.pick([0, 1, 1, 1, 2, 2, 3]);
      const from = row.startedOn > campaignStart ? row.startedOn : campaignStart;
      const dates = new Set<string>();
      for (let k = 0; k < count; k++) dates.add(randomDate(random, from, liaisonScenarioEnd));
      for (const d of [...dates].sort()) {
        let mode: VisitMode = random.chance(0.55) ? 'on_site' : random.chance(0.7) ? 'phone' : 'video';
        // Nobody came on site after the last visit of an overdue subject: that is why it is overdue.
        if (cutoff !== null && d > cutoff && mode === 'on_site') mode = 'phone';
        add(row.officer, d, mode, 'assisting');
      }
    }
  }

  return visits;
}

/** Day of the campaign of the first on-site visit: most in the first days after the go-ahead. */
export function firstVisitDay(random: Random): number {
  return random.pick([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5]);
}

/** Days to the next on-site visit: about a week, never more than eight. */
export function gap(random: Random): number {
  return random.pick([7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 4, 4, 8]);
}
