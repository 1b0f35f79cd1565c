import { CheckCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { checkPasswordStrength, passwordMinLength } from '../../domain/password-rule';

export const passwordRuleText = `至少 ${passwordMinLength} 位，包含大写字母、小写字母、数字、特殊字符中的至少三类`;

/** Live feedback under the new-password field, from the same rule the server enforces. */
export function PasswordStrengthHint({ password }: { password: string | undefined }) {
  if (!password) return <Typography.Text type="secondary">{passwordRuleText}</Typography.Text>;
  const problem = checkPasswordStrength(password);
  return problem ? (
    <Typography.Text type="warning">
      <InfoCircleFilled /> {problem}
    </Typography.Text>
  ) : (
    <Typography.Text type="success">
      <CheckCircleFilled /> 密码强度符合要求
    </Typography.Text>
  );
}
