import { hengyangRegions } from '../../../domain/reference/hengyang';
import { demoAccounts } from '../demo-accounts';
import type { Random } from '../random';
import { countyCounterpart } from './texts/index';
import type { CaseScenarioInput } from './types';
import { personName, shortName, unitShortName } from './words';

// People: who raises, assigns and handles the problems.

export interface Person {
  userId: number | null;
  name: string;
  role: string;
}

export type Department = CaseScenarioInput['departments'][number];
export type Subject = CaseScenarioInput['subjects'][number];

export class Directory {
  private readonly byCode = new Map<string, Department>();
  private readonly officers = new Map<number, Person>();
  readonly cityDispatcher: Person;
  private readonly countyDispatchers = new Map<string, Person>();
  private readonly liaisons = new Map<string, Person>();
  readonly cityLiaisons: Person[];
  private readonly enterpriseUsers = new Map<number, Person>();
  private readonly contacts = new Map<string, Person>();

  constructor(
    private readonly input: CaseScenarioInput,
    private readonly r: Random,
  ) {
    if (input.departments.length === 0) throw new Error('generateCases: no departments');
    for (const d of input.departments) this.byCode.set(d.code, d);
    const known = new Map(
      demoAccounts.filter((a) => a.role === 'department_officer').map((a) => [a.departmentCode, a.name]),
    );
    for (const d of input.departments) {
      const label = d.regionCode === '430400' ? d.name.replace(/^市/, '') : d.name;
      this.officers.set(d.id, {
        userId: null,
        name: known.get(d.code) ?? `${label} ${personName(r)}`,
        role: 'department_officer',
      });
    }
    const as = (q: CaseScenarioInput['requesters'][number]): Person => ({
      userId: q.userId,
      name: q.name,
      role: q.role,
    });
    const dispatcher = input.requesters.find((q) => q.role === 'dispatcher');
    this.cityDispatcher = dispatcher ? as(dispatcher) : { userId: null, name: '周建国', role: 'dispatcher' };
    const regionOf = (q: CaseScenarioInput['requesters'][number]): string | null =>
      q.regionCode && q.regionCode !== '430400'
        ? q.regionCode
        : (hengyangRegions.find((g) => {
            const short = unitShortName(g.code);
            return short !== null && q.name.includes(short);
          })?.code ?? null);
    this.cityLiaisons = [];
    for (const q of input.requesters) {
      if (q.role === 'county_dispatcher') {
        const region = regionOf(q);
        if (region && !this.countyDispatchers.has(region)) this.countyDispatchers.set(region, as(q));
      } else if (q.role === 'liaison_officer') {
        const region = regionOf(q);
        if (region) this.liaisons.set(region, as(q));
        else this.cityLiaisons.push(as(q));
      } else if (q.role === 'enterprise_user') {
        const firm =
          q.enterpriseId ??
          input.subjects.find((s) => {
            const token = q.name.split(/\s+/)[0]!;
            return s.kind === 'enterprise' && token.length >= 2 && s.name.includes(token);
          })?.id;
        if (firm !== undefined && !this.enterpriseUsers.has(firm)) this.enterpriseUsers.set(firm, as(q));
      }
    }
  }

  /** The department with this code, else its city counterpart, else 市发改委, else the first one. */
  department(code: string): Department {
    const found = this.byCode.get(code);
    if (found) return found;
    const suffix = code.split('-')[1] ?? '';
    const cityCode = Object.entries(countyCounterpart).find(([, c]) => c === suffix)?.[0] ?? suffix;
    return (
      this.byCode.get(`430400-${cityCode}`) ?? this.byCode.get('430400-fgw') ?? this.input.departments[0]!
    );
  }

  /** The department's name by id, or undefined when there is no such department. */
  departmentName(id: number): string | undefined {
    return this.input.departments.find((d) => d.id === id)?.name;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  officer(department: Department): Person {
    return this.officers.get(department.id)!;
  }

  countyDispatcher(regionCode: string): Person {
    let person = this.countyDispatchers.get(regionCode);
    if (!person) {
      const unit = unitShortName(regionCode) ?? '区县';
      person = { userId: null, name: `${unit}调度员 ${personName(this.r)}`, role: 'county_dispatcher' };
      this.countyDispatchers.set(regionCode, person);
    }
    return person;
  }

  liaison(regionCode: string, r: Random): Person {
    if (this.cityLiaisons.length > 0 && r.chance(0.3)) return r.pick(this.cityLiaisons);
    let person = this.liaisons.get(regionCode);
    if (!person) {
      person = { userId: null, name: `联络员 ${personName(this.r)}`, role: 'liaison_officer' };
      this.liaisons.set(regionCode, person);
    }
    return person;
  }

  enterpriseUser(subject: Subject): Person | undefined {
    return subject.kind === 'enterprise' ? this.enterpriseUsers.get(subject.id) : undefined;
  }

  linkedEnterprises(): number[] {
    return [...this.enterpriseUsers.keys()];
  }

  /** The enterprise's (or site's) contact who raises its problems without an account. */
  contact(subject: Subject): Person {
    const linked = this.enterpriseUser(subject);
    if (linked) return linked;
    const key = `${subject.kind}:${subject.id}`;
    let person = this.contacts.get(key);
    if (!person) {
      const short = shortName(subject.kind, subject.name);
      const label = subject.kind === 'project' ? `${short.slice(0, 8)}项目部` : short;
      person = { userId: null, name: `${label} ${personName(this.r)}`, role: 'enterprise_user' };
      this.contacts.set(key, person);
    }
    return person;
  }
}
