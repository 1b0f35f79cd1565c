import { createContext, useContext, type ComponentType } from 'react';

/** A page the signed-in user may open, as the app's route table describes it. */
export interface NavLinkInfo {
  path: string;
  title: string;
  description?: string;
  icon?: ComponentType;
}

/**
 * Features cannot import the app's route table (it imports them), so the layout hands them the
 * links the user may follow through this context.
 */
export const AccessibleLinksContext = createContext<NavLinkInfo[]>([]);

export function useAccessibleLinks(): NavLinkInfo[] {
  return useContext(AccessibleLinksContext);
}
