import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import {
  createOfficerRequestSchema,
  updateOfficerRequestSchema,
  type Officer,
} from '../../../../contracts/liaison';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { parseWithContract } from '../../../lib/form-errors';
import { useServerClock } from '../../../lib/server-clock';
import { useCurrentUser } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateOfficer, useUpdateOfficer } from '../api/officers';
import {
  emptyOfficerForm,
  officerFieldOf,
  officerFormFieldNames,
  officerFormValuesOf,
  toCreateOfficerRequest,
  toUpdateOfficerRequest,
  type OfficerFormValues,
} from '../lib/officer-form-values';
import { OfficerFormFields } from './officer-form-fields';

interface OfficerFormDrawerProps {
  open: boolean;
  /** The officer being edited; null adds a new one. */
  officer: Officer | null;
  onClose: () => void;
  onSaved?: (officer: Officer, isNew: boolean) => void;
  /** Our copy was stale (412): the caller loads the current one, and the form shows it. */
  onStale?: (id: number) => void;
}

export function OfficerFormDrawer({ open, officer, onClose, onSaved, onStale }: OfficerFormDrawerProps) {
  const [form] = Form.useForm<OfficerFormValues>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const user = useCurrentUser();
  const clock = useServerClock();
  const create = useCreateOfficer();
  const update = useUpdateOfficer();
  const isCreate = officer === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      officer ? officerFormValuesOf(officer) : emptyOfficerForm(cityDate(clock.now()), user.regionCode),
    );
    // The clock only supplies the default start date: it is not a dependency, so a tick never resets the form.
  }, [open, officer, form, user.regionCode]);

  const onServerError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412 && officer) {
      message.warning('该联络员的信息刚被其他人修改过，已载入最新信息，请核对后重新保存');
      onStale?.(officer.id);
      return;
    }
    const unitKind = form.getFieldValue('unitKind') as OfficerFormValues['unitKind'];
    const known = new Set<string>(officerFormFieldNames);
    const fields =
      error instanceof ApiError
        ? error.fieldErrors
            .map((e) => ({
              name: officerFieldOf(e.path, unitKind) as keyof OfficerFormValues,
              errors: [e.message],
            }))
            .filter((f) => known.has(f.name))
        : [];
    if (fields.length > 0) form.setFields(fields);
    else message.error(errorMessage(error));
  };

  const onFinish = (values: OfficerFormValues) => {
    if (isCreate) {
      const body = parseWithContract(form, createOfficerRequestSchema, toCreateOfficerRequest(values));
      if (!body) return;
      create.mutate(body, {
        onSuccess: (saved) => {
          message.success(
            `已新增联络员“${saved.name}”。登录用户名为手机号，请将初始密码告知本人，首次登录须修改密码`,
            6,
          );
          onSaved?.(saved, true);
          onClose();
        },
        onError: onServerError,
      });
      return;
    }
    const changes = toUpdateOfficerRequest(values, officer);
    if (Object.keys(changes).length === 0) {
      message.info('没有修改任何内容');
      onClose();
      return;
    }
    const body = parseWithContract(form, updateOfficerRequestSchema, changes);
    if (!body) return;
    update.mutate(
      { id: officer.id, version: officer.version, body },
      {
        onSuccess: (saved) => {
          message.success('联络员信息已保存');
          onSaved?.(saved, false);
          onClose();
        },
        onError: onServerError,
      },
    );
  };

  return (
    <Drawer
      title={isCreate ? '新增联络员' : `编辑联络员：${officer.name}`}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      forceRender
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={create.isPending || update.isPending}
            data-testid="officer-save"
          >
            {isCreate ? '新增' : '保存'}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} scrollToFirstError data-testid="officer-form">
        <OfficerFormFields isCreate={isCreate} />
      </Form>
    </Drawer>
  );
}
