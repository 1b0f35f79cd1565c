import { Alert, App, Form, Modal } from 'antd';
import { useEffect } from 'react';
import { resetPasswordRequestSchema, type User } from '../../../../contracts/users';
import { errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useResetPassword } from '../api/reset-password';
import { PasswordField } from './password-field';

interface ResetPasswordModalProps {
  open: boolean;
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordModal({ open, user, onClose }: ResetPasswordModalProps) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const resetPassword = useResetPassword();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onFinish = (values: { password: string }) => {
    if (!user) return;
    const body = parseWithContract(form, resetPasswordRequestSchema, values);
    if (!body) return;
    resetPassword.mutate(
      { id: user.id, password: body.password },
      {
        onSuccess: () => {
          message.success(`已重置“${user.name}”的密码，请通过可靠渠道告知本人`);
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ['password'])) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      title={user ? `重置密码：${user.name}（${user.username}）` : '重置密码'}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认重置"
      confirmLoading={resetPassword.isPending}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title="重置后该用户原密码立即失效，下次登录须修改为自己的密码。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <PasswordField name="password" label="新密码" />
      </Form>
    </Modal>
  );
}
