import { describe, expect, it } from 'vitest';
import { engineProblems } from './check-engines.ts';

const PROMISED = '^20.19.0 || ^22.13.0 || >=24';

describe('engineProblems', () => {
  it('names a locked package that wants a newer Node than the project promises', () => {
    expect(
      engineProblems(PROMISED, {
        '': { version: '0.1.0', engines: { node: PROMISED } },
        'node_modules/cookie': { version: '2.0.2', engines: { node: '>=22' } },
        'node_modules/a/node_modules/file-selector': { version: '5.0.1', engines: { node: '>= 22' } },
        'node_modules/vite': { version: '8.3.8', engines: { node: '^20.19.0 || >=22.12.0' } },
        'node_modules/old': { version: '1.0.0', engines: { node: '>=0.8' } },
      }),
    ).toEqual([
      { name: 'cookie', version: '2.0.2', wants: '>=22' },
      { name: 'file-selector', version: '5.0.1', wants: '>= 22' },
    ]);
  });

  it('leaves out optional builds for other platforms, list-form engines and packages without one', () => {
    expect(
      engineProblems(PROMISED, {
        'node_modules/@img/sharp-win32-ia32': {
          version: '0.35.5',
          engines: { node: '^20.9.0' },
          optional: true,
        },
        'node_modules/ancient': { version: '0.1.0', engines: ['node >= 0.4'] },
        'node_modules/plain': { version: '1.0.0' },
      }),
    ).toEqual([]);
  });

  it('counts an engines range it cannot read as a problem', () => {
    expect(
      engineProblems(PROMISED, { 'node_modules/odd': { version: '1.0.0', engines: { node: 'soon' } } }),
    ).toEqual([{ name: 'odd', version: '1.0.0', wants: 'soon' }]);
  });
});
