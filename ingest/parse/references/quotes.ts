// Whether a position lies inside quotation marks (“...” or "..."), asked for positions from left to
// right: the text is read once, from one quotation mark to the next, however many positions are asked about.

const marks = /[\u201c\u201d"]/g;

export class QuoteTracker {
  /** Where the quotation open before the last position asked about began, or -1. */
  private open = -1;
  private straight = false;
  /** The first closing mark at or after `open`, -1 when none: a quotation never closed is no quotation. */
  private close = -2;
  private noCurly = false;
  private noStraight = false;
  /** The next quotation mark not yet read, or the length of the text; -1 before the first question. */
  private nextMark = -1;

  constructor(private readonly text: string) {}

  inside(at: number): boolean {
    return this.openedAt(at) >= 0;
  }

  /** Where the quotation that holds `at` opened, or -1. */
  openedAt(at: number): number {
    const { text } = this;
    if (this.nextMark < 0) this.nextMark = this.findMark(0);
    while (this.nextMark < at) {
      const p = this.nextMark;
      const c = text.charCodeAt(p);
      if (c === 0x201c && this.open < 0 && !this.noCurly) this.begin(p, false);
      else if (c === 0x201d && this.open >= 0 && !this.straight) this.open = -1;
      else if (c === 34 && this.open >= 0) {
        if (this.straight) this.open = -1;
      } else if (c === 34 && !this.noStraight) this.begin(p, true);
      this.nextMark = this.findMark(p + 1);
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

  private findMark(from: number): number {
    marks.lastIndex = from;
    return marks.exec(this.text)?.index ?? this.text.length;
  }

  private begin(at: number, straight: boolean): void {
    this.open = at;
    this.straight = straight;
    this.close = -2;
  }
}
