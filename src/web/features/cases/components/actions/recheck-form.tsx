import { ActionFormFrame, optional, type ActionFormProps } from './action-form';
import { caseActionBodies } from '../../../../../contracts/case-actions';
import { PassFailFields } from './pass-fail-fields';

/** 复查: an inspector checks a hazard's rectification on site; the grade decides how many passes close it. */
export function RecheckForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.recheck}
      initialValues={{ passed: true }}
      toBody={(v: { passed: boolean; comment?: string }) => ({
        passed: v.passed,
        comment: optional(v.comment),
      })}
    >
      <PassFailFields form={form} passLabel="复查通过" failLabel="未整改到位" />
    </ActionFormFrame>
  );
}
