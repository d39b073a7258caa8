#!/usr/bin/env python3
"""Where audio captions end (issue 16, whole sentences): reads OUT/*.vtt and prints, per file and in total,
cues, the share ending at a sentence end, at a phrase boundary (, ; :) inside a sentence, and between words of a
sentence, plus orphans: cues of one or two words that are only part of a sentence.
Usage: bench/cue-stats.py OUT_DIR [OUT_DIR ...]"""
import glob, os, re, sys

SENTENCE_END = re.compile(r'[.!?]["\')\]\u201d\u2019]*$')
PHRASE_END = re.compile(r'[,;:]["\')\]\u201d\u2019]*$')
# Words that open a phrase (as CueSplitter has them): a cut before one is at a phrase boundary.
OPENERS = set("""and or but nor so yet because although though while whereas unless until if when where which who whom
whose that than to with without for from in into on onto at by of about after before during through between under
over such like as including especially then \u2014 \u2013 -""".split())


def cues(path):
    text = open(path, encoding='utf-8').read()
    out = []
    for block in re.split(r'\n\s*\n', text):
        lines = block.strip().splitlines()
        for i, line in enumerate(lines):
            if '-->' in line:
                out.append(' '.join(lines[i + 1:]).strip())
                break
    return [c for c in out if c]


def stats(cs):
    n = len(cs)
    sent = sum(1 for c in cs if SENTENCE_END.search(c))
    phrase = sum(1 for c in cs if not SENTENCE_END.search(c) and PHRASE_END.search(c))
    between = n - sent - phrase
    mid = sum(1 for i, c in enumerate(cs[:-1]) if not SENTENCE_END.search(c) and not PHRASE_END.search(c)
              and cs[i + 1].split()[0].lower() not in OPENERS)
    orphans = 0
    for i, c in enumerate(cs):
        whole = SENTENCE_END.search(c) and (i == 0 or SENTENCE_END.search(cs[i - 1]))
        if len(c.split()) <= 2 and not whole:
            orphans += 1
    return n, sent, phrase, between, mid, orphans


def main(dirs):
    print('| edition | cues | end of sentence | after , ; : | between words | of which not before and/which/to... | 1-2 word orphans |')
    print('|---|---|---|---|---|---|---|')
    for d in dirs:
        total = [0] * 6
        for f in sorted(glob.glob(os.path.join(d, '*.vtt'))):
            s = stats(cues(f))
            total = [a + b for a, b in zip(total, s)]
            row(os.path.basename(f), s)
        row(d + ' (all)', total)


def row(name, s):
    n, sent, phrase, between, mid, orphans = s
    pct = lambda x: '%.1f %%' % (100.0 * x / n if n else 0)
    print('| %s | %d | %s | %s | %s | %s | %d |' % (name, n, pct(sent), pct(phrase), pct(between), pct(mid),
                                                 orphans))


if __name__ == '__main__':
    main(sys.argv[1:] or ['out'])
