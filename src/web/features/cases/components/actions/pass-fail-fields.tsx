import { Form, Input, Radio, type FormInstance } from 'antd';

/** 通过 / 不通过 and a comment, required when it did not pass (审核 of a directive, 复查 of a hazard). */
export function PassFailFields({
  form,
  passLabel,
  failLabel,
}: {
  form: FormInstance;
  passLabel: string;
  failLabel: string;
}) {
  const passed = (Form.useWatch('passed', form) as boolean | undefined) ?? true;
  return (
    <>
      <Form.Item name="passed" label="结论">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: passLabel },
            { value: false, label: failLabel },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={passed ? '意见（可选）' : '未通过的原因和整改要求'}
        rules={passed ? [] : [{ required: true, whitespace: true, message: '请写明未通过的原因' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </>
  );
}
