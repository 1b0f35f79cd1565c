import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { createApiTokenRequestSchema } from '../../../../contracts/users';
import { roleLabels, roles } from '../../../../domain/roles';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { errorMessage } from '../../../lib/api-error';
import {
  applyServerFieldErrors,
  blankToUndefined,
  contractRule,
  parseWithContract,
} from '../../../lib/form-errors';
import { useCreateApiToken, type CreateApiTokenRequest, type CreatedApiToken } from '../api/create-api-token';

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

interface CreateTokenModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (token: CreatedApiToken) => void;
}

export function CreateTokenModal({ open, onClose, onCreated }: CreateTokenModalProps) {
  const [form] = Form.useForm<Partial<CreateApiTokenRequest>>();
  const { message } = App.useApp();
  const createToken = useCreateApiToken();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onFinish = (values: Partial<CreateApiTokenRequest>) => {
    const body = parseWithContract(form, createApiTokenRequestSchema, blankToUndefined(values));
    if (!body) return;
    createToken.mutate(body, {
      onSuccess: (created) => {
        onClose();
        onCreated(created);
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ['name', 'role', 'regionCode']))
          message.error(errorMessage(error));
      },
    });
  };

  return (
    <Modal
      title="发放接口令牌"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="发放"
      confirmLoading={createToken.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="name"
          label="用途说明"
          rules={[
            { required: true, whitespace: true, message: '请说明令牌的用途' },
            contractRule(createApiTokenRequestSchema.shape.name),
          ]}
        >
          <Input placeholder="如：省发改委复工数据对接" maxLength={64} showCount />
        </Form.Item>
        <Form.Item
          name="role"
          label="按角色授权"
          tooltip="令牌拥有该角色的全部权限，请选择满足对接需要的最小角色"
          rules={[{ required: true, message: '请选择角色' }]}
        >
          <Select options={roleOptions} placeholder="请选择角色" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label="数据范围"
          tooltip="令牌只能访问该区划及下辖单位的数据"
          rules={[{ required: true, message: '请选择区划' }]}
        >
          <RegionTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
