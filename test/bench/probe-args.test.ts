import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../bench/dossiers.js';
import { ProbeArgsError, tuningSelection } from '../../bench/probe-args.js';

const d = (name: string, role: Dossier['role']): Dossier => ({ name, role, corpus: `/c/${name}`, questions: `/q/${name}.json` });
const all = [d('alpha', 'tuning'), d('beta', 'tuning'), d('secret', 'held-out'), d('gamma', 'tuning')];

describe('the miss probes\' --dossier selection', () => {
  it('GIVEN no --dossier THEN every tuning dossier in file order, never the held-out one', () => {
    expect(tuningSelection(undefined, all).map((x) => x.name)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('GIVEN a list with spaces and an empty item THEN the named tuning dossiers in file order', () => {
    expect(tuningSelection('gamma, alpha,,', all).map((x) => x.name)).toEqual(['alpha', 'gamma']);
  });

  it('GIVEN the name of the held-out dossier THEN it is refused like an unknown one (its misses are never printed)', () => {
    expect(() => tuningSelection('alpha,secret', all)).toThrow(new ProbeArgsError('no tuning dossier "secret" in test/eval/dossiers.json'));
    expect(() => tuningSelection('typo', all)).toThrow(/no tuning dossier "typo"/);
  });
});
