import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { casePriorities, casePriorityLabels, type CasePriority } from '../../../../domain/cases/workflow';
import { problemCategories, type ProblemCategory } from '../../../../domain/cases/problem';

export interface VisitProblemValues {
  title?: string;
  category?: ProblemCategory;
  priority: CasePriority;
  description?: string;
}

export const maxProblems = 10;
export const emptyProblem: VisitProblemValues = { priority: 'normal' };

const categoryOptions = problemCategories.map((c) => ({ value: c, label: c }));
const priorityOptions = casePriorities.map((p) => ({ value: p, label: casePriorityLabels[p] }));

/** 现场提出问题: any number (up to ten) of problems, each becoming a case when the visit is saved. */
export function VisitProblemFields({ disabled }: { disabled?: boolean }) {
  return (
    <Form.List name="problems">
      {(fields, { add, remove }) => (
        <div data-testid="visit-problems">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="visit-problem"
              data-testid="visit-problem"
              title={`问题 ${index + 1}`}
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  onClick={() => remove(field.name)}
                  data-testid="visit-problem-remove"
                >
                  删除
                </Button>
              }
            >
              <Form.Item
                name={[field.name, 'title']}
                label="问题标题"
                rules={[{ required: true, whitespace: true, message: '请用一句话概括问题' }]}
              >
                <Input
                  maxLength={100}
                  placeholder="一句话概括，如：成品外运车辆无法通行"
                  data-testid="visit-problem-title"
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'category']}
                label="问题类别"
                rules={[{ required: true, message: '请选择问题类别' }]}
              >
                <Select
                  options={categoryOptions}
                  placeholder="请选择类别"
                  data-testid="visit-problem-category"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'priority']} label="紧急程度">
                <Radio.Group options={priorityOptions} optionType="button" buttonStyle="solid" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label="具体情况"
                rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  showCount
                  placeholder="困难的具体情况、影响（停工天数、涉及人数）和企业希望得到的帮助"
                  data-testid="visit-problem-description"
                />
              </Form.Item>
            </Card>
          ))}
          {fields.length < maxProblems ? (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={disabled}
              onClick={() => add({ ...emptyProblem })}
              data-testid="visit-problem-add"
            >
              {fields.length === 0 ? '现场提出问题' : '再提出一个问题'}
            </Button>
          ) : null}
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
            保存后每个问题即进入问题协调，由调度员交办责任部门限时办理；没有问题可不填。
          </Typography.Text>
        </div>
      )}
    </Form.List>
  );
}
