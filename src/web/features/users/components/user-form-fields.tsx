import { Form, Input, Select } from 'antd';
import { createUserRequestSchema, phoneSchema, usernameSchema } from '../../../../contracts/users';
import { roleBindings, type Role } from '../../../../domain/roles';
import { EnterpriseSelect } from '../../../components/enterprise-select';
import { ProjectSelect } from '../../../components/project-select';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { contractRule } from '../../../lib/form-errors';
import { DepartmentSelect } from './department-select';
import { PasswordField } from './password-field';
import { roleOptions } from './role-options';

/** The fields of the user form; creating adds the sign-in name and initial password. */
export function UserFormFields({ isCreate }: { isCreate: boolean }) {
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>('role', form);
  const regionCode = Form.useWatch<string | undefined>('regionCode', form);
  const binding = role ? roleBindings[role] : 'none';

  return (
    <>
      <Form.Item
        name="username"
        label="用户名"
        tooltip="登录时使用，创建后不能修改"
        rules={
          isCreate
            ? [{ required: true, whitespace: true, message: '请输入用户名' }, contractRule(usernameSchema)]
            : []
        }
      >
        <Input
          disabled={!isCreate}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="字母、数字或 _ . @ -"
        />
      </Form.Item>
      {isCreate ? <PasswordField name="password" label="初始密码" /> : null}
      <Form.Item
        name="name"
        label="姓名"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          contractRule(createUserRequestSchema.shape.name),
        ]}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={roleOptions} placeholder="请选择角色" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label="所属区划"
        tooltip="权限范围的根：可查看该区划及下辖单位的数据"
        rules={[{ required: true, message: '请选择所属区划' }]}
      >
        <RegionTreeSelect allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label="所属部门"
        rules={binding === 'department' ? [{ required: true, message: '部门办理人须选择所属部门' }] : []}
      >
        <DepartmentSelect regionCode={regionCode} />
      </Form.Item>
      {binding === 'enterprise_or_project' ? <EnterpriseBindingFields /> : null}
      <Form.Item name="phone" label="手机号" rules={[contractRule(phoneSchema)]}>
        <Input inputMode="tel" autoComplete="off" placeholder="选填，用于接收待办提醒" />
      </Form.Item>
    </>
  );
}

function EnterpriseBindingFields() {
  const bindingRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async () => {
      if (!getFieldValue('enterpriseId') && !getFieldValue('projectId')) {
        throw new Error('企业填报员须关联一家企业或一个项目');
      }
    },
  });
  return (
    <>
      <Form.Item
        name="enterpriseId"
        label="关联企业"
        tooltip="企业填报员填报、查看该企业的信息"
        dependencies={['projectId']}
        rules={[bindingRule]}
      >
        <EnterpriseSelect />
      </Form.Item>
      <Form.Item
        name="projectId"
        label="关联项目"
        tooltip="项目填报员填报、查看该重点项目的信息"
        dependencies={['enterpriseId']}
        rules={[bindingRule]}
      >
        <ProjectSelect />
      </Form.Item>
    </>
  );
}
