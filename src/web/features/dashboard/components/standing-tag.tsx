import { Tag } from 'antd';
import { standingColors, standingLabels, type SubjectStanding } from '../lib/status-labels';

export function StandingTag({ standing }: { standing: SubjectStanding }) {
  return (
    <Tag color={standingColors[standing]} style={{ marginInlineEnd: 0 }}>
      {standingLabels[standing]}
    </Tag>
  );
}
