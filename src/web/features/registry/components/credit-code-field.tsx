import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Form, Input, Typography } from 'antd';
import { validateCreditCode } from '../../../../domain/credit-code';

/** Problems no exception can excuse: the code is not even 18 valid characters. */
const blocking = new Set(['length', 'character']);

/** Live GB 32100 check under the field, naming the wrong part; the server applies the same rule. */
export function CreditCodeFeedback({ value }: { value: string | undefined }) {
  const raw = value?.trim() ?? '';
  if (!raw) {
    return (
      <Typography.Text type="secondary">
        18 位，由登记管理部门、机构类别、行政区划、组织机构代码和校验码组成；字母不区分大小写
      </Typography.Text>
    );
  }
  const result = validateCreditCode(raw);
  const normalised = result.code !== raw ? `，将保存为 ${result.code}` : '';
  if (result.ok) {
    return (
      <Typography.Text type="success" data-testid="credit-code-feedback">
        <CheckCircleFilled /> 校验通过{normalised}
      </Typography.Text>
    );
  }
  if (result.problem === 'length') {
    return (
      <Typography.Text type="secondary" data-testid="credit-code-feedback">
        已输入 {result.code.length} 位，应为 18 位
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="warning" data-testid="credit-code-feedback">
      <ExclamationCircleFilled /> {result.message}
      {blocking.has(result.problem)
        ? ''
        : '。请核对营业执照；如确属有效的早期赋码，请联系系统管理员登记为例外'}
    </Typography.Text>
  );
}

export function CreditCodeField({ disabled }: { disabled?: boolean }) {
  const form = Form.useFormInstance();
  const value = Form.useWatch<string | undefined>('creditCode', form);
  return (
    <Form.Item
      name="creditCode"
      label="统一社会信用代码"
      validateTrigger="onBlur"
      extra={disabled ? undefined : <CreditCodeFeedback value={value} />}
      rules={[
        { required: true, whitespace: true, message: '请填写统一社会信用代码' },
        {
          validator: async (_rule, raw: string | undefined) => {
            if (!raw?.trim()) return;
            const result = validateCreditCode(raw);
            if (!result.ok && blocking.has(result.problem)) throw new Error(result.message);
          },
        },
      ]}
    >
      <Input
        disabled={disabled}
        maxLength={40}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="如 91430482MA4L123456"
        className="registry-code"
      />
    </Form.Item>
  );
}
