import { afterEach, describe, expect, it } from 'vitest';
import { PACE_THRESHOLDS } from '../../src/domain/pace';
import { PACE_LABELS, paceHelp } from '../../src/lib/i18n/strings';

const original = { ...PACE_THRESHOLDS };
const thresholds = PACE_THRESHOLDS as { -readonly [K in keyof typeof PACE_THRESHOLDS]: number };

describe('the 序时进度 help text', () => {
  afterEach(() => Object.assign(thresholds, original));

  it('quotes the thresholds the domain classifies with', () => {
    expect(paceHelp()).toContain(`≥110% 为${PACE_LABELS.ahead}，95%—110% 为${PACE_LABELS.onTrack}，80%—95% 为${PACE_LABELS.behind}，低于 80% 为${PACE_LABELS.farBehind}`);
  });

  it('follows the thresholds when they change: the numbers are written once', () => {
    Object.assign(thresholds, { ahead: 1.2, onTrack: 0.9, behind: 0.825 });
    expect(paceHelp()).toContain('≥120% 为超前，90%—120% 为正常，82.5%—90% 为滞后，低于 82.5% 为严重滞后');
    expect(paceHelp()).not.toContain('110%');
  });
});
