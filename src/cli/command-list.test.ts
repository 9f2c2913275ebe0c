import { describe, expect, it } from 'vitest';
import { COMMANDS } from './command-list.ts';

describe('the command list', () => {
  it('names and summarises each command as the command itself does', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });
});
