import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from './permissions.ts';

// docs/security.md is what an auditor reads; it must say exactly what the code enforces.
it('documents the role matrix exactly as the code grants it', () => {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/security.md'), 'utf8');
  const table = doc.split('<!-- role-matrix:start -->')[1]?.split('<!-- role-matrix:end -->')[0] ?? '';
  const rows = table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const [header, , ...body] = rows;
  expect(header).toEqual(['permission', ...ROLES]);
  expect(body.map((r) => r[0])).toEqual([...PERMISSIONS]);
  for (const row of body) {
    const permission = row[0] as (typeof PERMISSIONS)[number];
    ROLES.forEach((role, i) => {
      expect(row[i + 1] === '✓', `${role} × ${permission}`).toBe(ROLE_PERMISSIONS[role].includes(permission));
    });
  }
});
