// Chinese names for the action and object codes the server writes; an unknown code is shown as it is.
// The codes are the server's (src/server); a shared list in src/contracts/audit.ts would keep them in step.
const actionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.login_locked': '锁定期间尝试登录',
  'auth.locked': '账号被锁定',
  'auth.rate_limited': '登录过于频繁',
  'auth.logout': '退出登录',
  'user.created': '新建用户',
  'user.updated': '修改用户',
  'user.password_changed': '修改本人密码',
  'user.password_reset': '重置密码',
  'user.unlocked': '解锁账号',
  'api_token.created': '发放接口令牌',
  'api_token.revoked': '吊销接口令牌',
  'audit.exported': '导出审计日志',
  'access.denied': '越权访问被拒绝',
  'access.csrf_failed': '请求校验失败',
};

const entityTypeLabels: Record<string, string> = {
  user: '用户',
  api_token: '接口令牌',
  audit_log: '审计日志',
  route: '接口',
};

export function actionLabel(code: string): string {
  return actionLabels[code] ?? code;
}

export function entityTypeLabel(code: string | null): string {
  if (!code) return '—';
  return entityTypeLabels[code] ?? code;
}

export const actionOptions = Object.entries(actionLabels).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

export const entityTypeOptions = Object.entries(entityTypeLabels).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));
