import dayjs, { type Dayjs } from 'dayjs';
import { cityTimeZone } from '../../../lib/format';

/** 3月9日 12:00 */
export function formatDeadline(iso: string): string {
  return dayjs(iso).tz(cityTimeZone).format('M月D日 HH:mm');
}

/** 3月8日 */
export function formatDay(date: string): string {
  return dayjs(date).format('M月D日');
}

/** 18:05 today, or 3月7日 18:05 otherwise (by the city's clock). */
export function formatFiledAt(iso: string, now: Dayjs): string {
  const at = dayjs(iso).tz(cityTimeZone);
  return at.isSame(now.tz(cityTimeZone), 'day') ? at.format('HH:mm') : at.format('M月D日 HH:mm');
}

export function isPastDeadline(deadline: string, now: Dayjs): boolean {
  return now.valueOf() > Date.parse(deadline);
}
