import type { ResumptionCategory } from '../../../../domain/resumption';

/** Colours and text for the charts, on the light page and on the command centre's dark screen. */
export interface ChartStyle {
  series: Record<ResumptionCategory, string>;
  text: string;
  axis: string;
  split: string;
  fontSize: number;
  tooltipBackground: string;
  tooltipText: string;
}

export const lightChartStyle: ChartStyle = {
  series: { enterprise: '#1a56c4', provincial_project: '#13a8a8', municipal_project: '#fa8c16' },
  text: 'rgba(0, 0, 0, 0.65)',
  axis: '#d9d9d9',
  split: '#f0f0f0',
  fontSize: 12,
  tooltipBackground: '#ffffff',
  tooltipText: 'rgba(0, 0, 0, 0.88)',
};

export const darkChartStyle: ChartStyle = {
  series: { enterprise: '#4d9bff', provincial_project: '#36cfc9', municipal_project: '#ffc53d' },
  text: 'rgba(220, 234, 255, 0.85)',
  axis: 'rgba(120, 160, 220, 0.45)',
  split: 'rgba(120, 160, 220, 0.15)',
  fontSize: 16,
  tooltipBackground: 'rgba(8, 24, 56, 0.92)',
  tooltipText: '#e6f0ff',
};
