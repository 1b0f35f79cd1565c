import { AutoComplete, Form, Typography } from 'antd';
import { useMemo } from 'react';
import { enterpriseInputSchema } from '../../../../contracts/registry';
import {
  findIndustryClass,
  industryClassNames,
  industryDivisions,
} from '../../../../domain/reference/industries';
import { contractRule } from '../../../lib/form-errors';

const namedClasses = Object.entries(industryClassNames).map(([code, name]) => ({ code, name }));

function IndustryFeedback({ value }: { value: string | undefined }) {
  const code = value?.trim().toUpperCase() ?? '';
  if (!code) {
    return (
      <Typography.Text type="secondary">
        GB/T 4754-2017 小类代码，门类字母加 4 位数字，如 C3251
      </Typography.Text>
    );
  }
  const found = findIndustryClass(code);
  if (!found) {
    const division = industryDivisions.find((d) => code.startsWith(d.code));
    return (
      <Typography.Text type="secondary">
        {division
          ? `${division.code} ${division.name}，请补全 4 位小类代码`
          : '请以 B、C、D 开头（采矿业、制造业、电力热力燃气及水）'}
      </Typography.Text>
    );
  }
  const isNamed = found.name !== found.divisionName;
  return (
    <Typography.Text type="success" data-testid="industry-feedback">
      {found.code} {isNamed ? `${found.name}（${found.divisionName}）` : `属于 ${found.divisionName}`}
    </Typography.Text>
  );
}

/** The industry class typed as a code, with suggestions by code or name and the class named below. */
export function IndustryCodeField({ disabled }: { disabled?: boolean }) {
  const form = Form.useFormInstance();
  const value = Form.useWatch<string | undefined>('industryCode', form);
  const options = useMemo(() => {
    const q = value?.trim().toUpperCase() ?? '';
    if (!q) return [];
    return namedClasses
      .filter((c) => c.code.startsWith(q) || c.name.includes(value!.trim()))
      .slice(0, 12)
      .map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));
  }, [value]);
  return (
    <Form.Item
      name="industryCode"
      label="行业代码"
      validateTrigger="onBlur"
      extra={disabled ? undefined : <IndustryFeedback value={value} />}
      normalize={(v: string | undefined) => v?.toUpperCase()}
      rules={[
        { required: true, whitespace: true, message: '请填写行业代码' },
        contractRule(enterpriseInputSchema.shape.industryCode),
      ]}
    >
      <AutoComplete
        options={options}
        disabled={disabled}
        placeholder="输入代码或名称，如 C3251 或 铜"
        className="registry-code"
      />
    </Form.Item>
  );
}
