import { App, Form, Modal, type ButtonProps } from 'antd';
import type { CaseDetail } from '../../../../contracts/cases';
import { ApiError, errorMessage } from '../../../lib/api-error';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { useCaseAction } from '../api/cases';
import { actionForms, actionLabel, type FormAction } from './actions/action-forms';

interface CaseActionModalProps {
  /** The action being taken (the page mounts the dialog only while one is). */
  action: FormAction;
  detail: CaseDetail;
  onClose: () => void;
  /** The case changed under us (412) or the action no longer fits (409): show it again. */
  onStale: () => void;
}

const okTestId = { 'data-testid': 'case-modal-ok' } as ButtonProps;

/** The dialog around one action's form: sends the body with If-Match (the version shown) and reports back. */
export function CaseActionModal({ action, detail, onClose, onStale }: CaseActionModalProps) {
  const spec = actionForms[action];
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const act = useCaseAction();

  const send = (body: Record<string, unknown>) =>
    act.mutate(
      { id: detail.id, action, version: detail.version, body },
      {
        onSuccess: (updated) => {
          message.success(spec.done?.(updated) ?? `已${actionLabel(action)}`);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
            if (error.status === 412) message.warning('该事项已被他人处理，已刷新');
            else message.error(error.detail);
            onClose();
            onStale();
            return;
          }
          const fields = Object.keys(form.getFieldsValue() as object);
          if (!applyServerFieldErrors(form, error, fields)) message.error(errorMessage(error));
        },
      },
    );

  return (
    <Modal
      open
      title={`${actionLabel(action)} · ${detail.number}`}
      okText={spec.okText}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      okButtonProps={{ ...okTestId, danger: spec.danger }}
      destroyOnHidden
      width={spec.width ?? 520}
      data-testid="case-action-modal"
    >
      {spec.hint ? <p className="case-action-hint">{spec.hint}</p> : null}
      <spec.Form detail={detail} form={form} onSubmit={send} />
    </Modal>
  );
}
