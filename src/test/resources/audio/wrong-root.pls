<?xml version="1.0" encoding="UTF-8"?>
<glossary><lexeme><grapheme>x</grapheme><alias>y</alias></lexeme></glossary>
