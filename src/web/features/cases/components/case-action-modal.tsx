import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Rate,
  Typography,
  type ButtonProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { caseActionBodies, type CaseDetail } from '../../../../contracts/cases';
import { caseActionLabels, type CaseAction } from '../../../../domain/case-workflow';
import { formatDeadline } from '../../../components/light-tag';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { cityDate, cityTimeZone } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCaseAction } from '../api/cases';
import { useRoutingRules } from '../api/routing';
import { closeAsLabels } from '../lib/labels';
import { DepartmentPicker } from './department-picker';

interface ActionValues {
  leadDepartmentId?: number;
  coDepartments?: { departmentId?: number; part?: string }[];
  deadline?: Dayjs | null;
  until?: Dayjs | null;
  note?: string;
  text?: string;
  resolution?: string;
  reason?: string;
  approve?: boolean;
  satisfied?: boolean;
  rating?: number;
  comment?: string;
  as?: 'duplicate' | 'out_of_remit';
}

const fieldNames = [
  'leadDepartmentId',
  'coDepartments',
  'deadline',
  'until',
  'note',
  'text',
  'resolution',
  'reason',
  'approve',
  'satisfied',
  'rating',
  'comment',
  'as',
];

const okTexts: Partial<Record<CaseAction, string>> = {
  assign: '交办',
  accept: '签收',
  resolve: '办结',
  return: '退回',
  'request-extension': '提交申请',
  confirm: '提交评价',
  reopen: '重新办理',
  'close-as': '确定',
  comment: '发送',
};

const hints: Partial<Record<CaseAction, string>> = {
  accept: '签收后开始计算办结时限，请在期限内协调解决。',
  resolve: '办理结果将告知提出人，由其确认是否解决；不满意的将重新办理。',
  return: '不属于本部门职责或交办有误的，退回调度员重新交办，请说明理由和建议的承办单位。',
  reopen: '事项将退回牵头单位重新办理。',
  'close-as': '该问题将不再交办，直接销号；提出人会收到通知。',
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const okProps = { 'data-testid': 'case-modal-ok' } as ButtonProps;

/** What the form holds, in the shape the action's contract expects. */
function bodyOf(action: CaseAction, v: ActionValues): Record<string, unknown> {
  switch (action) {
    case 'assign':
      return {
        leadDepartmentId: v.leadDepartmentId,
        coDepartments: (v.coDepartments ?? []).map((c) => ({ departmentId: c.departmentId, part: c.part })),
        deadline: day(v.deadline),
        note: v.note || undefined,
      };
    case 'accept':
      return { note: v.note || undefined };
    case 'progress':
    case 'complete-part':
    case 'comment':
      return { text: v.text };
    case 'resolve':
      return { resolution: v.resolution };
    case 'return':
    case 'reopen':
      return { reason: v.reason };
    case 'request-extension':
      return { until: day(v.until), reason: v.reason };
    case 'decide-extension':
      return { approve: v.approve, reason: v.reason || undefined };
    case 'confirm':
      return { satisfied: v.satisfied, rating: v.rating || undefined, comment: v.comment || undefined };
    case 'close-as':
      return { as: v.as, reason: v.reason };
  }
}

interface CaseActionModalProps {
  /** The action being taken (the page mounts the dialog only while one is). */
  action: CaseAction;
  detail: CaseDetail;
  onClose: () => void;
  /** The case changed under us (412) or the action no longer fits (409): show it again. */
  onStale: () => void;
}

/** One small dialog per action, with only the fields that action takes; sends If-Match: the version shown. */
export function CaseActionModal({ action, detail, onClose, onStale }: CaseActionModalProps) {
  const [form] = Form.useForm<ActionValues>();
  const { message } = App.useApp();
  const clock = useServerClock();
  const act = useCaseAction();
  const routing = useRoutingRules();
  const satisfied = Form.useWatch('satisfied', form);
  const approve = Form.useWatch('approve', form);
  const lead = Form.useWatch('leadDepartmentId', form);
  const coDepartments = Form.useWatch('coDepartments', form);
  const today = dayjs(cityDate(clock.now()));
  const rule = routing.data?.find((r) => r.category === detail.category);
  // The last day of the current time limit (a deadline is the end of that day in the city).
  const deadlineDay = detail.resolveDeadline
    ? dayjs(detail.resolveDeadline).tz(cityTimeZone).subtract(1, 'ms').format('YYYY-MM-DD')
    : null;

  // The lead department from the routing table, once it has arrived and the field is still empty.
  useEffect(() => {
    if (action === 'assign' && rule?.leadDepartmentId && form.getFieldValue('leadDepartmentId') == null) {
      form.setFieldValue('leadDepartmentId', rule.leadDepartmentId);
    }
  }, [action, rule, form]);

  const submit = (values: ActionValues) => {
    if (action === 'confirm' && values.satisfied === undefined) {
      form.setFields([{ name: 'satisfied', errors: ['请选择是否满意'] }]);
      return;
    }
    const body = parseWithContract(form, caseActionBodies[action], bodyOf(action, values));
    if (!body) return;
    act.mutate(
      { id: detail.id, action, version: detail.version, body },
      {
        onSuccess: (updated) => {
          message.success(
            action === 'confirm'
              ? updated.state === 'closed'
                ? '感谢您的评价，问题已销号'
                : '已反馈不满意，问题将重新办理'
              : `已${caseActionLabels[action]}`,
          );
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            message.warning('该事项已被他人处理，已刷新');
            onClose();
            onStale();
            return;
          }
          if (error instanceof ApiError && error.status === 409) {
            message.error(error.detail);
            onClose();
            onStale();
            return;
          }
          if (!applyServerFieldErrors(form, error, fieldNames)) message.error(errorMessage(error));
        },
      },
    );
  };

  const chosen = [lead, ...(coDepartments ?? []).map((c) => c?.departmentId)].filter(
    (id): id is number => typeof id === 'number',
  );
  const initialValues: ActionValues = {
    leadDepartmentId: action === 'assign' ? (rule?.leadDepartmentId ?? undefined) : undefined,
    coDepartments: [],
    approve: action === 'decide-extension' ? true : undefined,
    as: action === 'close-as' ? 'duplicate' : undefined,
  };
  const resolveDays = rule
    ? detail.priority === 'urgent'
      ? rule.resolveDaysUrgent
      : rule.resolveDaysNormal
    : undefined;

  return (
    <Modal
      open
      title={`${caseActionLabels[action]} · ${detail.number}`}
      okText={okTexts[action] ?? '确定'}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      okButtonProps={{ ...okProps, danger: action === 'close-as' || action === 'return' }}
      destroyOnHidden
      width={action === 'assign' ? 640 : 520}
      data-testid="case-action-modal"
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={submit}
        preserve={false}
      >
        {hints[action] ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {hints[action]}
          </Typography.Paragraph>
        ) : null}

        {action === 'assign' ? (
          <>
            <Form.Item
              name="leadDepartmentId"
              label="牵头单位"
              rules={[{ required: true, message: '请选择牵头单位' }]}
              extra={
                rule?.leadDepartmentName
                  ? `按交办规则，“${detail.category}”类问题默认由${rule.leadDepartmentName}牵头`
                  : undefined
              }
            >
              <DepartmentPicker regionCode={detail.regionCode} exclude={chosen} testId="case-assign-lead" />
            </Form.Item>
            <Form.List name="coDepartments">
              {(fields, { add, remove }) => (
                <Form.Item label="协办单位（可选）">
                  {fields.map((field) => (
                    <div key={field.key} className="case-co-row">
                      <Form.Item
                        name={[field.name, 'departmentId']}
                        rules={[{ required: true, message: '请选择协办单位' }]}
                      >
                        <DepartmentPicker
                          regionCode={detail.regionCode}
                          exclude={chosen}
                          placeholder="协办单位"
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'part']}
                        rules={[{ required: true, whitespace: true, message: '请写明承担的部分' }]}
                      >
                        <Input maxLength={200} placeholder="承担的部分，如：协调高速通行" />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label="删除协办单位"
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  ))}
                  {fields.length < 10 ? (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                      添加协办单位
                    </Button>
                  ) : null}
                </Form.Item>
              )}
            </Form.List>
            <Form.Item
              name="deadline"
              label="办结期限（可选）"
              extra={
                resolveDays
                  ? `不填则按时限：${detail.priority === 'urgent' ? '紧急' : '一般'}问题 ${resolveDays} 个工作日内办结`
                  : '不填则按类别和紧急程度的工作日时限'
              }
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(today, 'day')}
                placeholder="选择日期"
              />
            </Form.Item>
            <Form.Item name="note" label="交办意见（可选）">
              <Input.TextArea rows={2} maxLength={500} placeholder="如：请于 3 日内与企业对接" />
            </Form.Item>
          </>
        ) : null}

        {action === 'accept' ? (
          <Form.Item name="note" label="签收意见（可选）">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : null}

        {action === 'progress' || action === 'complete-part' || action === 'comment' ? (
          <Form.Item
            name="text"
            label={
              action === 'progress' ? '办理进展' : action === 'complete-part' ? '本单位协办情况' : '留言'
            }
            rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="case-action-text" />
          </Form.Item>
        ) : null}

        {action === 'resolve' ? (
          <Form.Item
            name="resolution"
            label="办理结果"
            rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder="做了哪些工作，问题解决到什么程度"
              data-testid="case-resolution"
            />
          </Form.Item>
        ) : null}

        {action === 'request-extension' ? (
          <Form.Item
            name="until"
            label="申请延期至"
            rules={[{ required: true, message: '请选择延期后的办结日期' }]}
            extra={`当前办结期限：${formatDeadline(detail.resolveDeadline)}`}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) =>
                d.isBefore(today, 'day') || (deadlineDay !== null && d.format('YYYY-MM-DD') <= deadlineDay)
              }
            />
          </Form.Item>
        ) : null}

        {action === 'decide-extension' ? (
          <>
            {detail.pendingExtension ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={`${detail.pendingExtension.requestedBy}申请延期至 ${dayjs(detail.pendingExtension.until).format('M月D日')}`}
                description={`理由：${detail.pendingExtension.reason}`}
              />
            ) : null}
            <Form.Item name="approve" label="审批意见">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: true, label: '同意延期' },
                  { value: false, label: '不同意' },
                ]}
              />
            </Form.Item>
          </>
        ) : null}

        {action === 'close-as' ? (
          <Form.Item name="as" label="不予受理的原因">
            <Radio.Group
              options={[
                { value: 'duplicate', label: closeAsLabels.duplicate },
                { value: 'out_of_remit', label: closeAsLabels.out_of_remit },
              ]}
            />
          </Form.Item>
        ) : null}

        {action === 'return' ||
        action === 'reopen' ||
        action === 'close-as' ||
        action === 'request-extension' ||
        action === 'decide-extension' ? (
          <Form.Item
            name="reason"
            label={
              action === 'return'
                ? '退回理由'
                : action === 'reopen'
                  ? '重新办理的理由'
                  : action === 'decide-extension'
                    ? approve === false
                      ? '不同意的理由'
                      : '意见（可选）'
                    : '理由'
            }
            rules={
              action === 'decide-extension' && approve !== false
                ? []
                : [{ required: true, whitespace: true, message: '请填写理由' }]
            }
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}

        {action === 'confirm' ? (
          <>
            {detail.resolution ? (
              <Alert
                type="success"
                style={{ marginBottom: 16 }}
                title="办理结果"
                description={<span className="case-description">{detail.resolution}</span>}
              />
            ) : null}
            <Form.Item name="satisfied" label="问题是否得到解决？">
              <Radio.Group optionType="button" buttonStyle="solid">
                <Radio.Button value={true}>
                  <span data-testid="case-satisfied-yes">满意，同意销号</span>
                </Radio.Button>
                <Radio.Button value={false}>
                  <span data-testid="case-satisfied-no">不满意，重新办理</span>
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="rating" label="评价">
              <Rate data-testid="case-rating" tooltips={['很不满意', '不满意', '一般', '满意', '非常满意']} />
            </Form.Item>
            <Form.Item
              name="comment"
              label={satisfied === false ? '不满意的原因' : '意见建议（可选）'}
              rules={
                satisfied === false
                  ? [{ required: true, whitespace: true, message: '不满意时请说明原因' }]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
