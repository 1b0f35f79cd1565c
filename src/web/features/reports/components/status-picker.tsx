import { CheckCircleFilled, PauseCircleFilled, StopFilled, ToolFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { reportStatuses, reportStatusLabels, type ReportStatus } from '../../../../domain/resumption';

const details: Record<ReportStatus, { icon: ReactNode; hint: string }> = {
  resumed: { icon: <CheckCircleFilled />, hint: '全面复工复产' },
  partial: { icon: <PauseCircleFilled />, hint: '部分产线或人员' },
  not_resumed: { icon: <StopFilled />, hint: '尚未复工' },
  suspended: { icon: <ToolFilled />, hint: '停产检修或关停' },
};

interface StatusPickerProps {
  id?: string;
  value?: ReportStatus;
  onChange?: (value: ReportStatus) => void;
  'aria-invalid'?: boolean;
}

/** Four large choices, two by two on a phone: one tap sets the day's status. */
export function StatusPicker({ id, value, onChange, ...rest }: StatusPickerProps) {
  return (
    <div id={id} role="radiogroup" aria-label="复工状态" className="status-picker" {...rest}>
      {reportStatuses.map((status) => {
        const isChecked = value === status;
        return (
          <button
            key={status}
            type="button"
            role="radio"
            aria-checked={isChecked}
            className={`status-option status-option-${status}${isChecked ? ' is-checked' : ''}`}
            data-testid={`report-status-${status}`}
            onClick={() => onChange?.(status)}
          >
            <span className="status-option-icon">{details[status].icon}</span>
            <span className="status-option-text">
              <span className="status-option-label">{reportStatusLabels[status]}</span>
              <span className="status-option-hint">{details[status].hint}</span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
