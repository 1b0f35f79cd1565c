import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { endAssignmentRequestSchema } from '../../../../contracts/liaison';
import { errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useEndAssignment } from '../api/assignments';

export interface EndingAssignment {
  assignmentId: number;
  officerName: string;
  subjectName: string;
  isPrimary: boolean;
}

interface AssignmentEndModalProps {
  assignment: EndingAssignment | null;
  onClose: () => void;
}

const reasonPresets = ['联络员岗位调整', '企业已关停', '项目已竣工', '改由其他联络员联系'];

/** 结束联系: ends one officer's contact with one subject; the record and the reason are kept. */
export function AssignmentEndModal({ assignment, onClose }: AssignmentEndModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const end = useEndAssignment();

  useEffect(() => {
    if (assignment) form.resetFields();
  }, [assignment, form]);

  const onFinish = (values: { reason: string }) => {
    if (!assignment) return;
    const body = parseWithContract(form, endAssignmentRequestSchema, values);
    if (!body) return;
    end.mutate(
      { id: assignment.assignmentId, reason: body.reason },
      {
        onSuccess: () => {
          message.success(`已结束${assignment.officerName}对“${assignment.subjectName}”的联系`);
          onClose();
        },
        onError: (error) => {
          if (!applyServerFieldErrors(form, error, ['reason'])) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={assignment !== null}
      title="结束联系"
      okText="结束联系"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={end.isPending}
      forceRender
    >
      {assignment ? (
        <Alert
          type={assignment.isPrimary ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={`${assignment.officerName}将不再联系“${assignment.subjectName}”。`}
          description={
            assignment.isPrimary
              ? '他是该对象的主责联络员：结束后该对象没有主责联络员，请尽快另行指定。'
              : '联系记录和结束原因会保留在历史中。'
          }
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label="结束原因"
          rules={[{ required: true, whitespace: true, message: '请填写结束原因' }]}
          extra={
            <span>
              常用：
              {reasonPresets.map((r, i) => (
                <span key={r}>
                  {i > 0 ? '、' : ''}
                  <a onClick={() => form.setFieldValue('reason', r)}>{r}</a>
                </span>
              ))}
            </span>
          }
        >
          <Input
            maxLength={200}
            showCount
            placeholder="如：联络员岗位调整"
            data-testid="assignment-end-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
