import { Form, Input } from 'antd';

/** The one required text of progress reports, co-department reports, feedback and comments. */
export function TextField({ label, placeholder }: { label: string; placeholder?: string }) {
  return (
    <Form.Item
      name="text"
      label={label}
      rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
    >
      <Input.TextArea
        rows={3}
        maxLength={1000}
        showCount
        placeholder={placeholder}
        data-testid="case-action-text"
      />
    </Form.Item>
  );
}

/** A reason the action requires (退回, 重新办理, 不予受理, 申请延期). */
export function ReasonField({ label, placeholder }: { label: string; placeholder?: string }) {
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
    >
      <Input.TextArea
        rows={3}
        maxLength={500}
        showCount
        placeholder={placeholder}
        data-testid="case-action-reason"
      />
    </Form.Item>
  );
}
