import type { SessionUser } from '../../../../contracts/auth';

type TitleUser = Pick<SessionUser, 'role' | 'permissions'> & { regionName?: string };
type RegistryList = 'enterprises' | 'projects';

const nouns: Record<RegistryList, { title: string; mine: string; kind: string; findBy: string }> = {
  enterprises: {
    title: '企业名录',
    mine: '我联系的企业',
    kind: '规模以上工业企业',
    findBy: '按区县、行业和状态查找',
  },
  projects: {
    title: '重点项目',
    mine: '我联系的项目',
    kind: '省、市、县级重点项目',
    findBy: '按区县、级别和建设阶段查找',
  },
};

/** A liaison officer's registry scope is the subjects assigned to them, not a region. */
function listsAssigned(user: TitleUser): boolean {
  return user.role === 'liaison_officer';
}

/**
 * A registry list's title and one-line description for this user: named by what it lists (an officer's
 * assigned subjects are not "the city's enterprises"), and promising 登记/导入 only to those who may.
 */
export function registryListLabels(
  list: RegistryList,
  user: TitleUser,
): { title: string; description: string } {
  const noun = nouns[list];
  const may = (p: SessionUser['permissions'][number]) => user.permissions.includes(p);
  const verbs = [
    '查询',
    may('registry.write') ? '登记' : null,
    may('registry.import') ? 'Excel 导入' : null,
    may('registry.export') ? '导出' : null,
  ].filter((v): v is string => v !== null);
  const actions = verbs.length > 1 ? `${verbs.slice(0, -1).join('、')}和${verbs.at(-1)}` : verbs[0];
  if (listsAssigned(user)) {
    return { title: noun.mine, description: `分配给我联系的${noun.kind}的${actions}` };
  }
  return { title: noun.title, description: `${noun.kind}的${actions}` };
}

/** The list page's header: the same title, and what the user can do with the list in one sentence. */
export function registryListHeader(
  list: RegistryList,
  user: TitleUser,
): { title: string; description: string } {
  const noun = nouns[list];
  const what = list === 'enterprises' ? '企业' : '项目';
  const edits = user.permissions.includes('registry.write') ? `查看和维护${what}信息` : `查看${what}信息`;
  if (listsAssigned(user)) {
    return { title: noun.mine, description: `分配给我联系的${noun.kind}：${noun.findBy}，${edits}。` };
  }
  return {
    title: noun.title,
    description: `${user.regionName ?? ''}${noun.kind}：${noun.findBy}，${edits}。`,
  };
}
