import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { trendSchema } from '../../../../contracts/dashboard';
import { categoryLabels, resumptionCategories } from '../../../../domain/resumption';
import { ChartCanvas, type ChartOption } from '../../../components/chart-canvas';
import { formatRate } from '../../../components/kpi-rate';
import { figuresOf } from '../lib/figures';
import { lightChartStyle, type ChartStyle } from '../lib/chart-style';

interface TrendChartProps {
  points: z.infer<typeof trendSchema>['points'];
  height: number | string;
  style?: ChartStyle;
}

/** 复工率 of the three categories day by day. */
export function TrendChart({ points, height, style = lightChartStyle }: TrendChartProps) {
  const option = useMemo<ChartOption>(
    () => ({
      color: resumptionCategories.map((c) => style.series[c]),
      textStyle: { color: style.text, fontSize: style.fontSize },
      legend: { top: 0, textStyle: { color: style.text, fontSize: style.fontSize } },
      grid: { top: style.fontSize * 3, left: 8, right: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        backgroundColor: style.tooltipBackground,
        textStyle: { color: style.tooltipText },
        valueFormatter: (value) => formatRate(typeof value === 'number' ? value : null),
      },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: points.map((p) => dayjs(p.date).format('M月D日')),
        axisLabel: { color: style.text, fontSize: style.fontSize },
        axisLine: { lineStyle: { color: style.axis } },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { color: style.text, fontSize: style.fontSize, formatter: '{value}%' },
        splitLine: { lineStyle: { color: style.split } },
      },
      series: resumptionCategories.map((category) => ({
        type: 'line',
        name: categoryLabels[category],
        smooth: true,
        showSymbol: points.length <= 31,
        symbolSize: 5,
        lineStyle: { width: style.fontSize > 12 ? 3 : 2 },
        data: points.map((p) => figuresOf(p.categories, category)?.resumptionRate ?? null),
      })),
    }),
    [points, style],
  );

  const last = points.at(-1);
  return (
    <ChartCanvas
      option={option}
      height={height}
      ariaLabel={
        last
          ? `复工率趋势，截至${last.date}：${resumptionCategories
              .map((c) => `${categoryLabels[c]}${formatRate(figuresOf(last.categories, c)?.resumptionRate)}`)
              .join('，')}`
          : '复工率趋势'
      }
    />
  );
}
