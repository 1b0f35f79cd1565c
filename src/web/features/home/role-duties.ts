import type { Role } from '../../../domain/roles';

export interface Duty {
  text: string;
  /** Nothing on the platform supports it yet: the home page says 即将上线 instead of implying it is there. */
  coming?: true;
}

const coming = (text: string): Duty => ({ text, coming: true });

/**
 * What each role does (PRODUCT.md, "Who uses it"), as the home page tells them. A duty is listed as
 * available only when a screen behind it exists; the modules still to come (督办事项, 隐患排查, 价格补贴,
 * 调度通报) are marked, so no title promises what a user cannot find.
 */
export const roleDuties: Record<Role, Duty[]> = {
  admin: [
    { text: '建立和维护全市各级用户账号，按岗位分配角色和权限范围' },
    { text: '为调离、离岗人员及时停用账号，为锁定的账号核实身份后解锁' },
    { text: '定期检查审计日志，发现异常操作及时报告' },
    { text: '为对接的业务系统发放接口令牌，不再使用的及时吊销' },
    coming('维护区划、部门、行业等基础数据'),
  ],
  dispatcher: [
    { text: '掌握全市规模以上工业企业和重点项目复工复产进度' },
    { text: '督促各区县、各部门按时报送复工日报，盯紧未报和迟报' },
    { text: '受理企业反映的困难问题，交办责任部门并跟踪办结' },
    { text: '对超期未办的问题及时提醒、提级处理' },
    coming('定期编发调度通报'),
  ],
  leader: [
    { text: '查看全市复工复产调度看板、问题台账、办理统计和联络覆盖情况' },
    coming('登记督导行程，对重点问题作出批示、下达督办事项并跟踪落实'),
    coming('查阅调度通报'),
  ],
  county_dispatcher: [
    { text: '掌握本辖区企业和重点项目复工复产进度' },
    { text: '督促辖区企业、联络员按时报送复工日报' },
    { text: '受理辖区企业反映的问题，交办相关部门并跟踪办结' },
    coming('落实市里下达的督办事项并按时反馈'),
  ],
  department_officer: [
    { text: '签收交办给本部门的企业问题' },
    { text: '在办理时限内协调解决，及时反馈办理进展' },
    { text: '办结后填写办理结果，等待企业确认销号' },
    coming('签收和办理领导批示的督办事项'),
  ],
  liaison_officer: [
    { text: '定期走访联系的企业和项目工地，记录走访情况' },
    { text: '协助或代为填报复工日报，确保按时报送' },
    { text: '收集企业在用工、原料、物流、资金等方面的困难问题并及时反映' },
    { text: '走访时核实企业防疫措施落实情况' },
  ],
  enterprise_user: [
    { text: '每天按时填报本企业（项目）复工日报' },
    { text: '如实报送到岗人数、产能恢复和防疫措施落实情况' },
    { text: '遇到困难问题及时反映，跟踪办理进展并对办理结果作出评价' },
  ],
  inspector: [
    coming('按督查安排检查水库、在建水利工程和防汛物资储备'),
    coming('现场发现隐患的，登记隐患并下达整改通知单'),
    coming('复查整改情况，合格后办理销号'),
  ],
  subsidy_officer: [
    coming('跟踪物价变动，达到联动机制启动条件时测算价格临时补贴'),
    coming('按月编制补贴对象花名册和发放明细'),
    coming('跟踪补贴发放进度，做到应发尽发、账实相符'),
  ],
};

/** True when none of the role's duties has a screen yet (the home page says so plainly). */
export function hasOnlyComingDuties(role: Role): boolean {
  return roleDuties[role].every((d) => d.coming);
}
