import { describe, expect, it } from 'vitest';
import { closingOf, departmentStatus } from './case-outcome';

const resolvedAt = '2020-03-06T08:00:00.000Z';
const lead = { role: 'lead' as const, deadline: '2020-03-10T16:00:00.000Z', doneAt: null };
const co = { role: 'co' as const, deadline: '2020-03-09T16:00:00.000Z', doneAt: null };

describe('closingOf', () => {
  it('shows the kind’s own words for how a case closed, never the code', () => {
    const closed = (closedAs: string, closedAsLabel: string | null, at: string | null) =>
      closingOf({ state: 'closed', closedAs, closedAsLabel, resolvedAt: at });
    expect(closed('satisfied', '提出人确认满意，已销号', resolvedAt)).toEqual({
      text: '提出人确认满意，已销号',
      resolved: true,
    });
    expect(closed('duplicate', '重复事项，不予受理', null)).toEqual({
      text: '重复事项，不予受理',
      resolved: false,
    });
    expect(closed('something-new', null, resolvedAt)).toEqual({ text: '已销号', resolved: true });
  });

  it('is null while the case is open', () => {
    expect(closingOf({ state: 'resolved', closedAs: null, closedAsLabel: null, resolvedAt })).toBeNull();
  });
});

describe('departmentStatus', () => {
  it('shows the lead done (with the resolve date) once resolved, and still after the requester confirms', () => {
    expect(
      departmentStatus({ state: 'resolved', closedAs: null, closedAsLabel: null, resolvedAt }, lead),
    ).toEqual({
      kind: 'done',
      at: resolvedAt,
    });
    expect(
      departmentStatus({ state: 'closed', closedAs: 'satisfied', closedAsLabel: null, resolvedAt }, lead),
    ).toEqual({
      kind: 'done',
      at: resolvedAt,
    });
  });

  it('shows the deadline while the case is being handled, also after a reopen', () => {
    expect(
      departmentStatus({ state: 'accepted', closedAs: null, closedAsLabel: null, resolvedAt: null }, lead),
    ).toEqual({
      kind: 'open',
      deadline: lead.deadline,
    });
    expect(
      departmentStatus({ state: 'reopened', closedAs: null, closedAsLabel: null, resolvedAt }, lead),
    ).toEqual({
      kind: 'open',
      deadline: lead.deadline,
    });
  });

  it('shows no clock on a case closed without being resolved', () => {
    expect(
      departmentStatus(
        { state: 'closed', closedAs: 'duplicate', closedAsLabel: null, resolvedAt: null },
        lead,
      ),
    ).toEqual({
      kind: 'ended',
    });
  });

  it('shows a co-department done when it reported its part, and ended if the case closed before', () => {
    const doneAt = '2020-03-05T02:00:00.000Z';
    expect(
      departmentStatus(
        { state: 'accepted', closedAs: null, closedAsLabel: null, resolvedAt: null },
        { ...co, doneAt },
      ),
    ).toEqual({ kind: 'done', at: doneAt });
    expect(
      departmentStatus({ state: 'closed', closedAs: 'satisfied', closedAsLabel: null, resolvedAt }, co),
    ).toEqual({
      kind: 'ended',
    });
  });
});
