import type { Random } from '../../random';

// What a category's texts are made of: the context of one problem, and the templates that word it.

export interface TextContext {
  r: Random;
  /** Full name of the enterprise or project. */
  name: string;
  short: string;
  isProject: boolean;
  /** The unit the subject is in (常宁市, 珠晖区 …). */
  place: string;
  station: string;
  materials: string;
  /** Name of the lead department and of the co-department, if any. */
  lead: string;
  co: string | null;
  createdDate: string;
}

export interface Wording {
  title: string;
  /** 1–3 sentences naming the subject. */
  description: string;
  resolution: string;
  coDone?: string;
}

export interface Template {
  for: 'enterprise' | 'project' | 'both';
  /** City department code suffix of the default lead (430400-…). */
  lead: string;
  /** A county-level unit's own bureau (suffix) when the problem is handled locally. */
  county?: string;
  co?: { code: string; part: string };
  urgent: number;
  text(c: TextContext): Wording;
}

export interface CategoryTexts {
  templates: Template[];
  progress: string[];
  extension: string[];
  /** [the requester's complaint, what the department did next]. */
  unsatisfied: [string, string][];
  /** Where a misrouted problem first went before it was returned (city suffix). */
  misroute: string;
}

export function wan(r: Random, min: number, max: number): string {
  const value = r.logUniform(min, max);
  return value >= 100 ? String(Math.round(value / 10) * 10) : (Math.round(value * 10) / 10).toFixed(1);
}
