import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Modal, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { updateRoutingRuleSchema, type routingRuleSchema } from '../../../../contracts/cases';
import { problemCategories, type ProblemCategory } from '../../../../domain/cases/problem';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useRoutingRules, useUpdateRoutingRule } from '../api/routing';
import { DepartmentPicker } from '../components/department-picker';
import '../cases.css';

type RoutingRule = z.infer<typeof routingRuleSchema>;

interface RuleValues {
  leadDepartmentId?: number | null;
  acceptDays?: number;
  resolveDaysNormal?: number;
  resolveDaysUrgent?: number;
}

const fields = ['leadDepartmentId', 'acceptDays', 'resolveDaysNormal', 'resolveDaysUrgent'];

function RuleModal({ rule, onClose }: { rule: RoutingRule; onClose: () => void }) {
  const [form] = Form.useForm<RuleValues>();
  const { message } = App.useApp();
  const update = useUpdateRoutingRule();

  const submit = (values: RuleValues) => {
    const body = parseWithContract(form, updateRoutingRuleSchema, {
      ...values,
      leadDepartmentId: values.leadDepartmentId ?? null,
    });
    if (!body) return;
    update.mutate(
      { category: rule.category, version: rule.version, body },
      {
        onSuccess: () => {
          message.success(`已保存“${rule.category}”的交办规则，之后提出的问题按新规则交办和计时`);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            message.warning('该规则已被他人修改，已刷新，请核对后重新修改');
            onClose();
            return;
          }
          if (!applyServerFieldErrors(form, error, fields)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={`交办规则 · ${rule.category}`}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<RuleValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          leadDepartmentId: rule.leadDepartmentId,
          acceptDays: rule.acceptDays,
          resolveDaysNormal: rule.resolveDaysNormal,
          resolveDaysUrgent: rule.resolveDaysUrgent,
        }}
      >
        <Form.Item
          name="leadDepartmentId"
          label="默认牵头单位"
          extra="调度员交办时预先选中，可按具体情况改选。"
        >
          <DepartmentPicker allowClear placeholder="不预设" />
        </Form.Item>
        <Form.Item
          name="acceptDays"
          label="签收时限（工作日）"
          rules={[{ required: true, message: '请填写' }]}
        >
          <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} suffix="个工作日" />
        </Form.Item>
        <Form.Item
          name="resolveDaysNormal"
          label="一般问题办结时限（工作日）"
          rules={[{ required: true, message: '请填写' }]}
        >
          <InputNumber min={1} max={90} precision={0} style={{ width: '100%' }} suffix="个工作日" />
        </Form.Item>
        <Form.Item
          name="resolveDaysUrgent"
          label="紧急问题办结时限（工作日）"
          rules={[{ required: true, message: '请填写' }]}
        >
          <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} suffix="个工作日" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 交办规则: each category's default lead department and time limits, in working days. */
export function RoutingPage() {
  const { data, isLoading, error, refetch } = useRoutingRules();
  const [editing, setEditing] = useState<RoutingRule | null>(null);

  const columns: TableProps<RoutingRule>['columns'] = [
    { title: '问题类别', dataIndex: 'category', key: 'category' },
    {
      title: '默认牵头单位',
      dataIndex: 'leadDepartmentName',
      key: 'lead',
      render: (v: string | null) => v ?? <Typography.Text type="secondary">未设置</Typography.Text>,
    },
    {
      title: '签收时限',
      dataIndex: 'acceptDays',
      key: 'acceptDays',
      align: 'right',
      render: (v: number) => `${v} 个工作日`,
    },
    {
      title: '办结时限（一般）',
      dataIndex: 'resolveDaysNormal',
      key: 'resolveDaysNormal',
      align: 'right',
      render: (v: number) => `${v} 个工作日`,
    },
    {
      title: '办结时限（紧急）',
      dataIndex: 'resolveDaysUrgent',
      key: 'resolveDaysUrgent',
      align: 'right',
      render: (v: number) => `${v} 个工作日`,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, rule) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => setEditing(rule)}
          data-testid={`routing-edit-${rule.category}`}
        >
          修改
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title="交办规则"
      description="各类问题默认的牵头单位和办理时限。时限按工作日计算：法定节假日不计，调休上班日计入。修改只影响之后交办的问题。"
      testId="case-routing"
    >
      <Card variant="borderless">
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<RoutingRule>
            className="case-table"
            rowKey="category"
            size="middle"
            columns={columns}
            dataSource={[...(data ?? [])].sort(
              (a, b) =>
                problemCategories.indexOf(a.category as ProblemCategory) -
                problemCategories.indexOf(b.category as ProblemCategory),
            )}
            loading={isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Card>
      {editing ? <RuleModal key={editing.category} rule={editing} onClose={() => setEditing(null)} /> : null}
    </PageContainer>
  );
}
