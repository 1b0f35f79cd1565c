import { Tooltip } from 'antd';
import { formatDeadline } from './light-deadline';

export { formatDeadline };

/** A case's time-limit light: green in time, yellow one working day or less left, red overdue. */
export type Light = 'green' | 'yellow' | 'red';

export const lightLabels: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
export const lightColors: Record<Light, string> = { green: '#389e0d', yellow: '#d48806', red: '#cf1322' };
const lightBackgrounds: Record<Light, string> = { green: '#f6ffed', yellow: '#fffbe6', red: '#fff1f0' };
const lightHints: Record<Light, string> = {
  green: '在时限内',
  yellow: '剩余不足 1 个工作日',
  red: '已超期',
};

/** Just the colored dot, e.g. in a dense table cell; the label is its tooltip. */
export function LightDot({ light, title }: { light: Light; title?: string }) {
  return (
    <Tooltip title={title ?? `${lightLabels[light]}：${lightHints[light]}`}>
      <span
        className="light-dot"
        role="img"
        aria-label={lightLabels[light]}
        style={{
          display: 'inline-block',
          width: 10,
          height: 10,
          borderRadius: '50%',
          background: lightColors[light],
          boxShadow: `0 0 0 3px ${lightBackgrounds[light]}`,
          flex: 'none',
        }}
      />
    </Tooltip>
  );
}

interface LightTagProps {
  light: Light;
  /** What the limit is for: 签收 or 办结. */
  stage?: string;
  deadline?: string | null;
  testId?: string;
}

/** The light as a small pill: ● 黄灯 · 签收 3月9日 24:00前. */
export function LightTag({ light, stage, deadline, testId }: LightTagProps) {
  return (
    <span
      data-testid={testId}
      data-light={light}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '1px 8px',
        borderRadius: 10,
        fontSize: 12,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
        color: lightColors[light],
        background: lightBackgrounds[light],
        border: `1px solid ${lightColors[light]}33`,
      }}
    >
      <span
        aria-hidden
        style={{ width: 8, height: 8, borderRadius: '50%', background: lightColors[light], flex: 'none' }}
      />
      {lightLabels[light]}
      {stage || deadline ? (
        <span style={{ color: 'rgba(0,0,0,0.65)' }}>
          {stage ? ` ${stage}` : ''}
          {deadline ? ` ${formatDeadline(deadline)}` : ''}
        </span>
      ) : null}
    </span>
  );
}
