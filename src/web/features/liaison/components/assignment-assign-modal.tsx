import { Alert, App, Flex, Form, Modal, Radio, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Officer } from '../../../../contracts/liaison';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useAssign } from '../api/assignments';
import {
  isPrimaryTaken,
  splitByCurrentRole,
  subjectConflicts,
  withOtherPrimary,
  withRoleSwitch,
} from '../lib/assignment-conflicts';
import type { CoveredSubject } from './assignment-table';
import { OfficerSelect } from './officer-select';
import { subjectKey } from '../../../../domain/subjects';

interface AssignmentAssignModalProps {
  open: boolean;
  subjects: CoveredSubject[];
  /** Preselected, e.g. when the list is filtered by one officer. */
  officerId?: number;
  onClose: () => void;
  onAssigned: () => void;
}

interface AssignValues {
  officerId?: number;
  role: 'primary' | 'assist';
}

const shownNames = 8;

function primaryOf(subject: CoveredSubject): string {
  return subject.officers.find((o) => o.isPrimary)?.name ?? '';
}

function NameList({ items }: { items: { key: string; name: string; note: string }[] }) {
  return (
    <ul style={{ margin: '8px 0 0', paddingInlineStart: 20, maxHeight: 240, overflowY: 'auto' }}>
      {items.map((i) => (
        <li key={i.key}>
          <strong>{i.name}</strong>
          {i.note ? <Typography.Text type="secondary">：{i.note}</Typography.Text> : null}
        </li>
      ))}
    </ul>
  );
}

/** 分配联络员: one officer for the chosen subjects, as 主责 or 协助; an existing 主责 is replaced only on 改派. */
export function AssignmentAssignModal(props: AssignmentAssignModalProps) {
  const { open, subjects, officerId, onClose, onAssigned } = props;
  const [form] = Form.useForm<AssignValues>();
  const { message, modal } = App.useApp();
  const isMobile = useIsMobile();
  const assign = useAssign();
  const [officer, setOfficer] = useState<Officer | undefined>();
  const role = Form.useWatch('role', form) ?? 'primary';
  const chosenId = Form.useWatch('officerId', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const allHavePrimary = subjects.length > 0 && subjects.every((s) => s.officers.some((o) => o.isPrimary));
    form.setFieldsValue({ officerId, role: allHavePrimary ? 'assist' : 'primary' });
    setOfficer(undefined);
  }, [open, subjects, officerId, form]);

  const isPrimary = role === 'primary';
  const { toSend, alreadyHeld } = splitByCurrentRole(subjects, chosenId, isPrimary);
  const replacing = isPrimary ? withOtherPrimary(toSend, chosenId) : [];
  const switching = withRoleSwitch(toSend, chosenId, isPrimary);
  const who = officer?.name ?? '所选联络员';

  const send = async (items: CoveredSubject[], officerIdToSend: number, replacePrimary: boolean) => {
    const body = {
      officerId: officerIdToSend,
      subjects: items.map((s) => ({ kind: s.kind, id: s.id })),
      isPrimary,
      replacePrimary,
    };
    try {
      const result = await assign.mutateAsync(body);
      message.success(
        `已为 ${result.items.length} 个企业和项目分配${isPrimary ? '主责' : '协助'}联络员${who}`,
      );
      onAssigned();
      onClose();
    } catch (error) {
      const conflicts = subjectConflicts(error, items);
      if (isPrimaryTaken(error, conflicts, body)) {
        // The server names the first subject it stopped at; the list knows all that have a primary.
        const taken = withOtherPrimary(items, officerIdToSend);
        const named = taken.length > 0 ? taken : conflicts.map((c) => c.subject);
        modal.confirm({
          title: `${named.length} 个对象已有主责联络员，是否改派给${who}？`,
          width: isMobile ? '100%' : 520,
          content: (
            <>
              <div>改派后，原主责联络员对这些对象的联系即日结束（保留在历史中）。</div>
              <NameList
                items={named.map((s) => ({
                  key: subjectKey(s),
                  name: s.name,
                  note: primaryOf(s) ? `现主责 ${primaryOf(s)}` : '',
                }))}
              />
            </>
          ),
          okText: '改派',
          cancelText: '不改派',
          onOk: () => send(items, officerIdToSend, true),
        });
        return;
      }
      if (conflicts.length > 0) {
        modal.error({
          title: '未能分配，本次全部未保存',
          width: isMobile ? '100%' : 520,
          content: (
            <>
              <div>{error instanceof ApiError ? error.detail : errorMessage(error)}</div>
              <div style={{ marginTop: 8 }}>请取消选择以下对象后重试：</div>
              <NameList
                items={conflicts.map((c) => ({
                  key: subjectKey(c.subject),
                  name: c.subject.name,
                  note: c.message,
                }))}
              />
            </>
          ),
          okText: '知道了',
        });
        return;
      }
      const officerErrors =
        error instanceof ApiError ? error.fieldErrors.filter((e) => /officerId/.test(e.path)) : [];
      if (officerErrors.length > 0) {
        form.setFields([{ name: 'officerId', errors: officerErrors.map((e) => e.message) }]);
        return;
      }
      message.error(errorMessage(error));
    }
  };

  const onFinish = (values: AssignValues) => {
    if (!values.officerId) return;
    if (toSend.length === 0) {
      message.info(`所选对象都已由${who}担任${isPrimary ? '主责' : '协助'}联络员，无需分配`);
      return;
    }
    void send(toSend, values.officerId, false);
  };

  return (
    <Modal
      open={open}
      title="分配联络员"
      okText="分配"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      width={isMobile ? '100%' : 600}
      forceRender
    >
      <Flex vertical gap={12}>
        <div>
          <Typography.Text>
            已选 <strong>{subjects.length}</strong> 个企业和项目：
          </Typography.Text>
          <Flex gap={6} wrap style={{ marginTop: 6 }} data-testid="assign-subjects">
            {subjects.slice(0, shownNames).map((s) => (
              <Tag key={subjectKey(s)} style={{ marginInlineEnd: 0 }}>
                {s.name}
              </Tag>
            ))}
            {subjects.length > shownNames ? (
              <Typography.Text type="secondary">等 {subjects.length} 个</Typography.Text>
            ) : null}
          </Flex>
        </div>
        <Form<AssignValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="officerId"
            label="联络员"
            rules={[{ required: true, message: '请选择联络员' }]}
            extra="只列出今天在岗的联络员；对象须在其工作区域内"
          >
            <OfficerSelect isActiveOnly onChange={(_, o) => setOfficer(o)} testId="assign-officer" />
          </Form.Item>
          <Form.Item name="role" label="职责" style={{ marginBottom: 0 }}>
            <Radio.Group
              options={[
                { value: 'primary', label: '主责联络员（每个对象一名，按频次联系）' },
                { value: 'assist', label: '协助联络员' },
              ]}
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              data-testid="assign-role"
            />
          </Form.Item>
        </Form>
        {replacing.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={`其中 ${replacing.length} 个已有主责联络员，提交后会询问是否改派。`}
          />
        ) : null}
        {switching.length > 0 ? (
          <Alert
            type={isPrimary ? 'info' : 'warning'}
            showIcon
            title={
              isPrimary
                ? `其中 ${switching.length} 个${who}现为协助联络员，提交后改为主责。`
                : `其中 ${switching.length} 个${who}现为主责联络员，提交后改为协助，这些对象将没有主责联络员。`
            }
          />
        ) : null}
        {alreadyHeld.length > 0 ? (
          <Alert
            type="info"
            showIcon
            title={`其中 ${alreadyHeld.length} 个已由${who}担任${isPrimary ? '主责' : '协助'}联络员，将跳过。`}
          />
        ) : null}
      </Flex>
    </Modal>
  );
}
