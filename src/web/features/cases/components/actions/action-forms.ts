import type { ComponentType } from 'react';
import type { CaseDetail } from '../../../../../contracts/cases';
import { caseActionLabels, type CaseAction } from '../../../../../domain/cases/workflow';
import { AcceptForm } from './accept-form';
import type { ActionFormProps } from './action-form';
import { AssignForm } from './assign-form';
import { CloseAsForm } from './close-as-form';
import { CommentForm } from './comment-form';
import { CompletePartForm } from './complete-part-form';
import { ConfirmForm } from './confirm-form';
import { DecideExtensionForm } from './decide-extension-form';
import { FeedbackForm } from './feedback-form';
import { InterimMeasureForm } from './interim-measure-form';
import { ProgressForm } from './progress-form';
import { RecheckForm } from './recheck-form';
import { ReopenForm } from './reopen-form';
import { RequestExtensionForm } from './request-extension-form';
import { ResolveForm } from './resolve-form';
import { ReturnForm } from './return-form';
import { VerifyForm } from './verify-form';

/** Every action the dialog has a form for: the shared ones and the kinds' own. */
export type FormAction = CaseAction;

export interface ActionFormSpec {
  Form: ComponentType<ActionFormProps>;
  /** The OK button's text. */
  okText: string;
  /** One line above the form on what the action does. */
  hint?: string;
  /** Red OK button: the action sends the case away or ends it. */
  danger?: boolean;
  width?: number;
  /** The success message, when it depends on the outcome. */
  done?: (updated: CaseDetail) => string;
}

export const actionForms: Record<FormAction, ActionFormSpec> = {
  assign: { Form: AssignForm, okText: '交办', width: 640 },
  accept: { Form: AcceptForm, okText: '签收', hint: '签收后开始计算办结时限，请在期限内协调解决。' },
  progress: { Form: ProgressForm, okText: '提交' },
  'complete-part': { Form: CompletePartForm, okText: '提交' },
  resolve: {
    Form: ResolveForm,
    okText: '办结',
    hint: '办理结果将告知提出人，由其确认是否解决；不满意的将重新办理。',
  },
  return: {
    Form: ReturnForm,
    okText: '退回',
    danger: true,
    hint: '不属于本部门职责或交办有误的，退回调度员重新交办。',
  },
  'request-extension': { Form: RequestExtensionForm, okText: '提交申请' },
  'decide-extension': { Form: DecideExtensionForm, okText: '确定' },
  confirm: {
    Form: ConfirmForm,
    okText: '提交评价',
    done: (updated) =>
      updated.state === 'closed' ? '感谢您的评价，问题已销号' : '已反馈不满意，问题将重新办理',
  },
  reopen: { Form: ReopenForm, okText: '重新办理', hint: '事项将退回牵头单位重新办理。' },
  'close-as': {
    Form: CloseAsForm,
    okText: '不予受理',
    danger: true,
    hint: '该问题将不再交办，直接销号；提出人会收到通知。',
  },
  comment: { Form: CommentForm, okText: '发送' },
  feedback: {
    Form: FeedbackForm,
    okText: '提交',
    hint: '按期反馈批示事项的办理进展，调度员和领导都能看到。',
  },
  verify: {
    Form: VerifyForm,
    okText: '确定',
    hint: '审核牵头单位的办结报告：通过即销号，不通过退回继续办理。',
  },
  'interim-measure': {
    Form: InterimMeasureForm,
    okText: '提交',
    hint: '暂时无法整改到位的隐患，先落实应急措施，并写明持续到哪一天。',
  },
  recheck: {
    Form: RecheckForm,
    okText: '确定',
    hint: '到现场复查整改情况；未整改到位的退回责任单位继续整改。',
  },
};

export function actionLabel(action: FormAction): string {
  return caseActionLabels[action];
}
