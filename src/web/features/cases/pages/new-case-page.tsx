import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Radio,
  Segmented,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createCaseRequestSchema } from '../../../../contracts/cases';
import { casePriorities, casePriorityLabels, type CasePriority } from '../../../../domain/cases/workflow';
import {
  problemSourceLabels as caseSourceLabels,
  problemSources as caseSources,
  type ProblemSource as CaseSource,
  type ProblemCategory,
} from '../../../../domain/cases/problem';
import { EnterpriseSelect } from '../../../components/enterprise-select';
import { PageContainer } from '../../../components/page-container';
import { ProjectSelect } from '../../../components/project-select';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCurrentUser } from '../../../lib/session';
import { useCreateCase } from '../api/cases';
import { useOwnSubjectName, type OwnSubject } from '../api/subjects';
import { CategoryPicker } from '../components/category-picker';
import { defaultSourceFor, dispatchingRoles } from '../lib/labels';
import { prefillFrom } from '../lib/prefill';
import type { SubjectKind } from '../../../../domain/subjects';
import '../cases.css';

/** Who the problem is about: an enterprise, a project, or (for officials) a whole region. */
type SubjectChoice = SubjectKind | 'region';

interface NewCaseValues {
  category?: ProblemCategory;
  title?: string;
  description?: string;
  priority: CasePriority;
  enterpriseId?: number;
  projectId?: number;
  regionCode?: string;
  source: CaseSource;
  reportDate?: Dayjs | null;
}

const formFields = [
  'category',
  'title',
  'description',
  'priority',
  'enterpriseId',
  'projectId',
  'regionCode',
  'source',
  'reportDate',
];

const priorityOptions = casePriorities.map((p) => ({ value: p, label: casePriorityLabels[p] }));

/**
 * 提出问题. Phone first: an enterprise's own user taps a category, writes what is wrong and sends it; a
 * liaison officer or dispatcher also picks the enterprise (or project, or just the county). Opened from a
 * daily report's difficulty it arrives prefilled: ?source=daily_report&reportDate=…&enterpriseId=…&description=….
 */
export function NewCasePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const clock = useServerClock();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<NewCaseValues>();
  const createCase = useCreateCase();

  const own: OwnSubject | null = user.enterpriseId
    ? { kind: 'enterprise', id: user.enterpriseId }
    : user.projectId
      ? { kind: 'project', id: user.projectId }
      : null;
  const ownName = useOwnSubjectName(own);
  const choosesSource = dispatchingRoles.includes(user.role);

  const prefill = useMemo(() => prefillFrom(searchParams), [searchParams]);

  const [subjectKind, setSubjectKind] = useState<SubjectChoice>(() =>
    prefill.projectId && !prefill.enterpriseId ? 'project' : 'enterprise',
  );
  const source = Form.useWatch('source', form) ?? prefill.source ?? defaultSourceFor(user.role);
  const isFromReport = source === 'daily_report';

  const initialValues: NewCaseValues = {
    category: prefill.category,
    title: prefill.title,
    description: prefill.description,
    priority: 'normal',
    enterpriseId: own ? undefined : prefill.enterpriseId,
    projectId: own ? undefined : prefill.projectId,
    source: prefill.source ?? defaultSourceFor(user.role),
    reportDate: prefill.reportDate ? dayjs(prefill.reportDate) : null,
  };

  const submit = (values: NewCaseValues) => {
    const subject = own
      ? own.kind === 'enterprise'
        ? { enterpriseId: own.id }
        : { projectId: own.id }
      : subjectKind === 'enterprise'
        ? { enterpriseId: values.enterpriseId }
        : subjectKind === 'project'
          ? { projectId: values.projectId }
          : { regionCode: values.regionCode };
    const body = parseWithContract(form, createCaseRequestSchema, {
      kind: 'problem',
      category: values.category,
      title: values.title,
      description: values.description,
      priority: values.priority,
      source: values.source,
      reportDate: values.source === 'daily_report' ? values.reportDate?.format('YYYY-MM-DD') : undefined,
      ...subject,
    });
    if (!body) return;
    createCase.mutate(body, {
      onSuccess: (created) => {
        message.success(`问题已提交，编号 ${created.number}，调度员将尽快交办`);
        navigate(`/cases/${created.id}`, { replace: true });
      },
      onError: (error) => {
        if (!applyServerFieldErrors(form, error, formFields)) message.error(errorMessage(error));
      },
    });
  };

  const sourceOptions = caseSources.map((s) => ({ value: s, label: caseSourceLabels[s] }));

  return (
    <PageContainer
      title="提出问题"
      description="企业复工复产中遇到的困难，提交后由调度员交办责任部门限时办理，办结后请您确认评价。"
    >
      <Card variant="borderless" className="case-new-card">
        <Form<NewCaseValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={initialValues}
          onFinish={submit}
          data-testid="case-new-form"
          scrollToFirstError={{ block: 'center' }}
        >
          {isFromReport && prefill.reportDate ? (
            <Alert
              type="info"
              showIcon
              className="case-new-prefill"
              title={`来自 ${dayjs(prefill.reportDate).format('M月D日')}日报反映的困难，请选择类别、核对内容后提交`}
            />
          ) : null}

          {own ? (
            <Form.Item label={own.kind === 'enterprise' ? '反映企业' : '反映项目'}>
              <Typography.Text strong data-testid="case-subject">
                {ownName.data ?? (ownName.isLoading ? '…' : user.regionName)}
              </Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item label="涉及对象" required>
              <Segmented<SubjectChoice>
                block
                value={subjectKind}
                onChange={setSubjectKind}
                options={[
                  { value: 'enterprise', label: '企业' },
                  { value: 'project', label: '重点项目' },
                  { value: 'region', label: '仅区县' },
                ]}
                style={{ marginBottom: 8 }}
              />
              {subjectKind === 'enterprise' ? (
                <Form.Item name="enterpriseId" noStyle rules={[{ required: true, message: '请选择企业' }]}>
                  <EnterpriseSelect />
                </Form.Item>
              ) : subjectKind === 'project' ? (
                <Form.Item name="projectId" noStyle rules={[{ required: true, message: '请选择项目' }]}>
                  <ProjectSelect />
                </Form.Item>
              ) : (
                <Form.Item name="regionCode" noStyle rules={[{ required: true, message: '请选择所属区县' }]}>
                  <RegionTreeSelect placeholder="所属区县或园区" style={{ width: '100%' }} />
                </Form.Item>
              )}
            </Form.Item>
          )}

          <Form.Item name="source" label="问题来源" hidden={!choosesSource && !isFromReport}>
            <Select options={sourceOptions} disabled={!choosesSource} data-testid="case-source" />
          </Form.Item>

          {isFromReport ? (
            <Form.Item
              name="reportDate"
              label="日报日期"
              rules={[{ required: true, message: '请选择反映困难的日报日期' }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(cityDate(clock.now())), 'day')}
              />
            </Form.Item>
          ) : null}

          <Form.Item name="category" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]}>
            <CategoryPicker />
          </Form.Item>

          <Form.Item
            name="title"
            label="问题标题"
            rules={[{ required: true, whitespace: true, message: '请用一句话概括问题' }]}
          >
            <Input
              maxLength={100}
              placeholder="一句话概括，如：返岗员工 30 人隔离期未满无法上岗"
              data-testid="case-title"
            />
          </Form.Item>

          <Form.Item
            name="description"
            label="具体情况"
            rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder="说明困难的具体情况、影响（如停工天数、涉及人数）和希望得到的帮助"
              data-testid="case-description"
            />
          </Form.Item>

          <Form.Item
            name="priority"
            label="紧急程度"
            extra="紧急问题 3 个工作日内办结，一般问题 10 个工作日内办结。"
          >
            <Radio.Group
              options={priorityOptions}
              optionType="button"
              buttonStyle="solid"
              data-testid="case-priority"
            />
          </Form.Item>

          <div className="case-submit-bar">
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={createCase.isPending}
              data-testid="case-submit"
            >
              提交问题
            </Button>
          </div>
        </Form>
      </Card>
    </PageContainer>
  );
}
