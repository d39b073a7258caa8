<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-cmu" xml:lang="en-US">
  <lexeme><grapheme>tomato</grapheme><phoneme>t ah0 m aa1 t ow2</phoneme></lexeme>
  <lexeme><grapheme>FOLFIRI</grapheme><phoneme>f ao1 l f ih2 r iy0</phoneme></lexeme>
</lexicon>
