import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { closeRequestSchema, reopenRequestSchema } from '../../../../contracts/registry';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useServerClock } from '../../../lib/server-clock';
import { fromDay } from '../lib/form-values';

export interface ClosableSubject {
  id: number;
  name: string;
  version: number;
  activeFrom: string;
  closedAt: string | null;
}

export interface SubjectWording {
  /** 企业 / 项目 */
  noun: string;
  /** 关停 / 退出 */
  closeVerb: string;
  /** What closing means for the daily work. */
  closeEffect: string;
}

interface CloseSubjectModalProps {
  open: boolean;
  subject: ClosableSubject;
  wording: SubjectWording;
  isPending: boolean;
  onSubmit: (
    change:
      | { action: 'close'; body: { closedAt?: string; reason: string } }
      | { action: 'reopen'; body: { reason: string } },
  ) => Promise<unknown>;
  onClose: () => void;
}

interface FormValues {
  closedAt?: Dayjs | null;
  reason?: string;
}

/** 关停/退出 with a date and a reason, or 恢复 with a reason: records are never deleted. */
export function CloseSubjectModal({
  open,
  subject,
  wording,
  isPending,
  onSubmit,
  onClose,
}: CloseSubjectModalProps) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const { now } = useServerClock();
  const isReopen = subject.closedAt !== null;
  const verb = isReopen ? '恢复' : wording.closeVerb;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (!isReopen) form.setFieldsValue({ closedAt: dayjs(cityDate(now()), 'YYYY-MM-DD') });
    // Only when the dialog opens: the clock ticking must not reset what the user typed.
  }, [open]);

  const onFinish = async (values: FormValues) => {
    const candidate = isReopen
      ? { reason: values.reason }
      : { reason: values.reason, closedAt: fromDay(values.closedAt) };
    const body = parseWithContract(form, isReopen ? reopenRequestSchema : closeRequestSchema, candidate);
    if (!body) return;
    try {
      await onSubmit(isReopen ? { action: 'reopen', body } : { action: 'close', body });
      message.success(`已${verb}${wording.noun}“${subject.name}”`);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        message.warning(`该${wording.noun}刚被其他人修改过，已载入最新信息，请核对后重试`);
        onClose();
        return;
      }
      if (!applyServerFieldErrors(form, error, ['closedAt', 'reason'])) message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      title={`${verb}${wording.noun}：${subject.name}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={`确认${verb}`}
      okButtonProps={{ danger: !isReopen, 'data-testid': 'close-confirm' }}
      confirmLoading={isPending}
      forceRender
    >
      <Alert
        type={isReopen ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={
          isReopen
            ? `恢复后该${wording.noun}重新计入复工统计，需要每日填报。`
            : `${wording.closeEffect}记录和历史数据保留，需要时可以恢复。`
        }
      />
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        {isReopen ? null : (
          <Form.Item
            name="closedAt"
            label={`${wording.closeVerb}日期`}
            rules={[{ required: true, message: `请选择${wording.closeVerb}日期` }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(subject.activeFrom, 'YYYY-MM-DD'), 'day')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={`${verb}原因`}
          rules={[{ required: true, whitespace: true, message: `请填写${verb}原因` }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={isReopen ? '如：已恢复生产，重新纳入统计' : '如：企业已注销 / 搬迁出本市 / 长期停产'}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
