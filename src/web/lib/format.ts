import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

// Report dates and times are Asia/Shanghai whatever the browser's own zone.
export const cityTimeZone = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  return dayjs(iso).tz(cityTimeZone).format('YYYY-MM-DD HH:mm');
}

export function formatDateTimeSeconds(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  return dayjs(iso).tz(cityTimeZone).format('YYYY-MM-DD HH:mm:ss');
}

/** A day in the city, as the API's YYYY-MM-DD (pass the server's clock: see useServerClock). */
export function cityDate(now: Dayjs = dayjs()): string {
  return now.tz(cityTimeZone).format('YYYY-MM-DD');
}

/** 上午好 / 下午好 / 晚上好 by the city's clock. */
export function greetingFor(now: Dayjs = dayjs()): string {
  const hour = now.tz(cityTimeZone).hour();
  if (hour < 6) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}
