/**
 * The realism corpus (test/realism/): the done-when of issue 14, measured by `npm run realism --json` on the
 * built CLI library. required-steps and step-order together: at most 10% false alarms on the trainer's fine
 * places, at least 90% recall on the flagged ones; nothing personal asked for on a public channel.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Row {
  rule: string;
  flagged: number;
  caught: number;
  recall: number | null;
  fine: number;
  falseAlarms: number;
  falseAlarmRate: number | null;
  falseAlarmPlaces: string[];
}

function realism(...args: string[]): { places: number; files: number; rules: Row[]; combined: Row; unjudged: unknown[] } {
  return JSON.parse(execFileSync(process.execPath, ['scripts/realism.mjs', '--json', ...args], { cwd: root, encoding: 'utf8' }));
}

describe('the realism corpus', () => {
  const after = realism();

  it('has at least 10 playbooks, every place judged', () => {
    expect(after.files).toBeGreaterThanOrEqual(10);
    expect(after.places).toBeGreaterThanOrEqual(30);
    expect(after.unjudged).toEqual([]);
  });

  it('required-steps + step-order: at most 10% false alarms, at least 90% recall', () => {
    expect(after.combined.flagged).toBeGreaterThan(0);
    expect(after.combined.recall).toBeGreaterThanOrEqual(0.9);
    expect(after.combined.falseAlarmRate).toBeLessThanOrEqual(0.1);
  });

  it('asks for nothing personal on a public channel', () => {
    const personalization = after.rules.find((row) => row.rule === 'no-personalization')!;
    expect(personalization.falseAlarmPlaces.filter((place) => place.endsWith('|social'))).toEqual([]);
    expect(after.rules.find((row) => row.rule === 'public-privacy')!.falseAlarms).toBe(0);
  });

  it('without the additions, the same corpus raises the false alarms the issue describes', () => {
    const before = realism('--without-additions');
    expect(before.places).toBe(after.places);
    expect(before.combined.falseAlarmRate).toBeGreaterThan(0.4);
    expect(before.rules.find((row) => row.rule === 'schema')!.falseAlarms).toBe(0);
  });
});
