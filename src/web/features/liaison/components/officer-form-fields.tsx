import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createOfficerRequestSchema, mobileSchema } from '../../../../contracts/liaison';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { contractRule } from '../../../lib/form-errors';
import { OfficerPasswordField } from './officer-password-field';
import { OfficerUnitField } from './officer-unit-field';

// The form keeps dates as YYYY-MM-DD, as the contract does; the pickers work in dayjs.
const dateProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** The roster form; creating adds the mobile (the sign-in name) and the initial password. */
export function OfficerFormFields({ isCreate }: { isCreate: boolean }) {
  const form = Form.useFormInstance();
  const activeFrom = Form.useWatch<string | undefined>('activeFrom', form);
  return (
    <>
      <Form.Item
        name="name"
        label="姓名"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          contractRule(createOfficerRequestSchema.shape.name),
        ]}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="mobile"
        label="手机号"
        tooltip={isCreate ? '也是联络员的登录用户名' : '手机号即登录用户名，不能修改；换号请新增联络员'}
        rules={isCreate ? [{ required: true, message: '请输入手机号' }, contractRule(mobileSchema)] : []}
      >
        <Input
          disabled={!isCreate}
          inputMode="tel"
          autoComplete="off"
          maxLength={11}
          placeholder="11 位手机号，用作登录用户名"
        />
      </Form.Item>
      {isCreate ? (
        <OfficerPasswordField name="password" label="初始密码" extra="首次登录时须修改为本人的密码" />
      ) : null}
      <OfficerUnitField />
      <Form.Item name="post" label="职务" rules={[contractRule(createOfficerRequestSchema.shape.post)]}>
        <Input autoComplete="off" maxLength={50} placeholder="如：副局长、科长（选填）" />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label="工作区域"
        tooltip="可联系该区域及其下辖的企业和项目"
        rules={[{ required: true, message: '请选择工作区域' }]}
      >
        <RegionTreeSelect allowClear={false} style={{ width: '100%' }} placeholder="选择工作区域" />
      </Form.Item>
      <Form.Item
        name="activeFrom"
        label="在岗起始日期"
        rules={[{ required: true, message: '请选择在岗起始日期' }]}
        {...dateProps}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="activeTo"
        label="在岗结束日期"
        extra="不填为长期在岗；到期后不再计入在岗联络员"
        dependencies={['activeFrom']}
        rules={[
          {
            validator: async (_, value: string | null | undefined) => {
              if (value && activeFrom && value < activeFrom) throw new Error('结束日期不能早于起始日期');
            },
          },
        ]}
        {...dateProps}
      >
        <DatePicker
          style={{ width: '100%' }}
          placeholder="长期"
          disabledDate={(d) => (activeFrom ? d.isBefore(dayjs(activeFrom), 'day') : false)}
        />
      </Form.Item>
    </>
  );
}
