import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { changePasswordRequestSchema } from '../../../../contracts/auth';
import { checkPasswordStrength } from '../../../../domain/password-rule';
import { PageContainer } from '../../../components/page-container';
import { PasswordStrengthHint } from '../../../components/password-strength-hint';
import { errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { safeNextPath } from '../../../lib/next-path';
import { useCurrentUser } from '../../../lib/session';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form);
  const user = useCurrentUser();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const changePassword = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    const body = parseWithContract(form, changePasswordRequestSchema, { currentPassword, newPassword });
    if (!body) return;
    changePassword.mutate(body, {
      onSuccess: () => {
        message.success('密码已修改，请牢记新密码');
        navigate(safeNextPath(params.get('next')), { replace: true });
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ['currentPassword', 'newPassword'])) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  return (
    <PageContainer title="修改密码" description="请定期更换密码，不要与其他系统使用相同的密码">
      <Card style={{ maxWidth: 560 }}>
        {user.mustChangePassword ? (
          <Alert
            type="warning"
            showIcon
            title="为了账号安全，请先修改密码"
            description="您正在使用初始密码或管理员重置的密码，修改后才能继续使用平台。"
            style={{ marginBottom: 24 }}
          />
        ) : null}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label="当前密码"
            rules={[{ required: true, message: '请输入当前密码' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            extra={<PasswordStrengthHint password={newPassword} />}
            rules={[
              { required: true, message: '请输入新密码' },
              {
                validator: async (_, value: string | undefined) => {
                  // The hint below names what is missing; the error only blocks submission.
                  if (value && checkPasswordStrength(value)) throw new Error('密码强度不够');
                },
              },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value === getFieldValue('currentPassword'))
                    throw new Error('新密码不能与当前密码相同');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword'))
                    throw new Error('两次输入的新密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
            确认修改
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}
