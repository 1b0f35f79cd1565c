import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  time: z.string().describe('服务器时钟（演示场景运行在 2020 年）'),
});
export const readySchema = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) });
