/** A small seeded PRNG (sfc32, seeded through splitmix32) so a corpus is the same on every machine and Node version. */

function splitmix32(state) {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stream of random numbers from any number of integer seeds (e.g. corpus seed and file index). */
export function createRandom(...seeds) {
  let mix = 0x2545f491;
  for (const seed of seeds) mix = splitmix32(mix ^ Math.imul(seed | 0, 0x27d4eb2d) ^ (Math.floor(seed / 2 ** 32) | 0));
  let a = splitmix32(mix);
  let b = splitmix32(a);
  let c = splitmix32(b);
  let d = splitmix32(c) | 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return (result >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return new Random(next);
}

export class Random {
  constructor(next) {
    this.next = next;
  }
  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability) {
    return this.next() < probability;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight from [[item, weight], …]. */
  weighted(entries) {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries[entries.length - 1][0];
  }
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  /** `count` distinct items, in random order. */
  sample(items, count) {
    return this.shuffle(items).slice(0, count);
  }
}
