import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import {
  enterpriseInputSchema,
  enterpriseUpdateSchema,
  type Enterprise,
} from '../../../../contracts/registry';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateEnterprise, useUpdateEnterprise } from '../api/enterprises';
import {
  emptyEnterpriseForm,
  enterpriseFormFieldNames,
  enterpriseFormValuesOf,
  toEnterpriseInput,
  toEnterpriseUpdate,
  type EnterpriseFormValues,
} from '../lib/enterprise-form-values';
import { EnterpriseFormFields } from './enterprise-form-fields';

interface EnterpriseFormDrawerProps {
  open: boolean;
  /** The enterprise being edited; null registers a new one. */
  enterprise: Enterprise | null;
  isEnterpriseUser: boolean;
  onClose: () => void;
  onSaved?: (enterprise: Enterprise, isNew: boolean) => void;
  /** Our copy was stale (412): the caller reloads it. */
  onStale?: () => void;
}

export function EnterpriseFormDrawer(props: EnterpriseFormDrawerProps) {
  const { open, enterprise, isEnterpriseUser, onClose, onSaved, onStale } = props;
  const [form] = Form.useForm<EnterpriseFormValues>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise();
  const isCreate = enterprise === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(enterprise ? enterpriseFormValuesOf(enterprise) : emptyEnterpriseForm);
  }, [open, enterprise, form]);

  const onServerError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412) {
      message.warning('该企业刚被其他人修改过，已载入最新信息，请核对后重新保存');
      onStale?.();
      return;
    }
    if (!applyServerFieldErrors(form, error, enterpriseFormFieldNames)) message.error(errorMessage(error));
  };

  const onFinish = (values: EnterpriseFormValues) => {
    if (isCreate) {
      const body = parseWithContract(form, enterpriseInputSchema, toEnterpriseInput(values));
      if (!body) return;
      create.mutate(body, {
        onSuccess: (saved) => {
          message.success(`已登记企业“${saved.name}”`);
          onSaved?.(saved, true);
          onClose();
        },
        onError: onServerError,
      });
      return;
    }
    const changes = toEnterpriseUpdate(values, enterprise, isEnterpriseUser);
    if (Object.keys(changes).length === 0) {
      message.info('没有修改任何内容');
      onClose();
      return;
    }
    const body = parseWithContract(form, enterpriseUpdateSchema, changes);
    if (!body) return;
    update.mutate(
      { id: enterprise.id, version: enterprise.version, body },
      {
        onSuccess: (saved) => {
          message.success('企业信息已保存');
          onSaved?.(saved, false);
          onClose();
        },
        onError: onServerError,
      },
    );
  };

  return (
    <Drawer
      title={isCreate ? '新增企业' : `编辑企业：${enterprise.name}`}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      forceRender
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={create.isPending || update.isPending}
            data-testid="enterprise-save"
          >
            {isCreate ? '登记' : '保存'}
          </Button>
        </Space>
      }
    >
      {isEnterpriseUser ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="您可以更新从业人员、年产值、地址、联系人、联系电话和连续生产型。信用代码、名称、区县和行业如需更正，请联系所在区县调度员。"
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} scrollToFirstError>
        <EnterpriseFormFields isEnterpriseUser={isEnterpriseUser} originalPhone={enterprise?.contactPhone} />
      </Form>
    </Drawer>
  );
}
