import type { Role } from '../../domain/roles';

/** The demo password of every demo account (API.md). */
export const demoPassword = 'Demo@2020';

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  regionCode: string;
  /** Department code (see domain/reference/hengyang.ts), for roles bound to a department. */
  departmentCode?: string;
  phone?: string;
}

/** One account per role, as API.md names them; the README lists the same. */
export const demoAccounts: DemoAccount[] = [
  { username: 'admin', name: '系统管理员', role: 'admin', regionCode: '430400' },
  {
    username: 'dispatcher',
    name: '周建国',
    role: 'dispatcher',
    regionCode: '430400',
    departmentCode: '430400-fgw',
  },
  { username: 'leader', name: '李市长', role: 'leader', regionCode: '430400' },
  {
    username: 'county',
    name: '常宁调度员 王芳',
    role: 'county_dispatcher',
    regionCode: '430482',
    departmentCode: '430482-fgj',
  },
  {
    username: 'department',
    name: '工信局 刘洋',
    role: 'department_officer',
    regionCode: '430400',
    departmentCode: '430400-gxj',
  },
  {
    username: 'liaison',
    name: '联络员 陈志强',
    role: 'liaison_officer',
    regionCode: '430482',
    departmentCode: '430400-fgw',
    phone: '13907346688',
  },
  { username: 'enterprise', name: '隆源铜业 赵敏', role: 'enterprise_user', regionCode: '430482' },
  {
    username: 'inspector',
    name: '督查组 孙海',
    role: 'inspector',
    regionCode: '430400',
    departmentCode: '430400-slj',
  },
  {
    username: 'subsidy',
    name: '民政局 黄丽',
    role: 'subsidy_officer',
    regionCode: '430400',
    departmentCode: '430400-mzj',
  },
];
