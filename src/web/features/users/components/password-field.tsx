import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { checkPasswordStrength } from '../../../../domain/password-rule';
import { PasswordStrengthHint } from '../../../components/password-strength-hint';
import { generatePassword } from '../lib/generate-password';

interface PasswordFieldProps {
  name: string;
  label: string;
}

/** A password the administrator types or generates, checked live against the platform's rule. */
export function PasswordField({ name, label }: PasswordFieldProps) {
  const form = Form.useFormInstance();
  const password = Form.useWatch<string | undefined>(name, form);
  // A generated password is shown in clear: the administrator has to pass it on.
  const [isVisible, setIsVisible] = useState(false);
  return (
    <Form.Item label={label} required extra={<PasswordStrengthHint password={password} />}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={name}
          noStyle
          rules={[
            { required: true, message: `请输入${label}` },
            {
              validator: async (_, value: string | undefined) => {
                if (value && checkPasswordStrength(value)) throw new Error('密码强度不够');
              },
            },
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            placeholder={`请输入或生成${label}`}
            visibilityToggle={{ visible: isVisible, onVisibleChange: setIsVisible }}
          />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue(name, generatePassword());
            setIsVisible(true);
            void form.validateFields([name]);
          }}
        >
          随机生成
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
