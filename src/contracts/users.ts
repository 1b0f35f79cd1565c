import { z } from 'zod';
import { roles } from '../domain/roles';
import { idSchema, isoDateTime, pageOf, pageQuerySchema, regionCodeSchema, singleLineText } from './common';

export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string(),
    role: z.enum(roles),
    regionCode: z.string(),
    regionName: z.string(),
    departmentId: z.number().int().nullable(),
    departmentName: z.string().nullable(),
    enterpriseId: z.number().int().nullable(),
    projectId: z.number().int().nullable(),
    phone: z.string().nullable(),
    isDisabled: z.boolean(),
    isLocked: z.boolean(),
    lastLoginAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    version: z.number().int(),
  })
  .describe('用户');
export type User = z.infer<typeof userSchema>;
export const userPageSchema = pageOf(userSchema);

export const usernameSchema = z
  .string()
  .trim()
  .min(3, '用户名至少 3 个字符')
  .max(64, '用户名不能超过 64 个字符')
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请输入正确的手机号或座机号');

export const createUserRequestSchema = z.strictObject({
  username: usernameSchema.describe('登录名'),
  name: singleLineText(50).describe('姓名'),
  password: z.string().max(128).describe('初始密码'),
  role: z.enum(roles).describe('角色'),
  regionCode: regionCodeSchema.describe('所属区划（权限范围的根）'),
  departmentId: idSchema.nullish(),
  enterpriseId: idSchema.nullish(),
  projectId: idSchema.nullish(),
  phone: phoneSchema.nullish(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = createUserRequestSchema
  .omit({ username: true, password: true })
  .partial()
  .extend({ isDisabled: z.boolean().optional() });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({ password: z.string().max(128) });

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  role: z.enum(roles).optional(),
  region: regionCodeSchema.optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(roles),
  regionCode: z.string(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListSchema = z.array(apiTokenSchema);
export const createApiTokenRequestSchema = z.strictObject({
  name: singleLineText(64).describe('用途说明'),
  role: z.enum(roles),
  regionCode: regionCodeSchema,
});
export const createApiTokenResponseSchema = apiTokenSchema.extend({
  token: z.string().describe('令牌，仅此一次显示'),
});
