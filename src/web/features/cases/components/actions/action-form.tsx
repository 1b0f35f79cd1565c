import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { CaseDetail } from '../../../../../contracts/cases';
import { parseWithContract } from '../../../../lib/form-errors';

/** What the dialog gives every action's form. */
export interface ActionFormProps {
  detail: CaseDetail;
  /** Owned by the dialog: its OK button submits it and the server's field errors land on it. */
  form: FormInstance;
  /** Receives the body, already checked against the action's contract. */
  onSubmit: (body: Record<string, unknown>) => void;
}

interface ActionFormFrameProps<V, S extends z.ZodType> extends Omit<ActionFormProps, 'detail'> {
  /** The action's body contract. */
  schema: S;
  /** The form's values in the shape the contract takes (typed by it, so a renamed field fails to compile). */
  toBody: (values: V) => z.input<S>;
  initialValues?: Partial<V>;
  children: ReactNode;
}

/** The form every action shares: vertical, validated by the action's contract before it is sent. */
export function ActionFormFrame<V, S extends z.ZodType>({
  form,
  schema,
  toBody,
  onSubmit,
  initialValues,
  children,
}: ActionFormFrameProps<V, S>) {
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      preserve={false}
      initialValues={initialValues}
      onFinish={(values: V) => {
        const body = parseWithContract(form, schema, toBody(values));
        if (body) onSubmit(body as Record<string, unknown>);
      }}
    >
      {children}
    </Form>
  );
}

/** '' from a cleared optional input means "not given". */
export const optional = (text: string | undefined) => (text?.trim() ? text : undefined);
