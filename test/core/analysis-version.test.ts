/** The index job rebuilds when the lexical analysis code changes: its hash follows the code files and nothing else. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisVersion, codeVersion } from '../../src/core/lexical/analysis-version.js';

describe('analysis code version', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'analysis-version-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('GIVEN a module file changes THEN the version changes', () => {
    const d = folder({ 'analyzer.js': 'export const k = 1;', 'bm25.js': 'export const b = 0.75;' });
    const before = codeVersion(d);
    writeFileSync(join(d, 'analyzer.js'), 'export const k = 2;');
    expect(codeVersion(d)).not.toBe(before);
  });

  it('GIVEN only declarations or source maps change THEN the version stays', () => {
    const d = folder({ 'analyzer.js': 'export const k = 1;' });
    const before = codeVersion(d);
    writeFileSync(join(d, 'analyzer.d.ts'), 'export declare const k: number;');
    writeFileSync(join(d, 'analyzer.js.map'), '{}');
    expect(codeVersion(d)).toBe(before);
  });

  it('GIVEN a file is renamed THEN the version changes (names count, not only contents)', () => {
    const a = codeVersion(folder({ 'a.js': 'x' }));
    rmSync(dir, { recursive: true, force: true });
    expect(codeVersion(folder({ 'b.js': 'x' }))).not.toBe(a);
  });

  it('GIVEN the shipped analysis code THEN its version is a stable 16-digit hash within a process', () => {
    dir = mkdtempSync(join(tmpdir(), 'analysis-version-'));
    expect(analysisVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(analysisVersion()).toBe(analysisVersion());
  });
});
