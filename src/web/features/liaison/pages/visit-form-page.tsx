import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Segmented,
  Select,
  Skeleton,
  Switch,
  Typography,
  type FormInstance,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createVisitRequestSchema, type MyHome, type VisitDetail } from '../../../../contracts/liaison';
import {
  preventionItems,
  preventionLabels,
  visitModeLabels,
  visitModes,
  type PreventionItem,
  type VisitMode,
} from '../../../../domain/liaison';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useMyHome } from '../api/my-home';
import { useCreateVisit } from '../api/visits';
import { VisitPhotoPicker } from '../components/visit-photo-picker';
import { VisitProblemFields, type VisitProblemValues } from '../components/visit-problem-fields';
import { VisitSaved } from '../components/visit-saved';
import { parseSubjectKey, subjectKey } from '../../../../domain/subjects';
import { describeContactRule, toFormName } from '../lib/visit-labels';
import '../components/visit-screens.css';

interface VisitFormValues {
  subject?: string;
  visitDate?: Dayjs | null;
  mode: VisitMode;
  peopleMet?: string;
  prevention: Record<PreventionItem, boolean>;
  observations?: string;
  photos: UploadFile[];
  problems: VisitProblemValues[];
}

const formFields = new Set([
  'subject',
  'visitDate',
  'mode',
  'peopleMet',
  'prevention',
  'observations',
  'photos',
  'problems',
]);

const modeOptions = visitModes.map((m) => ({ value: m, label: visitModeLabels[m] }));
// Nothing is ticked at first: the officer ticks what they saw in place, so a hurried save claims nothing.
const noneChecked = Object.fromEntries(preventionItems.map((i) => [i, false])) as Record<
  PreventionItem,
  boolean
>;

/** The server's field errors on the form's fields; photo errors name the photo, on the photo picker. */
function serverFieldErrors(error: ApiError) {
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of error.fieldErrors) {
    let name = toFormName(e.path);
    let text = e.message;
    if (name[0] === 'photos') {
      if (typeof name[1] === 'number') text = `第 ${name[1] + 1} 张照片：${e.message}`;
      name = ['photos'];
    }
    if (!formFields.has(String(name[0]))) continue;
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byName.set(key, entry);
  }
  return [...byName.values()];
}

interface VisitFormProps {
  home: MyHome;
  preselected: string | undefined;
  onSaved: (visit: VisitDetail) => void;
}

function VisitForm({ home, preselected, onSaved }: VisitFormProps) {
  const [form] = Form.useForm<VisitFormValues>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const createVisit = useCreateVisit();
  const [serverError, setServerError] = useState<string | null>(null);
  const today = dayjs(home.date);
  // The server refuses a date outside the officer's time in post as well.
  const activeFrom = dayjs(home.officer.activeFrom);
  const subjectOptions = home.subjects.map((s) => ({
    value: subjectKey(s),
    label: s.name,
    subject: s,
  }));
  const prevention = Form.useWatch('prevention', form) ?? noneChecked;
  const checked = preventionItems.filter((i) => prevention[i]).length;

  const initialValues: VisitFormValues = {
    subject: preselected,
    visitDate: today,
    mode: 'on_site',
    prevention: noneChecked,
    photos: [],
    problems: [],
  };

  const submit = (values: VisitFormValues) => {
    setServerError(null);
    const subject = parseSubjectKey(values.subject);
    const body = parseWithContract(form, createVisitRequestSchema, {
      subjectKind: subject?.kind,
      subjectId: subject?.id,
      visitDate: values.visitDate?.format('YYYY-MM-DD'),
      mode: values.mode,
      peopleMet: values.peopleMet,
      prevention: values.prevention,
      observations: values.observations ?? '',
      problems: (values.problems ?? []).map((p) => ({
        title: p.title,
        category: p.category,
        priority: p.priority,
        description: p.description,
      })),
    });
    if (!body) return;
    const photos = (values.photos ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));
    createVisit.mutate(
      { visit: body, photos },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const detail = errorMessage(error);
          setServerError(detail);
          const fields = error instanceof ApiError ? serverFieldErrors(error) : [];
          // The fields say what is wrong where; without them the toast tells the officer it did not save.
          if (fields.length === 0) {
            message.error(detail);
            return;
          }
          // The server's paths are checked against the form's fields above, not by the type.
          const anyForm: FormInstance = form;
          anyForm.setFields(fields);
          anyForm.scrollToField(fields[0]!.name, { block: 'center' });
        },
      },
    );
  };

  if (home.subjects.length === 0) {
    return (
      <Card variant="borderless">
        <Empty description="您还没有联系的企业或项目，分配后才能记录走访" />
      </Card>
    );
  }

  return (
    <Card variant="borderless" className="visit-form-card">
      <Form<VisitFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={() => setServerError(null)}
        disabled={createVisit.isPending}
        scrollToFirstError={{ block: 'center' }}
        data-testid="visit-form"
      >
        <Form.Item
          name="subject"
          label="走访对象"
          rules={[{ required: true, message: '请选择走访的企业或项目' }]}
        >
          <Select
            options={subjectOptions}
            placeholder="选择您联系的企业或项目"
            showSearch={subjectOptions.length > 8 ? { optionFilterProp: 'label' } : false}
            optionRender={(option) => (
              <div style={{ whiteSpace: 'normal', lineHeight: 1.5, padding: '2px 0' }}>
                <div>{option.data.subject.name}</div>
                <Typography.Text
                  type={option.data.subject.isOverdue ? 'danger' : 'secondary'}
                  style={{ fontSize: 12 }}
                >
                  {option.data.subject.regionName} · {option.data.subject.isPrimary ? '主责' : '协助'}
                  {option.data.subject.isOverdue ? ` · 逾期 ${option.data.subject.daysOverdue} 天` : ''}
                </Typography.Text>
              </div>
            )}
            data-testid="visit-subject"
          />
        </Form.Item>

        <Form.Item
          name="visitDate"
          label="走访日期"
          rules={[{ required: true, message: '请选择走访日期' }]}
          extra="可补记以前的走访，不能选择今天以后的日期。"
        >
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            inputReadOnly={isMobile}
            disabledDate={(d) => d.isAfter(today, 'day') || d.isBefore(activeFrom, 'day')}
            data-testid="visit-date"
          />
        </Form.Item>

        <Form.Item name="mode" label="走访方式" extra={`联系要求：${describeContactRule(home.rule)}。`}>
          <Segmented<VisitMode> block options={modeOptions} data-testid="visit-mode" />
        </Form.Item>

        <Form.Item
          name="peopleMet"
          label="接待人员"
          rules={[{ required: true, whitespace: true, message: '请填写接待人员' }]}
        >
          <Input maxLength={200} placeholder="姓名和职务，如：办公室主任 李明" data-testid="visit-people" />
        </Form.Item>

        <Form.Item
          label={`防疫五项检查（已落实 ${checked} / ${preventionItems.length} 项）`}
          extra="逐项核实，确认已落实的请打开开关。"
        >
          <div className="visit-prevention-checks" data-testid="visit-prevention">
            {preventionItems.map((item) => (
              <label key={item} className="visit-prevention-check">
                <span>{preventionLabels[item]}</span>
                <Form.Item name={['prevention', item]} valuePropName="checked" noStyle>
                  <Switch
                    checkedChildren="已落实"
                    unCheckedChildren="未落实"
                    data-testid={`visit-prevention-${item}`}
                  />
                </Form.Item>
              </label>
            ))}
          </div>
        </Form.Item>

        <Form.Item name="observations" label="走访情况">
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder="生产经营和复工复产情况、政策宣传、企业反映的诉求等"
            data-testid="visit-observations"
          />
        </Form.Item>

        <Form.Item name="photos" label="现场照片">
          <VisitPhotoPicker />
        </Form.Item>

        <Form.Item label="现场提出问题">
          <VisitProblemFields disabled={createVisit.isPending} />
        </Form.Item>

        {serverError ? (
          <Alert
            type="error"
            showIcon
            title={serverError}
            style={{ marginBottom: 12 }}
            data-testid="visit-error"
          />
        ) : null}

        <div className="visit-submit-bar">
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={createVisit.isPending}
            data-testid="visit-submit"
          >
            {createVisit.isPending ? '正在保存…' : '保存走访记录'}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/**
 * 记录走访. Phone first: the officer picks one of their subjects (or arrives with it chosen:
 * ?kind=enterprise&id=12), checks the five prevention items, adds photos and raises problems on the spot;
 * the photos go with the record in one multipart request.
 */
export function VisitFormPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { data, error, refetch } = useMyHome();
  const [saved, setSaved] = useState<VisitDetail | null>(null);
  const [round, setRound] = useState(0);

  const asked = parseSubjectKey(`${searchParams.get('kind') ?? ''}:${searchParams.get('id') ?? ''}`);
  const askedKey = asked ? subjectKey(asked) : undefined;
  const isMine = !!data?.subjects.some((s) => subjectKey(s) === askedKey);

  return (
    <PageContainer
      title="记录走访"
      testId="visit-new"
      description={saved ? undefined : '如实记录每次走访，现场发现的问题可直接提出，限时交办解决。'}
    >
      {error && !data ? (
        <Card variant="borderless">
          <QueryError error={error} onRetry={() => void refetch()} />
        </Card>
      ) : !data ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : saved ? (
        <Card variant="borderless" className="visit-form-card">
          <VisitSaved
            visit={saved}
            onHome={() => navigate('/liaison')}
            onAnother={() => {
              setSaved(null);
              setRound((r) => r + 1);
              navigate('/liaison/visits/new', { replace: true });
            }}
          />
        </Card>
      ) : (
        <>
          {askedKey && !isMine ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="链接中的企业或项目不在您的联系对象中，请在下面选择"
            />
          ) : null}
          <VisitForm
            key={round}
            home={data}
            preselected={isMine ? askedKey : undefined}
            onSaved={(visit) => {
              setSaved(visit);
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </PageContainer>
  );
}
