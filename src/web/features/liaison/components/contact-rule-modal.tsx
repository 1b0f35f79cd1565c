import { App, Checkbox, DatePicker, Form, InputNumber, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { contactRuleSchema, type ContactRuleDto } from '../../../../contracts/liaison';
import { visitModeLabels, visitModes } from '../../../../domain/liaison';
import { errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useUpdateContactRule } from '../api/contact-rule';

interface ContactRuleModalProps {
  open: boolean;
  rule: ContactRuleDto;
  onClose: () => void;
}

const fields = ['everyDays', 'minVisits', 'modes', 'campaignFrom', 'campaignTo'];
const modeOptions = visitModes.map((m) => ({ value: m, label: visitModeLabels[m] }));

// The form keeps dates as YYYY-MM-DD, as the contract does; the pickers work in dayjs.
const dateProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** 编辑联系频次规则: how often, how many times, which modes count, and the campaign's dates. */
export function ContactRuleModal({ open, rule, onClose }: ContactRuleModalProps) {
  const [form] = Form.useForm<ContactRuleDto>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const update = useUpdateContactRule();
  const campaignFrom = Form.useWatch('campaignFrom', form);

  useEffect(() => {
    if (open) form.setFieldsValue(rule);
  }, [open, rule, form]);

  const onFinish = (values: ContactRuleDto) => {
    const body = parseWithContract(form, contactRuleSchema, {
      ...values,
      campaignTo: values.campaignTo ?? null,
    });
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => {
        message.success('联系频次规则已保存，逾期未联系和应联系日期按新规则计算');
        onClose();
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, fields)) message.error(errorMessage(error));
      },
    });
  };

  return (
    <Modal
      open={open}
      title="编辑联系频次规则"
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={isMobile ? '100%' : 520}
      forceRender
    >
      <Form<ContactRuleDto> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label="联系频次" required style={{ marginBottom: 0 }}>
          <Space wrap align="baseline">
            <span>每</span>
            <Form.Item name="everyDays" rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber min={1} max={90} precision={0} style={{ width: 96 }} suffix="天" />
            </Form.Item>
            <span>至少联系</span>
            <Form.Item name="minVisits" rules={[{ required: true, message: '请填写次数' }]}>
              <InputNumber min={1} max={10} precision={0} style={{ width: 96 }} suffix="次" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item
          name="modes"
          label="计入的联系方式"
          rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种计入的方式' }]}
          extra="只有这些方式的走访记录才算作一次联系"
        >
          <Checkbox.Group options={modeOptions} />
        </Form.Item>
        <Space wrap size={16} style={{ width: '100%' }} align="start">
          <Form.Item
            name="campaignFrom"
            label="攻坚期开始"
            rules={[{ required: true, message: '请选择开始日期' }]}
            {...dateProps}
          >
            <DatePicker style={{ width: 180 }} allowClear={false} />
          </Form.Item>
          <Form.Item name="campaignTo" label="攻坚期结束" extra="不填为持续" {...dateProps}>
            <DatePicker
              style={{ width: 180 }}
              placeholder="持续"
              disabledDate={(d) => (campaignFrom ? d.isBefore(dayjs(campaignFrom), 'day') : false)}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
