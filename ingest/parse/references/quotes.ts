// Whether a position lies inside quotation marks (“...” or "..."), asked for positions from left to
// right: each character of the text is looked at once, however many positions are asked about.

export class QuoteTracker {
  private pos = 0;
  /** Where the quotation open at `pos` began, or -1. */
  private open = -1;
  private straight = false;
  /** The first closing mark at or after `open`, -1 when none: a quotation never closed is no quotation. */
  private close = -2;
  private noCurly = false;
  private noStraight = false;

  constructor(private readonly text: string) {}

  inside(at: number): boolean {
    return this.openedAt(at) >= 0;
  }

  /** Where the quotation that holds `at` opened, or -1. */
  openedAt(at: number): number {
    const { text } = this;
    for (; this.pos < at; this.pos++) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x201c && this.open < 0 && !this.noCurly) this.begin(this.pos, false);
      else if (c === 0x201d && this.open >= 0 && !this.straight) this.open = -1;
      else if (c === 34 && this.open >= 0) {
        if (this.straight) this.open = -1;
      } else if (c === 34 && !this.noStraight) this.begin(this.pos, true);
    }
    if (this.open < 0) return -1;
    if (this.close === -2) this.close = text.indexOf(this.straight ? '"' : '\u201d', at);
    if (this.close >= 0) return this.open;
    // Nothing closes it, nor any later quotation of the same kind: forget it.
    this.open = -1;
    if (this.straight) this.noStraight = true;
    else this.noCurly = true;
    return -1;
  }

  private begin(at: number, straight: boolean): void {
    this.open = at;
    this.straight = straight;
    this.close = -2;
  }
}
