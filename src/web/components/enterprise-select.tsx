import { enterprisePageSchema, enterpriseSchema, type Enterprise } from '../../contracts/registry';
import { SubjectSelect, type SubjectSelectConfig, type SubjectSelectProps } from './subject-select';

const config: SubjectSelectConfig<Enterprise> = {
  queryRoot: 'enterprises',
  path: '/api/enterprises',
  pageSchema: enterprisePageSchema,
  itemSchema: enterpriseSchema,
  toOption: (e) => ({ id: e.id, name: e.name, code: e.creditCode, regionName: e.regionName }),
  placeholder: '输入企业名称或信用代码查找',
  notFound: '没有找到企业',
};

/** Picks one enterprise of the registry the user may see, searching by name or credit code. */
export function EnterpriseSelect(props: SubjectSelectProps) {
  return <SubjectSelect config={config} {...props} />;
}
