import { Tag } from 'antd';
import { visitModeLabels, type VisitMode } from '../../../../domain/liaison';

const modeColors: Record<VisitMode, string> = { on_site: 'green', phone: 'blue', video: 'purple' };

export function VisitModeTag({ mode }: { mode: VisitMode }) {
  return (
    <Tag color={modeColors[mode]} style={{ marginInlineEnd: 0 }} data-mode={mode}>
      {visitModeLabels[mode]}
    </Tag>
  );
}
