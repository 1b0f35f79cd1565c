import { projectPageSchema, projectSchema, type Project } from '../../contracts/registry';
import { SubjectSelect, type SubjectSelectConfig, type SubjectSelectProps } from './subject-select';

const config: SubjectSelectConfig<Project> = {
  queryRoot: 'projects',
  path: '/api/projects',
  pageSchema: projectPageSchema,
  itemSchema: projectSchema,
  toOption: (p) => ({ id: p.id, name: p.name, code: p.code, regionName: p.regionName }),
  placeholder: '输入项目名称或编号查找',
  notFound: '没有找到项目',
};

/** Picks one key project the user may see, searching by name or project code. */
export function ProjectSelect(props: SubjectSelectProps) {
  return <SubjectSelect config={config} {...props} />;
}
