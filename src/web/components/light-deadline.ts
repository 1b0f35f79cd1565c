import dayjs from 'dayjs';
import { cityTimeZone } from '../lib/format';

/**
 * A deadline as officials write it: the end of a day is "3月11日 24:00前" (not "3月12日 00:00"), any other
 * time "3月11日 17:30前". Always in the city's time zone.
 */
export function formatDeadline(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const at = dayjs(iso).tz(cityTimeZone);
  if (at.hour() === 0 && at.minute() === 0) return `${at.subtract(1, 'day').format('M月D日')} 24:00前`;
  return `${at.format('M月D日 HH:mm')}前`;
}
