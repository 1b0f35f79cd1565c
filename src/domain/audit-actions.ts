/**
 * The action and object codes the server writes to the audit log, with their Chinese names. The server
 * writes these codes; the audit screen names them; an unknown code is shown as it is.
 */
export const auditActionLabels: Record<string, string> = {
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
  'enterprise.created': '登记企业',
  'enterprise.updated': '修改企业',
  'enterprise.closed': '企业关停',
  'enterprise.reopened': '企业恢复',
  'enterprise.imported': '导入企业名录',
  'enterprise.exported': '导出企业名录',
  'enterprise.credit_code_exception': '接受例外信用代码',
  'project.created': '登记项目',
  'project.updated': '修改项目',
  'project.closed': '项目退出',
  'project.reopened': '项目恢复',
  'project.imported': '导入重点项目',
  'project.exported': '导出重点项目',
};

export const auditEntityLabels: Record<string, string> = {
  user: '用户',
  api_token: '接口令牌',
  audit_log: '审计日志',
  route: '接口',
  enterprise: '企业',
  project: '项目',
  credit_code: '信用代码',
};
