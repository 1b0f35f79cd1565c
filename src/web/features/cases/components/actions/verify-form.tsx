import { ActionFormFrame, optional, type ActionFormProps } from './action-form';
import { caseActionBodies } from '../../../../../contracts/case-actions';
import { PassFailFields } from './pass-fail-fields';

/** 审核: the dispatcher checks a directive's 办结报告; passed closes it, not passed sends it back to the lead. */
export function VerifyForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.verify}
      initialValues={{ passed: true }}
      toBody={(v: { passed: boolean; comment?: string }) => ({
        passed: v.passed,
        comment: optional(v.comment),
      })}
    >
      <PassFailFields form={form} passLabel="审核通过，销号" failLabel="不通过，继续办理" />
    </ActionFormFrame>
  );
}
