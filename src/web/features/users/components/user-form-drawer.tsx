import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import { createUserRequestSchema, updateUserRequestSchema, type User } from '../../../../contracts/users';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateUser } from '../api/create-user';
import { fetchUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import {
  formValuesOf,
  toCreateRequest,
  toUpdateRequest,
  userFormFieldNames,
  type UserFormValues,
} from '../lib/user-form-values';
import { UserFormFields } from './user-form-fields';

interface UserFormDrawerProps {
  open: boolean;
  /** The user being edited; null creates a new one. */
  user: User | null;
  onClose: () => void;
  /** Called with the fresh copy when the server reported our copy stale. */
  onReloaded: (user: User) => void;
}

export function UserFormDrawer({ open, user, onClose, onReloaded }: UserFormDrawerProps) {
  const [form] = Form.useForm<UserFormValues>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const isCreate = user === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) form.setFieldsValue(formValuesOf(user));
  }, [open, user, form]);

  const onServerError = (error: unknown) => {
    if (!applyServerFieldErrors(form, error, userFormFieldNames)) message.error(errorMessage(error));
  };

  const onStale = async (id: number) => {
    message.warning('该用户刚被其他人修改过，已载入最新信息，请核对后重新保存');
    try {
      onReloaded(await fetchUser(id));
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const onFinish = (values: UserFormValues) => {
    if (isCreate) {
      const body = parseWithContract(form, createUserRequestSchema, toCreateRequest(values));
      if (!body) return;
      createUser.mutate(body, {
        onSuccess: (created) => {
          message.success(`已创建用户“${created.name}”，请将用户名和初始密码告知本人，首次登录需修改密码`);
          onClose();
        },
        onError: onServerError,
      });
      return;
    }
    const body = parseWithContract(form, updateUserRequestSchema, toUpdateRequest(values));
    if (!body) return;
    updateUser.mutate(
      { id: user.id, version: user.version, body },
      {
        onSuccess: () => {
          message.success('用户信息已保存');
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) void onStale(user.id);
          else onServerError(error);
        },
      },
    );
  };

  const onValuesChange = (changed: Partial<UserFormValues>) => {
    // A department belongs to one region: choosing another region clears it.
    if ('regionCode' in changed) form.setFieldValue('departmentId', undefined);
  };

  return (
    <Drawer
      title={isCreate ? '新建用户' : `编辑用户：${user.name}`}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 480}
      forceRender
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={createUser.isPending || updateUser.isPending}
          >
            {isCreate ? '创建' : '保存'}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        scrollToFirstError
      >
        <UserFormFields isCreate={isCreate} />
      </Form>
    </Drawer>
  );
}
