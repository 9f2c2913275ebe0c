#!/usr/bin/env node
// The `saisei` command. TypeScript runs through tsx in the same process, so signals reach the
// server directly (shared/design/STACK.md trap 9).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
