import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import { projectInputSchema, projectUpdateSchema, type Project } from '../../../../contracts/registry';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateProject, useUpdateProject } from '../api/projects';
import {
  projectFormFieldNames,
  projectFormValuesOf,
  toProjectInput,
  toProjectUpdate,
  type ProjectFormValues,
} from '../lib/project-form-values';
import { ProjectFormFields } from './project-form-fields';

interface ProjectFormDrawerProps {
  open: boolean;
  /** The project being edited; null registers a new one. */
  project: Project | null;
  onClose: () => void;
  onSaved?: (project: Project, isNew: boolean) => void;
  onStale?: () => void;
}

export function ProjectFormDrawer({ open, project, onClose, onSaved, onStale }: ProjectFormDrawerProps) {
  const [form] = Form.useForm<ProjectFormValues>();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const create = useCreateProject();
  const update = useUpdateProject();
  const isCreate = project === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (project) form.setFieldsValue(projectFormValuesOf(project));
  }, [open, project, form]);

  const onServerError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412) {
      message.warning('该项目刚被其他人修改过，已载入最新信息，请核对后重新保存');
      onStale?.();
      return;
    }
    if (!applyServerFieldErrors(form, error, projectFormFieldNames)) message.error(errorMessage(error));
  };

  const onFinish = (values: ProjectFormValues) => {
    if (isCreate) {
      const body = parseWithContract(form, projectInputSchema, toProjectInput(values));
      if (!body) return;
      create.mutate(body, {
        onSuccess: (saved) => {
          message.success(`已登记项目“${saved.name}”`);
          onSaved?.(saved, true);
          onClose();
        },
        onError: onServerError,
      });
      return;
    }
    const changes = toProjectUpdate(values, project);
    if (Object.keys(changes).length === 0) {
      message.info('没有修改任何内容');
      onClose();
      return;
    }
    const body = parseWithContract(form, projectUpdateSchema, changes);
    if (!body) return;
    update.mutate(
      { id: project.id, version: project.version, body },
      {
        onSuccess: (saved) => {
          message.success('项目信息已保存');
          onSaved?.(saved, false);
          onClose();
        },
        onError: onServerError,
      },
    );
  };

  return (
    <Drawer
      title={isCreate ? '新增重点项目' : `编辑项目：${project.name}`}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      forceRender
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={() => form.submit()} loading={create.isPending || update.isPending}>
            {isCreate ? '登记' : '保存'}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} scrollToFirstError>
        <ProjectFormFields />
      </Form>
    </Drawer>
  );
}
