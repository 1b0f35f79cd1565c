import { Form, Input } from 'antd';
import { checkPasswordStrength } from '../../../../domain/password-rule';
import { PasswordStrengthHint } from '../../../components/password-strength-hint';

interface OfficerPasswordFieldProps {
  name: string;
  label: string;
  extra?: string;
}

/** An initial password, checked as it is typed against the rule the server enforces. */
export function OfficerPasswordField({ name, label, extra }: OfficerPasswordFieldProps) {
  const form = Form.useFormInstance();
  const password = Form.useWatch<string | undefined>(name, form);
  return (
    <Form.Item
      name={name}
      label={label}
      required
      tooltip={extra}
      extra={<PasswordStrengthHint password={password} />}
      rules={[
        { required: true, message: `请设置${label}` },
        {
          validator: async (_, value: string | undefined) => {
            if (value && checkPasswordStrength(value)) throw new Error('密码强度不够');
          },
        },
      ]}
    >
      <Input.Password autoComplete="new-password" placeholder={`请输入${label}`} />
    </Form.Item>
  );
}
