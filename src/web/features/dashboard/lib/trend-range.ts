import dayjs from 'dayjs';

/** The day Hunan let enterprises resume (24:00 on 9 February 2020), where the daily reports begin. */
export const campaignStart = '2020-02-10';

/** The trend shown beside a day: from the campaign's start, or 30 days back once the campaign is older. */
export function trendRange(date: string): { from: string; to: string } {
  const monthBack = dayjs(date).subtract(30, 'day').format('YYYY-MM-DD');
  const from = monthBack < campaignStart && campaignStart <= date ? campaignStart : monthBack;
  return { from, to: date };
}
