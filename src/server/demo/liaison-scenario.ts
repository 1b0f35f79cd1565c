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
import { addDays } from '../../domain/dates';
import { defaultContactRule, type PreventionItem, type VisitMode } from '../../domain/liaison';
import { createRandom, type Random } from './random';

export interface LiaisonScenarioInput {
  subjects: { kind: 'enterprise' | 'project'; id: number; name: string; regionCode: string }[];
  /** City departments (region 430400, codes like '430400-fgw') and county ones ('430482-fgj'). */
  departments: { id: number; code: string; name: string; regionCode: string }[];
  regions: { code: string; name: string; kind: string; parentCode: string | null }[];
  /** The demo account `liaison` (陈志强): generated as officer 0. */
  demoOfficer: {
    name: string;
    mobile: string;
    regionCode: string;
    unitDepartmentCode: string;
    firstSubjectName: string;
  };
}

export interface ScenarioOfficer {
  name: string;
  /** Unique, synthetic 11-digit mainland mobile. */
  mobile: string;
  /** The dispatching unit (派出单位): a department, or a county government (null id, the county's code). */
  unitDepartmentId: number | null;
  unitRegionCode: string;
  /** 职务 */
  post: string;
  /** Work region: the county of its subjects, or the city for officers covering several counties. */
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
}

export interface ScenarioAssignment {
  /** Index into `officers`. */
  officer: number;
  kind: 'enterprise' | 'project';
  subjectId: number;
  regionCode: string;
  isPrimary: boolean;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

export interface ScenarioVisit {
  officer: number;
  kind: 'enterprise' | 'project';
  subjectId: number;
  regionCode: string;
  visitDate: string;
  mode: VisitMode;
  peopleMet: string;
  prevention: Record<PreventionItem, boolean>;
  observations: string;
  /** ISO instant with +08:00, on the visit date during working hours. */
  createdAt: string;
}

export interface LiaisonScenario {
  officers: ScenarioOfficer[];
  assignments: ScenarioAssignment[];
  visits: ScenarioVisit[];
}

export const liaisonScenarioEnd = '2020-03-08';

const campaignStart = defaultContactRule.campaignFrom;
const officerCount = 1859;
const transferredCount = 10;
const handoverCount = 30;
/** Rows beyond one per active officer: the room that lets some officers cover two to five subjects. */
const spareRows = 110;

type Subject = LiaisonScenarioInput['subjects'][number];
type Department = LiaisonScenarioInput['departments'][number];
type UnitKind = 'city' | 'county' | 'government';

interface Slot {
  subject: number;
  isPrimary: boolean;
}

interface Draft {
  name: string;
  mobile: string;
  unitDepartmentId: number | null;
  unitRegionCode: string;
  post: string;
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
  /** Current assignments. */
  slots: Slot[];
}

interface Row {
  officer: Draft;
  subject: number;
  isPrimary: boolean;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

interface Profile {
  subject: Subject;
  isProject: boolean;
  workforce: number;
  /** null: not resumed by the end of the period (a few projects). */
  resumeOn: string | null;
  /** null: still partly working at the end. */
  fullOn: string | null;
  capacity: number;
  /** People the officer deals with, e.g. '生产副总 王建军'. */
  cast: string[];
  readyOn: Record<PreventionItem, string>;
  maskDays: number;
  issue: { text: string; until: string } | null;
  issueClosed: boolean;
  works: string;
}

/** The liaison roster, assignments and visits of the demo, deterministic for an input and a seed. */
export function generateLiaisonScenario(input: LiaisonScenarioInput, seed = 20200312): LiaisonScenario {
  const random = createRandom(seed);
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
  const officerIndex = new Map(roster.map((o, i) => [o, i]));

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

const transferReasons = ['联络员调岗', '联络员调岗，工作移交新任联络员', '原联络员抽调至疫情防控卡点，改派'];
const adjustmentReasons = ['工作调整，改派', '联络员工作量调整，改派', '按行业对口调整，改派'];

/**
 * Splits the slots over `officers` officers: a few cover several subjects (in one county, or across counties
 * for a city department), the rest one each. Nobody holds two slots of one subject.
 */
function groupSlots(
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

// Which departments send officers to which kind of subject (by the code after the region, e.g. 'gxj').
const enterpriseUnitWeights: Record<string, number> = {
  gxj: 7,
  swj: 2.5,
  rsj: 2,
  scjg: 2,
  fgw: 2,
  fgj: 2,
  czj: 1.5,
  yjj: 1.5,
  sthj: 1,
  jrb: 1,
  rhzx: 0.5,
  qyfw: 5,
  jjfz: 3,
};
const projectUnitWeights: Record<string, number> = {
  fgw: 5,
  fgj: 5,
  zsj: 5,
  jtj: 3,
  zrj: 3,
  slj: 2,
  sthj: 1.5,
  jjfz: 5,
  qyfw: 2,
};

const posts: Record<UnitKind | 'cityWide', [string, number][]> = {
  city: [
    ['科长', 10],
    ['副科长', 20],
    ['一级科员', 16],
    ['科员', 16],
    ['四级主任科员', 16],
    ['三级主任科员', 8],
    ['副主任', 6],
    ['驻企干部', 8],
  ],
  cityWide: [
    ['科长', 30],
    ['副科长', 25],
    ['二级主任科员', 15],
    ['三级主任科员', 15],
    ['副主任', 15],
  ],
  county: [
    ['股长', 22],
    ['副股长', 18],
    ['科员', 26],
    ['四级主任科员', 10],
    ['副局长', 6],
    ['驻企干部', 18],
  ],
  government: [
    ['驻企干部', 40],
    ['科员', 20],
    ['副主任', 15],
    ['四级主任科员', 10],
    ['干事', 15],
  ],
};

class UnitPicker {
  constructor(
    private readonly random: Random,
    private readonly cityCode: string,
    private readonly cityDepartments: readonly Department[],
    private readonly departmentsByRegion: Map<string, Department[]>,
  ) {}

  /** An officer working in `regionCode` with a dispatching unit and a post that fit the subjects. */
  draft(regionCode: string, hasProject: boolean, cityWide: boolean, slots: Slot[]): Draft {
    const { random } = this;
    const local = this.departmentsByRegion.get(regionCode) ?? [];
    let unitKind: UnitKind;
    let department: Department | null = null;
    if (this.cityDepartments.length > 0 && (cityWide || random.chance(hasProject ? 0.5 : 0.37))) {
      unitKind = 'city';
      department = this.pickDepartment(this.cityDepartments, hasProject);
    } else if (local.length > 0 && random.chance(0.62)) {
      unitKind = 'county';
      department = this.pickDepartment(local, hasProject);
    } else unitKind = 'government';
    return {
      name: '',
      mobile: '',
      unitDepartmentId: department?.id ?? null,
      unitRegionCode: department?.regionCode ?? regionCode,
      post: pickWeighted(random, posts[cityWide ? 'cityWide' : unitKind]),
      regionCode: cityWide ? this.cityCode : regionCode,
      activeFrom: pickWeighted(random, activeFromDates),
      activeTo: null,
      slots,
    };
  }

  private pickDepartment(list: readonly Department[], hasProject: boolean): Department {
    const weights = hasProject ? projectUnitWeights : enterpriseUnitWeights;
    return pickWeighted(
      this.random,
      list.map((d) => [d, weights[d.code.slice(d.code.indexOf('-') + 1)] ?? 0.4] as [Department, number]),
    );
  }
}

/** The first working week after the extended Spring Festival holiday, when the officers were sent. */
const activeFromDates: [string, number][] = [
  ['2020-02-03', 30],
  ['2020-02-04', 20],
  ['2020-02-05', 14],
  ['2020-02-06', 10],
  ['2020-02-07', 10],
  ['2020-02-08', 3],
  ['2020-02-09', 3],
  ['2020-02-10', 10],
];

function rosterOrder(officer: Draft, cityCode: string): number {
  const region = officer.regionCode === cityCode ? 0 : Number(officer.regionCode);
  return region * 100_000 + (officer.unitDepartmentId ?? 99_999);
}

const surnames =
  '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文阳欧'.split(
    '',
  );
const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞春梅海燕峰龙东亮宇浩俊波湘岳林清'.split(
    '',
  );

function personName(random: Random): string {
  return (
    random.pick(surnames) + random.pick(givenChars) + (random.chance(0.65) ? random.pick(givenChars) : '')
  );
}

const mobilePrefixes = [
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '182',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '186',
  '133',
  '153',
  '173',
  '177',
  '180',
  '189',
];

/** Unique names (so that pickers and lists are unambiguous in the demo) and unique mobiles. */
function nameOfficers(random: Random, officers: Draft[], demo: Draft) {
  const names = new Set([demo.name]);
  const mobiles = new Set([demo.mobile]);
  for (const officer of officers) {
    let name = personName(random);
    while (names.has(name)) name = personName(random);
    names.add(name);
    let mobile = '';
    while (!mobile || mobiles.has(mobile))
      mobile = random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
    mobiles.add(mobile);
    officer.name = name;
    officer.mobile = mobile;
  }
}

const enterpriseLeads = ['总经理', '副总经理', '生产副总', '常务副总'];
const enterpriseStaff = [
  '办公室主任',
  '安全员',
  '人事经理',
  '行政主管',
  '财务负责人',
  '车间主任',
  '综合部部长',
];
const projectLeads = ['项目经理', '项目副经理', '业主代表'];
const projectStaff = ['安全总监', '技术负责人', '施工员', '安全员', '资料员', '项目书记'];

const projectWorks = [
  '主体结构施工中',
  '正在进行土方开挖',
  '桩基施工中',
  '钢结构吊装中',
  '路基施工中',
  '管网铺设中',
  '室内装修施工中',
  '场地平整中',
];

const enterpriseIssues = [
  '企业反映原材料运输受阻，已报县指挥部协调办理车辆通行证',
  '企业反映用工缺口约{n}人，已对接人社部门组织专场招聘',
  '企业反映流动资金紧张，已推荐对接银行复工复产专项贷款',
  '企业反映用电增容待办，已联系供电公司上门服务',
  '企业反映上游配套企业未复工，已报工信部门协调',
  '企业反映外省客户未复工、订单减少，已宣讲出口退税和稳岗政策',
  '企业反映返岗员工宿舍不足，已协调园区公寓临时安置',
];
const projectIssues = [
  '项目反映砂石、商砼供应偏紧，已报住建部门协调',
  '外地施工队返岗需隔离14天，已协调本地工人先行进场',
  '项目反映工程款拨付滞后，已报发改部门协调',
  '施工许可手续待办，已联系住建部门开辟绿色通道',
  '项目反映征地拆迁尚有遗留问题，已报属地政府协调',
];
const policyNotes = [
  '已宣讲社保减免、稳岗补贴政策',
  '已送达复工复产惠企政策汇编',
  '已讲解阶段性降低用电成本政策',
  '已指导申报稳岗返还',
  '已提醒每日按时报送复工日报',
];

function makeProfile(random: Random, subject: Subject): Profile {
  const isProject = subject.kind === 'project';
  const resumeOffset = isProject
    ? Math.floor(random.logUniform(3, 25)) - 1
    : Math.min(14, Math.floor(random.logUniform(1, 17)) - 1);
  const resumeOn = isProject && random.chance(0.08) ? null : shift(campaignStart, resumeOffset);
  const fullOn =
    resumeOn === null || random.chance(isProject ? 0.15 : 0.08) ? null : shift(resumeOn, random.int(0, 16));
  const leads = isProject ? projectLeads : enterpriseLeads;
  const staff = shuffle(random, [...(isProject ? projectStaff : enterpriseStaff)]);
  const cast = [random.pick(leads), staff[0]!, staff[1]!].map((role) => `${role} ${personName(random)}`);
  const late = (p: number, from: string, to: string) =>
    random.chance(p) ? randomDate(random, from, to) : campaignStart;
  const readyOn: Record<PreventionItem, string> = {
    supplies: late(0.18, '2020-02-12', '2020-02-26'),
    temperatureChecks: late(0.04, '2020-02-11', '2020-02-16'),
    disinfection: late(0.04, '2020-02-11', '2020-02-18'),
    staffHealth: late(0.06, '2020-02-11', '2020-02-22'),
    emergencyPlan: late(0.08, '2020-02-12', '2020-02-24'),
  };
  const issues = isProject ? projectIssues : enterpriseIssues;
  const issue = random.chance(isProject ? 0.5 : 0.35)
    ? {
        text: random.pick(issues).replace('{n}', String(random.int(2, 8) * 10)),
        until: shift(resumeOn ?? liaisonScenarioEnd, random.int(2, 16)),
      }
    : null;
  return {
    subject,
    isProject,
    workforce: Math.round(random.logUniform(isProject ? 40 : 30, isProject ? 600 : 1500)),
    resumeOn,
    fullOn,
    capacity: random.int(68, 100),
    cast,
    readyOn,
    maskDays: random.int(5, 30),
    issue,
    issueClosed: false,
    works: random.pick(projectWorks),
  };
}

type Occasion = 'regular' | 'takeover' | 'away' | 'assisting';

function visitRecord(
  random: Random,
  p: Profile,
  date: string,
  mode: VisitMode,
  occasion: Occasion,
): Omit<ScenarioVisit, 'officer'> {
  const prevention: Record<PreventionItem, boolean> = {
    supplies: date >= p.readyOn.supplies,
    temperatureChecks: date >= p.readyOn.temperatureChecks,
    disinfection: date >= p.readyOn.disinfection,
    staffHealth: date >= p.readyOn.staffHealth,
    emergencyPlan: date >= p.readyOn.emergencyPlan,
  };
  const peopleMet =
    mode === 'on_site' && occasion !== 'takeover' && random.chance(0.6)
      ? `${p.cast[0]}、${p.cast[random.int(1, 2)]}`
      : occasion === 'takeover'
        ? p.cast[0]!
        : random.pick(p.cast);
  const status = statusText(random, p, date);
  const parts: string[] = [];
  const gaps = shortfalls(random, p, prevention);
  if (mode === 'on_site') {
    const lead =
      occasion === 'takeover'
        ? p.isProject
          ? '新任联络员到项目现场对接，与项目负责人见面，交接前期工作台账。'
          : '新任联络员到企对接，与企业负责人见面，交接前期工作台账。'
        : '';
    parts.push(`${lead}${status}，${[...strengths(random, p, prevention, 2), ...gaps].join('，')}。`);
  } else if (occasion === 'away') {
    parts.push(
      `${p.isProject ? '项目经理' : '企业负责人'}在外地，电话了解情况：${status}，约定近期到${p.isProject ? '项目现场' : '企'}实地走访。`,
    );
  } else if (mode === 'video') {
    parts.push(
      `视频连线查看${p.isProject ? '施工现场' : '车间'}：${status}，${gaps.length > 0 ? gaps.join('，') : '测温、消毒落实到位'}。`,
    );
  } else {
    const check =
      gaps.length > 0 ? gaps.join('，') : (strengths(random, p, prevention, 1)[0] ?? '防疫措施落实到位');
    parts.push(`电话联系${peopleMet.split(' ')[0]}：${status}，${check}。`);
  }
  if (p.issue && date <= p.issue.until && random.chance(0.6)) parts.push(`${p.issue.text}。`);
  else if (p.issue && date > p.issue.until && !p.issueClosed && mode !== 'video') {
    p.issueClosed = true;
    parts.push('前期反映的问题已协调解决。');
  } else if (random.chance(0.12)) parts.push(`${random.pick(policyNotes)}。`);
  const [from, to] =
    mode === 'on_site' ? [10 * 3600, 17 * 3600 + 50 * 60] : [8 * 3600 + 40 * 60, 17 * 3600 + 50 * 60];
  return {
    kind: p.subject.kind,
    subjectId: p.subject.id,
    regionCode: p.subject.regionCode,
    visitDate: date,
    mode,
    peopleMet,
    prevention,
    observations: parts.join(''),
    createdAt: `${date}T${clockTime(random.int(from, to))}+08:00`,
  };
}

function statusText(random: Random, p: Profile, date: string): string {
  const who = p.isProject ? '项目' : '企业';
  if (p.resumeOn === null)
    return random.pick(['项目尚未复工，正在办理复工前置手续', '项目尚未复工，施工队伍尚未返岗']);
  if (date < p.resumeOn) {
    if (p.isProject) return `项目尚未复工，计划${monthDay(p.resumeOn)}进场施工，复工方案已报备`;
    return random.pick([
      '企业尚未复工，正在准备复工备案材料，已现场指导',
      `企业计划${monthDay(p.resumeOn)}复工，返岗员工健康登记已完成${random.int(12, 19) * 5}%`,
      '企业尚未复工，外地员工返岗计划已制定',
    ]);
  }
  const since = daysBetween(p.resumeOn, date);
  const partial = p.fullOn === null || date < p.fullOn;
  const share = partial
    ? 0.35 + 0.4 * Math.min(1, since / 14) + (random.next() - 0.5) * 0.06
    : 0.84 + random.next() * 0.13;
  const onDuty = Math.max(1, Math.round(p.workforce * share));
  if (p.isProject)
    return partial
      ? `项目已部分复工，现场施工人员${onDuty}人，${p.works}`
      : random.pick([
          `项目已全面复工，现场施工人员${onDuty}人，${p.works}`,
          `项目施工正常，现场${onDuty}人，${p.works}`,
        ]);
  if (partial) {
    const capacity = Math.round(30 + 30 * Math.min(1, since / 14) + random.int(-3, 3));
    return random.pick([
      `${who}已部分复工，在岗${onDuty}人，产能约${capacity}%`,
      `${who}部分生产线已开工，在岗${onDuty}人，产能恢复约${capacity}%`,
    ]);
  }
  return random.pick([
    `${who}已复工，在岗${onDuty}人，生产正常`,
    `${who}已全面复工复产，在岗${onDuty}人，产能恢复至${p.capacity}%左右`,
    `${who}生产经营正常，在岗${onDuty}人`,
  ]);
}

/** Up to `count` prevention measures in place, in the words of a visit note. */
function strengths(
  random: Random,
  p: Profile,
  prevention: Record<PreventionItem, boolean>,
  count: number,
): string[] {
  const options = p.isProject
    ? [
        prevention.staffHealth && '工地实行封闭管理，工人实名制登记',
        prevention.temperatureChecks && '每日两次测温并登记',
        prevention.disinfection && '工棚、食堂每日消毒',
        prevention.supplies && `口罩储备可用${p.maskDays + random.int(-2, 2)}天`,
        prevention.staffHealth && '工人分餐、分散住宿',
        prevention.emergencyPlan && '已设临时隔离观察点',
      ]
    : [
        prevention.supplies && `口罩储备可用${p.maskDays + random.int(-2, 2)}天`,
        prevention.temperatureChecks && '厂区入口设测温点，进出人员登记',
        prevention.disinfection && '车间、宿舍每日消毒两次',
        prevention.staffHealth && '食堂分餐',
        prevention.staffHealth && `外地返岗员工${random.int(3, 40)}人已落实健康管理`,
        prevention.emergencyPlan && '已制定防疫应急预案并设隔离观察室',
      ];
  return shuffle(
    random,
    options.filter((o): o is string => typeof o === 'string'),
  ).slice(0, count);
}

function shortfalls(random: Random, p: Profile, prevention: Record<PreventionItem, boolean>): string[] {
  const out: string[] = [];
  if (!prevention.supplies)
    out.push(`口罩、消毒液储备仅够${random.int(1, 3)}天，已登记需求报县防控指挥部协调调配`);
  if (!prevention.temperatureChecks) out.push('测温枪不足，进出高峰排队，已建议增设测温点');
  if (!prevention.disinfection) out.push('消毒记录不全，已督促按时消毒并登记');
  if (!prevention.staffHealth)
    out.push(`${random.int(2, 12)}名外地返岗${p.isProject ? '工人' : '员工'}健康信息登记不全，已要求补登`);
  if (!prevention.emergencyPlan) out.push('尚无防疫应急预案，已提供模板指导制定');
  return out;
}

/** Day of the campaign of the first on-site visit: most in the first days after the go-ahead. */
function firstVisitDay(random: Random): number {
  return random.pick([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5]);
}

/** Days to the next on-site visit: about a week, never more than eight. */
function gap(random: Random): number {
  return random.pick([7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 4, 4, 8]);
}

// The dates around the campaign, precomputed: the generator moves dates some 15,000 times.
const calendar: string[] = [];
for (let d = '2020-01-27'; d <= '2020-03-31'; d = addDays(d, 1)) calendar.push(d);
const dayIndex = new Map(calendar.map((d, i) => [d, i]));

function shift(date: string, days: number): string {
  const i = dayIndex.get(date);
  return (i === undefined ? undefined : calendar[i + days]) ?? addDays(date, days);
}

function randomDate(random: Random, from: string, to: string): string {
  return shift(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** Code-unit order: ISO dates and instants sort as text, and localeCompare is far slower. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function daysBetween(from: string, to: string): number {
  const a = dayIndex.get(from);
  const b = dayIndex.get(to);
  if (a !== undefined && b !== undefined) return b - a;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function clockTime(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return items.at(-1)![0];
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
