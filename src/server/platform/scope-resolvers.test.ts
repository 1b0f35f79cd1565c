import { describe, expect, it } from 'vitest';
import { createScopeResolvers } from './access';

describe('scope resolvers', () => {
  it('runs the resolver registered for the caller’s role, with the caller’s user id', async () => {
    const resolvers = createScopeResolvers();
    const seen: (number | null)[] = [];
    resolvers.register('liaison_officer', async ({ userId }) => {
      seen.push(userId);
      return { assigned: { enterpriseIds: [userId ?? 0], projectIds: [] } };
    });
    expect(await resolvers.resolve('liaison_officer', 7)).toEqual({
      assigned: { enterpriseIds: [7], projectIds: [] },
    });
    expect(await resolvers.resolve('liaison_officer', null)).toEqual({
      assigned: { enterpriseIds: [0], projectIds: [] },
    });
    expect(seen).toEqual([7, null]);
  });

  it('leaves a role without a resolver unnarrowed, and runs no other role’s resolver for it', async () => {
    const resolvers = createScopeResolvers();
    let calls = 0;
    resolvers.register('liaison_officer', async () => {
      calls += 1;
      return { assigned: { enterpriseIds: [], projectIds: [] } };
    });
    expect(await resolvers.resolve('county_dispatcher', 3)).toEqual({ assigned: null });
    expect(calls).toBe(0);
  });

  it('refuses a second resolver for one role', () => {
    const resolvers = createScopeResolvers();
    resolvers.register('liaison_officer', async () => ({ assigned: null }));
    expect(() => resolvers.register('liaison_officer', async () => ({ assigned: null }))).toThrow();
  });
});
