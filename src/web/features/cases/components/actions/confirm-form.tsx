import { Alert, Form, Input, Radio, Rate } from 'antd';
import { useEffect } from 'react';
import { caseActionBodies } from '../../../../../contracts/cases';
import { confirmBody, confirmDefaults, type ConfirmValues } from '../../lib/confirm-values';
import { ActionFormFrame, type ActionFormProps } from './action-form';

const starTips = ['很不满意', '不满意', '一般', '满意', '非常满意'];

/**
 * 确认结果: one choice. 满意 is preselected with five stars; 不满意 asks for the reason at once (the field is
 * checked as soon as it appears and as the requester types, not only on submit).
 */
export function ConfirmForm({ detail, form, onSubmit }: ActionFormProps) {
  const satisfied = (Form.useWatch('satisfied', form) as boolean | undefined) ?? confirmDefaults.satisfied;

  useEffect(() => {
    if (!satisfied) void form.validateFields(['comment']).catch(() => undefined);
  }, [satisfied, form]);

  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.confirm}
      initialValues={confirmDefaults}
      toBody={(v: ConfirmValues) => confirmBody(v)}
    >
      {detail.resolution ? (
        <Alert
          type="success"
          style={{ marginBottom: 16 }}
          title="办理结果"
          description={<span className="case-description">{detail.resolution}</span>}
        />
      ) : null}
      <Form.Item name="satisfied" label="问题是否得到解决？">
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="case-satisfied">
          <Radio.Button value={true}>
            <span data-testid="case-satisfied-yes">满意，同意销号</span>
          </Radio.Button>
          <Radio.Button value={false}>
            <span data-testid="case-satisfied-no">不满意，重新办理</span>
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {satisfied ? (
        <Form.Item name="rating" label="评价">
          <Rate allowClear={false} tooltips={starTips} data-testid="case-rating" />
        </Form.Item>
      ) : null}
      <Form.Item
        name="comment"
        label={satisfied ? '意见建议（可选）' : '不满意的原因'}
        rules={satisfied ? [] : [{ required: true, whitespace: true, message: '请说明哪里还没有解决' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={satisfied ? undefined : '将退回牵头单位重新办理，请写明哪里还没有解决'}
          data-testid="case-confirm-comment"
        />
      </Form.Item>
    </ActionFormFrame>
  );
}
