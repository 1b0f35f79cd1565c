import type { ProblemCategory, ProblemSource } from '../../../domain/cases/problem';
import type { CasePriority } from '../../../domain/cases/workflow';
import { addDays } from '../../../domain/dates';
import type { Random } from '../random';
import type { Department, Directory, Person, Subject } from './people';
import {
  categoryTexts,
  outOfRemit,
  pickWeighted,
  sourceWeights,
  countyCounterpart,
  type TextContext,
} from './texts/index';
import { DAY, dateOf, instant, minuteOfDay, monthDay } from './time';
import { caseScenarioStart } from './types';
import { materialsOf, regionByCode, shortName, tollStations } from './words';

// Plans: what each case is and how it will go, before its timeline is laid out.

export interface Plan {
  createdMs: number;
  subject: Subject;
  category: ProblemCategory;
  priority: CasePriority;
  source: ProblemSource;
  reportDate: string | null;
  requester: Person;
  title: string;
  core: string;
  resolution: string;
  coDone: string | null;
  progress: string[];
  extensionReason: string;
  complaint: [string, string];
  lead: Department | null;
  co: { department: Department; part: string } | null;
  assigner: Person;
  misroutedTo: Department | null;
  closeAs: { as: 'duplicate' | 'out_of_remit'; reason: string } | null;
  duplicateOf: Plan | null;
  lateAccept: boolean;
  lateResolve: boolean;
  extension: 'approve' | 'refuse' | null;
  unsatisfied: boolean;
  stuck: 'accept' | 'resolve' | null;
  rating: number;
  secondRating: number;
  progressCount: number;
  number: string;
  seed: number;
}

export function sourcePrefix(source: ProblemSource, reportDate: string | null): string {
  switch (source) {
    case 'enterprise':
      return '';
    case 'liaison_visit':
      return '联络员走访了解到：';
    case 'hotline_12345':
      return '12345热线转办：';
    case 'dispatcher':
      return '调度中心梳理复工日报发现：';
    case 'daily_report':
      return `复工日报（${monthDay(reportDate ?? caseScenarioStart)}）反映困难：`;
  }
}

export function requesterFor(
  directory: Directory,
  r: Random,
  source: ProblemSource,
  subject: Subject,
  countyLevel: boolean,
): Person {
  switch (source) {
    case 'enterprise':
      return directory.contact(subject);
    case 'liaison_visit':
      return directory.liaison(subject.regionCode, r);
    case 'hotline_12345':
      return directory.cityDispatcher;
    case 'dispatcher':
      return countyLevel ? directory.countyDispatcher(subject.regionCode) : directory.cityDispatcher;
    case 'daily_report':
      return r.chance(0.55) ? directory.contact(subject) : directory.countyDispatcher(subject.regionCode);
  }
}

export function rating(r: Random): number {
  return pickWeighted(r, [
    [5, 56],
    [4, 34],
    [3, 10],
  ]);
}

export interface Draft {
  createdMs: number;
  category: ProblemCategory;
  subject: Subject;
  source?: ProblemSource;
}

export function planCase(directory: Directory, r: Random, draft: Draft): Plan {
  const { subject, category } = draft;
  const texts = categoryTexts[category];
  const kind = subject.kind;
  const templates = texts.templates.filter((t) => t.for === 'both' || t.for === kind);
  const template = r.pick(templates);

  // Routing: the category's city department, sometimes the subject's own county-level bureau.
  const region = regionByCode.get(subject.regionCode);
  const isPark = region?.kind === 'park';
  let countyCode: string | null = null;
  if (template.county && region && region.kind !== 'city') {
    const suffix = isPark
      ? ['用工', '政策兑现', '其他'].includes(category)
        ? 'qyfw'
        : category === '审批手续'
          ? 'jjfz'
          : null
      : template.county;
    if (suffix && directory.has(`${subject.regionCode}-${suffix}`) && r.chance(isPark ? 0.2 : 0.24))
      countyCode = `${subject.regionCode}-${suffix}`;
  }
  const lead = directory.department(countyCode ?? `430400-${template.lead}`);
  const countyLevel = lead.regionCode !== '430400';
  let co: Plan['co'] = null;
  if (template.co && r.chance(0.75)) {
    const local = countyCounterpart[template.co.code];
    const localCode = countyLevel && local ? `${lead.regionCode}-${local}` : null;
    const department = directory.department(
      localCode && directory.has(localCode) ? localCode : `430400-${template.co.code}`,
    );
    if (department.id !== lead.id) co = { department, part: template.co.part };
  }

  const createdDate = dateOf(draft.createdMs);
  const context: TextContext = {
    r,
    name: subject.name,
    short: shortName(kind, subject.name),
    isProject: kind === 'project',
    place: region?.kind === 'city' || !region ? '衡阳市' : region.name,
    station: tollStations[subject.regionCode] ?? '衡阳西',
    materials: materialsOf(subject.name),
    lead: lead.name,
    co: co?.department.name ?? null,
    createdDate,
  };
  const wording = template.text(context);

  const source =
    draft.source ??
    pickWeighted(
      r,
      (Object.entries(sourceWeights) as [ProblemSource, number][]).filter(
        ([s]) => kind === 'enterprise' || s !== 'hotline_12345',
      ),
    );
  const reportDate =
    source === 'daily_report'
      ? minuteOfDay(draft.createdMs) < 12 * 60
        ? addDays(createdDate, -1)
        : createdDate
      : null;
  const early = 1 - Math.min(1, (draft.createdMs - instant(caseScenarioStart, 0)) / (21 * DAY));
  const urgent = r.chance(Math.min(0.8, template.urgent * (0.65 + 0.35 * early)));

  const misroute = directory.department(`430400-${texts.misroute}`);
  const misroutedTo =
    !countyLevel &&
    misroute.id !== lead.id &&
    (co === null || co.department.id !== misroute.id) &&
    r.chance(0.05)
      ? misroute
      : null;

  return {
    createdMs: draft.createdMs,
    subject,
    category,
    priority: urgent ? 'urgent' : 'normal',
    source,
    reportDate,
    requester: requesterFor(directory, r, source, subject, countyLevel),
    title: wording.title,
    core: wording.description,
    resolution: wording.resolution,
    coDone: wording.coDone ?? (co ? `${co.part}已完成` : null),
    progress: texts.progress,
    extensionReason: r.pick(texts.extension),
    complaint: r.pick(texts.unsatisfied),
    lead,
    co,
    assigner: countyLevel ? directory.countyDispatcher(lead.regionCode) : directory.cityDispatcher,
    misroutedTo,
    closeAs: null,
    duplicateOf: null,
    lateAccept: r.chance(0.07),
    lateResolve: r.chance(0.08),
    extension: r.chance(0.05) ? (r.chance(0.75) ? 'approve' : 'refuse') : null,
    unsatisfied: r.chance(0.06),
    stuck: null,
    rating: rating(r),
    secondRating: pickWeighted(r, [
      [3, 30],
      [4, 50],
      [5, 20],
    ]),
    progressCount: pickWeighted(r, [
      [0, 35],
      [1, 45],
      [2, 20],
    ]),
    number: '',
    seed: 0,
  };
}

export function planOutOfRemit(directory: Directory, r: Random, draft: Draft, index: number): Plan {
  const entry = outOfRemit[index % outOfRemit.length]!;
  const region = regionByCode.get(draft.subject.regionCode);
  const words = entry.text({
    r,
    name: draft.subject.name,
    short: shortName(draft.subject.kind, draft.subject.name),
    isProject: draft.subject.kind === 'project',
    place: region?.name ?? '衡阳市',
    station: '',
    materials: '',
    lead: '',
    co: null,
    createdDate: dateOf(draft.createdMs),
  });
  const source: ProblemSource = r.chance(0.5) ? 'enterprise' : 'hotline_12345';
  const base = planCase(directory, r, { ...draft, category: entry.category, source });
  return {
    ...base,
    category: entry.category,
    priority: 'normal',
    title: words.title,
    core: words.description,
    lead: null,
    co: null,
    assigner: directory.cityDispatcher,
    misroutedTo: null,
    closeAs: { as: 'out_of_remit', reason: words.reason },
  };
}
