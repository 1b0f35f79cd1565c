import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginRequestSchema, type LoginRequest } from '../../../../contracts/auth';
import { documentTitleSuffix, platformName, platformShortName } from '../../../lib/branding';
import { parseWithContract } from '../../../lib/form-errors';
import { safeNextPath } from '../../../lib/next-path';
import { useSession } from '../../../lib/session';
import { useLogin } from '../api/login';
import { LoginError } from '../components/login-error';

export function LoginPage() {
  const [form] = Form.useForm<LoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const login = useLogin();
  const next = safeNextPath(params.get('next'));

  useEffect(() => {
    document.title = `登录 · ${documentTitleSuffix}`;
  }, []);

  if (session && !login.isPending) return <Navigate to={next} replace />;

  const onFinish = (values: LoginRequest) => {
    const body = parseWithContract(form, loginRequestSchema, values);
    if (!body) return;
    login.mutate(body, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: () => form.setFieldValue('password', ''),
    });
  };

  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <div className="login-title">
          <Typography.Title level={2} style={{ marginBottom: 4, letterSpacing: 4 }}>
            {platformShortName}
          </Typography.Title>
          <Typography.Text type="secondary">{platformName}</Typography.Text>
        </div>
        {login.error ? <LoginError error={login.error} /> : null}
        <Form form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label="用户名"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder="请输入用户名"
              autoComplete="username"
              autoCapitalize="off"
              autoFocus
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入密码"
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-footer">
          仅限授权人员使用，所有操作均记录在案
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
