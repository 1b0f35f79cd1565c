import { Alert } from 'antd';
import { ApiError, errorMessage } from '../../../lib/api-error';

function titleFor(error: unknown): string {
  if (!(error instanceof ApiError)) return '登录失败';
  switch (error.status) {
    case 401:
      return '用户名或密码不正确';
    case 423:
      return '账号已被锁定';
    case 429:
      return '尝试次数过多';
    default:
      return '登录失败';
  }
}

// The server's detail already says what to do (wait until, or ask an administrator); show it as is.
function hintFor(error: unknown): string {
  return error instanceof ApiError ? error.detail : errorMessage(error);
}

/** The reason a sign-in failed, in words an official can act on. */
export function LoginError({ error }: { error: unknown }) {
  const title = titleFor(error);
  const hint = hintFor(error);
  return (
    <Alert
      type={error instanceof ApiError && error.status === 401 ? 'error' : 'warning'}
      showIcon
      title={title}
      description={hint === title ? undefined : hint}
      style={{ marginBottom: 16 }}
      data-testid="login-error"
    />
  );
}
