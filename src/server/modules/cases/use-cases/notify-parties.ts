import type { NoticeRecipient } from '../../../../domain/cases/case-kind';
import type { Db } from '../../../platform/db/client';
import { notifyUsers } from '../../notifications/index';
import { createCasesRepository, type CaseDepartmentRow, type CaseRow } from '../cases.repository';
import type { CasesDeps } from './deps';

/**
 * Every notification the cases module sends goes through here: the symbolic recipients of a notice
 * (requester, dispatchers, lead, units, inspectors) become users, and the notifications module writes an in-app
 * notification and an SMS outbox entry for each in the caller's transaction. Inside a transaction every read goes through `tx`: PGlite has
 * one connection, and a read on `db` would wait for the transaction that is waiting for it.
 */
export function createNotifyParties({
  platform,
  regions,
  users,
}: Pick<CasesDeps, 'platform' | 'regions' | 'users'>) {
  async function cityDispatchers(tx: Db) {
    const city = (await regions.tree()).find((n) => n.parentCode === null)?.code;
    return city ? users.recipients({ roles: ['dispatcher'], regionCodes: [city] }, tx) : [];
  }

  async function dispatchersOf(tx: Db, regionCode: string) {
    return [
      ...(await users.recipients({ roles: ['county_dispatcher'], regionCodes: [regionCode] }, tx)),
      ...(await cityDispatchers(tx)),
    ];
  }

  async function requesterOf(tx: Db, row: CaseRow) {
    return [
      ...(row.requesterUserId ? await users.recipients({ userIds: [row.requesterUserId] }, tx) : []),
      ...(row.enterpriseId ? await users.recipients({ enterpriseIds: [row.enterpriseId] }, tx) : []),
      ...(row.projectId ? await users.recipients({ projectIds: [row.projectId] }, tx) : []),
    ];
  }

  /** The users of the lead unit: its department's officers, or the county government's dispatchers. */
  async function leadOf(tx: Db, row: CaseRow) {
    if (row.leadRegionCode)
      return users.recipients({ roles: ['county_dispatcher'], regionCodes: [row.leadRegionCode] }, tx);
    return row.leadDepartmentId ? users.recipients({ departmentIds: [row.leadDepartmentId] }, tx) : [];
  }

  async function unitsOf(tx: Db, row: CaseRow, departments: readonly CaseDepartmentRow[]) {
    const ids = departments.filter((d) => d.isActive).map((d) => d.departmentId);
    return [
      ...(ids.length > 0 ? await users.recipients({ departmentIds: ids }, tx) : []),
      ...(row.leadRegionCode
        ? await users.recipients({ roles: ['county_dispatcher'], regionCodes: [row.leadRegionCode] }, tx)
        : []),
    ];
  }

  async function inspectorsOf(tx: Db, row: CaseRow) {
    const city = (await regions.tree()).find((n) => n.parentCode === null)?.code;
    return users.recipients(
      { roles: ['inspector'], regionCodes: [row.regionCode, ...(city ? [city] : [])] },
      tx,
    );
  }

  async function resolve(tx: Db, row: CaseRow, to: readonly NoticeRecipient[]) {
    const departments = to.includes('units') ? await createCasesRepository(tx).departmentsOf([row.id]) : [];
    const lists = await Promise.all(
      to.map((r) => {
        switch (r) {
          case 'requester':
            return requesterOf(tx, row);
          case 'dispatchers':
            return dispatchersOf(tx, row.regionCode);
          case 'lead':
            return leadOf(tx, row);
          case 'units':
            return unitsOf(tx, row, departments);
          case 'inspectors':
            return inspectorsOf(tx, row);
        }
      }),
    );
    return lists.flat();
  }

  /** In-app notifications and (unless `sms` is false) an SMS outbox entry for each user, once each. */
  async function send(
    tx: Db,
    userIds: readonly number[],
    row: Pick<CaseRow, 'id' | 'number'>,
    title: string,
    body: string,
    options: { sms?: boolean; at?: Date; payload?: Record<string, unknown> } = {},
  ) {
    await notifyUsers(tx, {
      userIds,
      title,
      body,
      caseId: row.id,
      at: options.at ?? platform.clock.now(),
      payload: { number: row.number, ...options.payload },
      ...(options.sms === false ? { sms: false } : {}),
    });
  }

  return {
    resolve,
    send,
    /** A notice to its symbolic recipients, leaving out the user who caused it. */
    async notify(
      tx: Db,
      row: CaseRow,
      notice: { to: readonly NoticeRecipient[]; title: string; body: string },
      exceptUserId: number | null = null,
    ) {
      const users = (await resolve(tx, row, notice.to)).map((u) => u.id).filter((id) => id !== exceptUserId);
      await send(tx, users, row, notice.title, notice.body);
    },
  };
}

export type NotifyParties = ReturnType<typeof createNotifyParties>;
