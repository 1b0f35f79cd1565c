import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Slider,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { reportInputSchema, type Report } from '../../../../contracts/reports';
import { preventionItems, preventionLabels } from '../../../../domain/resumption';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { cityDate } from '../../../lib/format';
import { useAccessibleLinks } from '../../../lib/navigation';
import { useServerClock } from '../../../lib/server-clock';
import { useFileReport } from '../api/file-report';
import { reportsKey, type DueItem } from '../api/list-my-due';
import { formatDay, formatDeadline, formatFiledAt, isPastDeadline } from '../lib/deadline';
import {
  asksCapacity,
  initialValues,
  reportFormFields,
  toReportInput,
  type ReportFormValues,
} from '../lib/form-values';
import { StatusPicker } from './status-picker';

interface ReportFormProps {
  item: DueItem;
  onSaved: (report: Report) => void;
}

const preventionOptions = preventionItems.map((item) => ({ value: item, label: preventionLabels[item] }));

/** Today's report, prefilled from today's (if filed) or the latest before it: check, adjust, 提交. */
export function ReportForm({ item, onSaved }: ReportFormProps) {
  const [form] = Form.useForm<ReportFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const clock = useServerClock();
  const fileReport = useFileReport();
  const kind = item.subjectKind;
  const isEdit = item.report !== null;
  const source = item.report ?? item.previous;
  const status = Form.useWatch('status', form);
  const [isReasonAsked, setReasonAsked] = useState(false);
  // The problem desk is another feature: link to it only when the user may open it.
  const raiseProblem = useAccessibleLinks().find((link) => link.path === '/cases/new');
  const dayLabel = item.date === cityDate(clock.now()) ? '今日' : formatDay(item.date);
  const showReason = (isEdit && isPastDeadline(item.deadline, clock.now())) || isReasonAsked;

  const submit = (values: ReportFormValues) => {
    const body = parseWithContract(form, reportInputSchema, toReportInput(kind, values));
    if (!body) return;
    fileReport.mutate(
      { kind, id: item.subjectId, date: item.date, body, revision: item.report?.revision ?? 0 },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            message.error('该日报刚被他人修改，已载入最新内容，请核对后重新提交');
            void queryClient.invalidateQueries({ queryKey: reportsKey });
            return;
          }
          if (error instanceof ApiError && error.fieldErrors.some((e) => e.path.endsWith('reason'))) {
            setReasonAsked(true);
          }
          if (!applyServerFieldErrors(form, error, reportFormFields)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues(source, item.date)}
      onFinish={submit}
      data-testid="report-form"
      className="report-form"
      scrollToFirstError={{ block: 'center' }}
    >
      <Alert
        className="report-prefill"
        type={item.report ? 'success' : 'info'}
        showIcon
        title={
          item.report
            ? `${dayLabel}日报已于 ${formatFiledAt(item.report.filedAt, clock.now())} 报送（第 ${item.report.revision} 版），如有变化可修改后重新提交`
            : item.previous
              ? `已按 ${formatDay(item.previous.date)} 的日报预填，请核对${dayLabel}情况后提交`
              : `首次填报，请如实填写${dayLabel}情况`
        }
      />

      <Form.Item
        name="status"
        label={`${dayLabel}复工状态`}
        rules={[{ required: true, message: '请选择复工状态' }]}
      >
        <StatusPicker />
      </Form.Item>

      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="workforce"
            label={kind === 'enterprise' ? '职工总数（人）' : '正常用工（人）'}
            rules={[{ required: true, message: '请填写人数' }]}
          >
            <InputNumber
              min={0}
              max={1_000_000}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="onDuty"
            label="在岗人数（人）"
            dependencies={['workforce']}
            rules={[
              { required: true, message: '请填写人数' },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: number | null) => {
                  const workforce = getFieldValue('workforce') as number | null;
                  if (value != null && workforce != null && value > workforce)
                    throw new Error('在岗人数不能大于职工总数');
                },
              }),
            ]}
          >
            <InputNumber
              min={0}
              max={1_000_000}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>

      {asksCapacity(kind, status) ? (
        <Form.Item label="产能利用率（%）" required>
          <Flex gap={16} align="center">
            <Form.Item name="capacityPct" noStyle>
              <Slider min={0} max={100} style={{ flex: 1 }} tooltip={{ formatter: (v) => `${v}%` }} />
            </Form.Item>
            <Form.Item
              name="capacityPct"
              noStyle
              rules={[{ required: true, message: '已复工或部分复工的企业请填写产能利用率' }]}
            >
              <InputNumber
                min={0}
                max={100}
                precision={0}
                inputMode="numeric"
                suffix="%"
                style={{ width: 96 }}
                aria-label="产能利用率"
                data-testid="report-capacity"
              />
            </Form.Item>
          </Flex>
        </Form.Item>
      ) : null}

      {kind === 'project' ? (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="workersOnSite" label="在场施工人数（人）">
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                inputMode="numeric"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="investmentThisMonth" label="本月完成投资（万元）">
              <InputNumber<string>
                min="0"
                stringMode
                precision={2}
                inputMode="decimal"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
      ) : null}

      <Form.Item name="prevention" label="防疫措施（已落实的请勾选）">
        <Checkbox.Group options={preventionOptions} className="prevention-options" />
      </Form.Item>

      <Form.Item
        name="difficulty"
        label="主要困难"
        extra={
          <>
            用工、原料、物流、资金等方面的困难，供调度参考；需要有关部门协调解决的，可另行
            {raiseProblem ? <Link to={raiseProblem.path}>{raiseProblem.title}</Link> : '作为问题反映'}。
          </>
        }
      >
        <Input.TextArea rows={2} maxLength={500} placeholder="没有可不填" />
      </Form.Item>

      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} placeholder="没有可不填" />
      </Form.Item>

      <Form.Item
        name="reason"
        label="修改理由"
        hidden={!showReason}
        extra={`已过报送截止时间（${formatDeadline(item.deadline)}），修改须写明理由，原报送内容会保留在修订记录中。`}
        rules={showReason ? [{ required: true, whitespace: true, message: '请填写修改理由' }] : []}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>

      <div className="report-submit-bar">
        <Typography.Text type="secondary" className="report-submit-hint">
          {formatDay(item.date)}日报 · {formatDeadline(item.deadline)} 前报送
        </Typography.Text>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={fileReport.isPending}
          data-testid="report-submit"
        >
          {isEdit ? '提交修改' : '提交'}
        </Button>
      </div>
    </Form>
  );
}
