import { describe, expect, it } from 'vitest';
import { closingOf, departmentStatus } from './case-outcome';

const resolvedAt = '2020-03-06T08:00:00.000Z';
const lead = { role: 'lead' as const, deadline: '2020-03-10T16:00:00.000Z', doneAt: null };
const co = { role: 'co' as const, deadline: '2020-03-09T16:00:00.000Z', doneAt: null };

describe('closingOf', () => {
  it('says in plain Chinese how a case closed, never the code', () => {
    expect(closingOf({ state: 'closed', closedAs: 'satisfied', resolvedAt })?.text).toBe(
      '提出人确认满意，已销号',
    );
    expect(closingOf({ state: 'closed', closedAs: 'duplicate', resolvedAt: null })?.text).toBe(
      '重复事项，不予受理',
    );
    expect(closingOf({ state: 'closed', closedAs: 'out_of_remit', resolvedAt: null })?.text).toBe(
      '不属于政府职责范围，不予受理',
    );
    expect(closingOf({ state: 'closed', closedAs: 'verified', resolvedAt })?.text).toBe('审核通过，已销号');
    expect(closingOf({ state: 'closed', closedAs: 'rechecked', resolvedAt })?.text).toBe('复查通过，已销号');
    expect(closingOf({ state: 'closed', closedAs: 'something-new', resolvedAt })?.text).toBe('已销号');
  });

  it('is null while the case is open', () => {
    expect(closingOf({ state: 'resolved', closedAs: null, resolvedAt })).toBeNull();
    expect(closingOf({ state: 'reopened', closedAs: null, resolvedAt })).toBeNull();
  });
});

describe('departmentStatus', () => {
  it('shows the lead done (with the resolve date) once resolved, and still after the requester confirms', () => {
    expect(departmentStatus({ state: 'resolved', closedAs: null, resolvedAt }, lead)).toEqual({
      kind: 'done',
      at: resolvedAt,
    });
    expect(departmentStatus({ state: 'closed', closedAs: 'satisfied', resolvedAt }, lead)).toEqual({
      kind: 'done',
      at: resolvedAt,
    });
  });

  it('shows the deadline while the case is being handled, also after a reopen', () => {
    expect(departmentStatus({ state: 'accepted', closedAs: null, resolvedAt: null }, lead)).toEqual({
      kind: 'open',
      deadline: lead.deadline,
    });
    expect(departmentStatus({ state: 'reopened', closedAs: null, resolvedAt }, lead)).toEqual({
      kind: 'open',
      deadline: lead.deadline,
    });
  });

  it('shows no clock on a case closed without being resolved', () => {
    expect(departmentStatus({ state: 'closed', closedAs: 'duplicate', resolvedAt: null }, lead)).toEqual({
      kind: 'ended',
    });
  });

  it('shows a co-department done when it reported its part, and ended if the case closed before', () => {
    const doneAt = '2020-03-05T02:00:00.000Z';
    expect(
      departmentStatus({ state: 'accepted', closedAs: null, resolvedAt: null }, { ...co, doneAt }),
    ).toEqual({ kind: 'done', at: doneAt });
    expect(departmentStatus({ state: 'closed', closedAs: 'satisfied', resolvedAt }, co)).toEqual({
      kind: 'ended',
    });
  });
});
