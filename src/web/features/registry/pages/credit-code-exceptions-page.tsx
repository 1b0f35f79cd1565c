import '../registry.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Table, Typography, type TableProps } from 'antd';
import { z } from 'zod';
import { creditCodeExceptionRequestSchema, creditCodeExceptionSchema } from '../../../../contracts/registry';
import { validateCreditCode } from '../../../../domain/credit-code';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useAddCreditCodeException, useCreditCodeExceptions } from '../api/credit-code-exceptions';
import { CreditCodeFeedback } from '../components/credit-code-field';

type CreditCodeException = z.infer<typeof creditCodeExceptionSchema>;

const columns: TableProps<CreditCodeException>['columns'] = [
  { title: '信用代码', dataIndex: 'creditCode', className: 'registry-code' },
  { title: '校验问题', dataIndex: 'problem' },
  { title: '接受理由', dataIndex: 'reason', className: 'registry-wrap' },
  { title: '批准人', dataIndex: 'approvedBy' },
  { title: '批准时间', dataIndex: 'approvedAt', render: (v: string) => formatDateTime(v) },
];

interface FormValues {
  creditCode?: string;
  reason?: string;
}

function AddExceptionForm() {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const add = useAddCreditCodeException();
  const code = Form.useWatch('creditCode', form);

  const onFinish = (values: FormValues) => {
    const body = parseWithContract(form, creditCodeExceptionRequestSchema, values);
    if (!body) return;
    add.mutate(body, {
      onSuccess: () => {
        message.success(`已接受信用代码 ${validateCreditCode(body.creditCode).code}，现在可以用它登记企业`);
        form.resetFields();
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, ['creditCode', 'reason']))
          message.error(errorMessage(error));
      },
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item
            name="creditCode"
            label="统一社会信用代码"
            extra={<CreditCodeFeedback value={code} />}
            rules={[
              { required: true, whitespace: true, message: '请填写信用代码' },
              {
                validator: async (_rule, raw: string | undefined) => {
                  if (!raw?.trim()) return;
                  const result = validateCreditCode(raw);
                  if (result.ok) throw new Error('该代码校验通过，无需登记例外');
                  if (result.problem === 'length' || result.problem === 'character') {
                    throw new Error(`${result.message}，不能作为例外接受`);
                  }
                },
              },
            ]}
            validateTrigger="onBlur"
          >
            <Input maxLength={40} autoComplete="off" spellCheck={false} className="registry-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="reason"
            label="接受理由"
            rules={[{ required: true, whitespace: true, message: '请写明接受理由' }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              placeholder="如：2015 年前试点期间赋码，已与市场监管部门核实营业执照原件"
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
        接受该代码
      </Button>
    </Form>
  );
}

/** Administrators accept specific credit codes that fail the GB 32100 check, each with a reason. */
export function CreditCodeExceptionsPage() {
  const isMobile = useIsMobile();
  const { data, isLoading, error, refetch } = useCreditCodeExceptions();
  return (
    <PageContainer
      title="信用代码例外"
      description="个别早期赋码的企业信用代码不符合 GB 32100 校验规则。核实营业执照后，可在此逐个接受，并写明理由；每次接受都记入审计日志。"
      testId="page-credit-code-exceptions"
    >
      <Card title="接受一个信用代码" variant="borderless" style={{ marginBottom: 16 }}>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="只接受经核实确属有效的代码。位数不对或含有 I、O、S、V、Z 等非法字符的代码不能作为例外。"
        />
        <AddExceptionForm />
      </Card>
      <Card title="已接受的代码" variant="borderless">
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<CreditCodeException>
            rowKey="creditCode"
            className="nowrap-table"
            columns={columns}
            dataSource={data ?? []}
            loading={isLoading}
            size="middle"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, simple: isMobile }}
            locale={{ emptyText: <Typography.Text type="secondary">尚未接受任何例外代码</Typography.Text> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
