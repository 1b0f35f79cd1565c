/** Who covers what, and who handed over to whom during the campaign. */
import type { Random } from '../random';
import {
  type Draft,
  type LiaisonScenarioInput,
  type Row,
  type Slot,
  type Subject,
  groupBy,
  handoverCount,
  officerCount,
  randomDate,
  shuffle,
  spareRows,
  transferredCount,
} from './model';
import { UnitPicker, nameOfficers, rosterOrder } from './people';

/**
 * The roster and its assignments: the demo officer's subjects, every subject's primary and assisting
 * officers grouped into officers, then the handovers (改派) and transfers of the campaign.
 */
export function planRoster(random: Random, input: LiaisonScenarioInput) {
  const { subjects, demoOfficer } = input;
  const cityCode = input.regions.find((r) => r.parentCode === null)?.code ?? '430400';
  const departmentsByRegion = groupBy(input.departments, (d) => d.regionCode);
  const cityDepartments = departmentsByRegion.get(cityCode) ?? [];
  const demoDepartment = input.departments.find((d) => d.code === demoOfficer.unitDepartmentCode);
  if (!demoDepartment) throw new Error(`demo officer's unit ${demoOfficer.unitDepartmentCode} is unknown`);
  const firstSubject = subjects.findIndex(
    (s) => s.name === demoOfficer.firstSubjectName && s.regionCode === demoOfficer.regionCode,
  );
  if (firstSubject < 0)
    throw new Error(`${demoOfficer.firstSubjectName} is not in ${demoOfficer.regionCode}`);

  // The demo officer: five to seven subjects in his county, primary on all but one.
  const demoCount = random.int(5, 7);
  const demoOthers = shuffle(
    random,
    subjects.flatMap((s, i) => (s.regionCode === demoOfficer.regionCode && i !== firstSubject ? [i] : [])),
  ).slice(0, demoCount - 1);
  const demoAssisting = random.pick(demoOthers);
  const demoPrimaries = [firstSubject, ...demoOthers.filter((i) => i !== demoAssisting)];
  const demoOverdue = random.pick(demoPrimaries.slice(1));
  const demoSubjects = new Set([...demoPrimaries, demoAssisting]);

  // Assisting officers: key projects get them more often (a city department alongside the county).
  const activeCount = officerCount - transferredCount;
  const assistRows = Math.max(0, activeCount + spareRows - subjects.length);
  const withAssistants = Math.min(
    subjects.length,
    Math.max(Math.ceil(assistRows / 2), Math.round(subjects.length * 0.38)),
  );
  const assistants = new Array<number>(subjects.length).fill(0);
  const ranked = subjects
    .map((s, i) => ({
      i,
      score: random.next() + (s.kind === 'project' ? 0.35 : 0) + (i === demoAssisting ? 10 : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, withAssistants);
  for (const { i } of ranked) assistants[i] = 1;
  const twice = ranked
    .map(({ i }) => ({ i, score: random.next() + (subjects[i]!.kind === 'project' ? 0.3 : 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, assistRows - withAssistants));
  for (const { i } of twice) assistants[i] = 2;

  const demoDraft: Draft = {
    name: demoOfficer.name,
    mobile: demoOfficer.mobile,
    unitDepartmentId: demoDepartment.id,
    unitRegionCode: demoDepartment.regionCode,
    post: '副科长',
    regionCode: demoOfficer.regionCode,
    activeFrom: '2020-02-03',
    activeTo: null,
    slots: [
      ...demoPrimaries.map((subject) => ({ subject, isPrimary: true })),
      { subject: demoAssisting, isPrimary: false },
    ],
  };

  const slots: Slot[] = [];
  for (let i = 0; i < subjects.length; i++) {
    if (!demoPrimaries.includes(i)) slots.push({ subject: i, isPrimary: true });
    for (let k = i === demoAssisting ? 1 : 0; k < assistants[i]!; k++)
      slots.push({ subject: i, isPrimary: false });
  }
  const groups = groupSlots(random, slots, subjects, activeCount - 1);

  const unitPicker = new UnitPicker(random, cityCode, cityDepartments, departmentsByRegion);
  const drafts: Draft[] = groups.map((group) => {
    const hasProject = group.slots.some((s) => subjects[s.subject]!.kind === 'project');
    const regionCode = group.cityWide ? cityCode : subjects[group.slots[0]!.subject]!.regionCode;
    return unitPicker.draft(regionCode, hasProject, group.cityWide, group.slots);
  });

  const rows: Row[] = [];
  const primaryRow = new Map<number, Row>();
  for (const officer of [demoDraft, ...drafts])
    for (const slot of officer.slots) {
      const row: Row = {
        officer,
        subject: slot.subject,
        isPrimary: slot.isPrimary,
        startedOn: officer.activeFrom,
        endedOn: null,
        endReason: null,
      };
      rows.push(row);
      if (slot.isPrimary) primaryRow.set(slot.subject, row);
    }

  // Handovers (改派): the current primary took over on the day the predecessor's assignment ended.
  const candidates = shuffle(
    random,
    subjects.flatMap((_, i) => (demoSubjects.has(i) ? [] : [i])),
  );
  const handedOver = new Set<number>();
  const incoming = new Set<Draft>();
  const predecessors = new Set<Draft>();
  const findSubject = (region: string | null, successorWithOthers: boolean) =>
    candidates.find((i) => {
      if (handedOver.has(i) || (region !== null && subjects[i]!.regionCode !== region)) return false;
      const successor = primaryRow.get(i)!.officer;
      const busy = incoming.has(successor) || predecessors.has(successor);
      return !busy && (!successorWithOthers || successor.slots.length > 1);
    });
  const nextSubject = (region: string | null) =>
    (random.chance(0.6) ? findSubject(region, true) : undefined) ?? findSubject(region, false);
  const handOver = (subject: number, date: string, predecessor: Draft, reason: string) => {
    const row = primaryRow.get(subject)!;
    handedOver.add(subject);
    incoming.add(row.officer);
    predecessors.add(predecessor);
    row.startedOn = date;
    // An officer whose only subject is the one taken over was sent that day.
    if (row.officer.slots.length === 1) row.officer.activeFrom = date;
    rows.push({
      officer: predecessor,
      subject,
      isPrimary: true,
      startedOn: predecessor.activeFrom,
      endedOn: date,
      endReason: reason,
    });
  };

  const transferred: Draft[] = [];
  for (let n = 0; n < transferredCount; n++) {
    const first = nextSubject(null);
    if (first === undefined) break;
    const region = subjects[first]!.regionCode;
    const date = randomDate(random, '2020-02-14', '2020-03-04');
    const officer = unitPicker.draft(region, subjects[first]!.kind === 'project', false, []);
    officer.activeTo = date;
    const reason = random.pick(transferReasons);
    handOver(first, date, officer, reason);
    if (random.chance(0.35)) {
      const second = nextSubject(region);
      if (second !== undefined) handOver(second, date, officer, reason);
    }
    transferred.push(officer);
  }

  const localOfficers = groupBy(
    drafts.filter((d) => d.regionCode !== cityCode),
    (d) => d.regionCode,
  );
  const cityWideOfficers = drafts.filter((d) => d.regionCode === cityCode);
  let ended = rows.filter((r) => r.endedOn !== null).length;
  for (let attempt = 0; ended < handoverCount && attempt < handoverCount * 5; attempt++) {
    const subject = nextSubject(null);
    if (subject === undefined) break;
    const date = randomDate(random, '2020-02-14', '2020-03-04');
    const successor = primaryRow.get(subject)!.officer;
    const pool =
      random.chance(0.2) && cityWideOfficers.length > 0
        ? cityWideOfficers
        : (localOfficers.get(subjects[subject]!.regionCode) ?? []);
    const eligible = pool.filter(
      (o) =>
        o !== successor &&
        !incoming.has(o) &&
        o.activeFrom < date &&
        !o.slots.some((s) => s.subject === subject),
    );
    if (eligible.length === 0) continue;
    handOver(subject, date, random.pick(eligible), random.pick(adjustmentReasons));
    ended++;
  }

  const roster = [
    demoDraft,
    ...[...drafts, ...transferred].sort((a, b) => rosterOrder(a, cityCode) - rosterOrder(b, cityCode)),
  ];
  if (roster.length !== officerCount)
    throw new Error(`roster has ${roster.length} officers, not ${officerCount}`);
  nameOfficers(random, roster.slice(1), demoDraft);
  return { roster, rows, candidates, handedOver, demoOverdue };
}

export const transferReasons = [
  '联络员调岗',
  '联络员调岗，工作移交新任联络员',
  '原联络员抽调至疫情防控卡点，改派',
];
export const adjustmentReasons = ['工作调整，改派', '联络员工作量调整，改派', '按行业对口调整，改派'];

/**
 * Splits the slots over `officers` officers: a few cover several subjects (in one county, or across counties
 * for a city department), the rest one each. Nobody holds two slots of one subject.
 */
export function groupSlots(
  random: Random,
  slots: readonly Slot[],
  subjects: readonly Subject[],
  officers: number,
): { slots: Slot[]; cityWide: boolean }[] {
  const pool = shuffle(
    random,
    slots.map((_, k) => k),
  );
  const used = new Uint8Array(slots.length);
  let unused = slots.length;
  const groups: { slots: Slot[]; cityWide: boolean }[] = [];
  for (let guard = 0; groups.length + unused > officers && guard < 10_000; guard++) {
    const wanted = Math.min(groups.length + unused - officers + 1, random.pick([2, 2, 2, 2, 3, 3, 3, 4, 5]));
    const cityWide = random.chance(0.45);
    const group: Slot[] = [];
    let region: string | null = null;
    for (const k of pool) {
      if (group.length >= wanted) break;
      if (used[k]) continue;
      const slot = slots[k]!;
      const r = subjects[slot.subject]!.regionCode;
      if (group.some((g) => g.subject === slot.subject)) continue;
      if (
        cityWide ? group.some((g) => subjects[g.subject]!.regionCode === r) : region !== null && r !== region
      )
        continue;
      region ??= r;
      used[k] = 1;
      unused--;
      group.push(slot);
    }
    if (group.length === 0) break;
    groups.push({ slots: group, cityWide: cityWide && group.length > 1 });
  }
  for (const k of pool) if (!used[k]) groups.push({ slots: [slots[k]!], cityWide: false });
  if (groups.length !== officers)
    throw new Error(`cannot spread ${slots.length} assignments over ${officers} officers`);
  return groups;
}
