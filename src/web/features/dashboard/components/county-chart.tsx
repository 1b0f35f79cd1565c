import { useMemo } from 'react';
import type { Resumption } from '../../../../contracts/dashboard';
import { categoryLabels, resumptionCategories } from '../../../../domain/resumption';
import { ChartCanvas, type ChartOption } from '../../../components/chart-canvas';
import { formatRate } from '../../../components/kpi-rate';
import { figuresOf } from '../lib/figures';
import { lightChartStyle, type ChartStyle } from '../lib/chart-style';

interface CountyChartProps {
  rows: Resumption['byRegion'];
  height: number | string;
  style?: ChartStyle;
  onDrill?: (regionCode: string) => void;
}

/** 复工率 of each county (区县/园区), one bar per category; a click on a bar drills into that county. */
export function CountyChart({ rows, height, style = lightChartStyle, onDrill }: CountyChartProps) {
  const option = useMemo<ChartOption>(
    () => ({
      color: resumptionCategories.map((c) => style.series[c]),
      textStyle: { color: style.text, fontSize: style.fontSize },
      legend: { top: 0, textStyle: { color: style.text, fontSize: style.fontSize } },
      grid: { top: style.fontSize * 3, left: 8, right: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        backgroundColor: style.tooltipBackground,
        textStyle: { color: style.tooltipText },
        valueFormatter: (value) => formatRate(typeof value === 'number' ? value : null),
      },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.regionName.replace(/^湖南/, '').replace(/经济开发区$|技术产业园区$/, '')),
        axisLabel: {
          color: style.text,
          fontSize: style.fontSize,
          interval: 0,
          rotate: rows.length > 8 ? 35 : 0,
        },
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
        type: 'bar',
        name: categoryLabels[category],
        barMaxWidth: 18,
        data: rows.map((r) => figuresOf(r.categories, category)?.resumptionRate ?? null),
      })),
    }),
    [rows, style],
  );

  return (
    <ChartCanvas
      option={option}
      height={height}
      ariaLabel={`各区县复工率：${rows
        .map((r) => `${r.regionName}${formatRate(figuresOf(r.categories, 'enterprise')?.resumptionRate)}`)
        .join('，')}`}
      onItemClick={
        onDrill
          ? (event) => {
              const row = rows[event.dataIndex];
              if (row) onDrill(row.regionCode);
            }
          : undefined
      }
    />
  );
}
