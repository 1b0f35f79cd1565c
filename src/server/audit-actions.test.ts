import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditEntityLabels } from '../domain/audit-actions';
import { caseActions } from '../domain/cases/workflow';

const serverDir = path.dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The literal codes passed to audit.record as `action: '…'` and `entityType: '…'` in the server's code. */
function codes(key: 'action' | 'entityType'): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`${key}: '([a-z_]+\\.?[a-z_]*)'`, 'g');
  for (const file of sources(serverDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('audit.record') && !text.includes('.record(')) continue;
    for (const match of text.matchAll(pattern))
      if (match[1]!.includes('.') || key === 'entityType') found.add(match[1]!);
  }
  return found;
}

describe('the audit screen', () => {
  it('has a Chinese name for every action code the server writes', () => {
    const actions = codes('action');
    expect(actions.size).toBeGreaterThan(30);
    for (const action of caseActions) actions.add(`case.${action}`);
    for (const entity of ['enterprise', 'project', 'liaison_officer', 'liaison_assignment'])
      actions.add(`${entity}.imported`);
    expect([...actions].filter((a) => !(a in auditActionLabels))).toEqual([]);
  });

  it('has a Chinese name for every object type', () => {
    const entities = codes('entityType');
    expect(entities.size).toBeGreaterThan(10);
    expect([...entities].filter((e) => !(e in auditEntityLabels))).toEqual([]);
  });
});
