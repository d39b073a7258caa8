<?xml version="1.0" encoding="UTF-8"?>
<!-- CarePrint bundled pronunciation lexicon (W3C PLS 1.0), hand-made; glossary-words.pls (generated) follows it and
     wins where both list a word. A <phoneme> is CMU phones (the set kevin16 and flite share), vowels with stress
     0/1/2: kevin16 takes it through FreeTtsLexicon, flite as lexicon addenda; LexiconVoiceTest and FliteVoiceTest
     run every entry through each voice and compare the phones it says. An <alias> is a respelling, used by a voice
     only where it takes no phones (prefer="true": by every voice). Never end a respelled syllable in "uh" after a
     consonant: kevin16 reads "tuh", "muh", "luh" as too/moo/loo. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="x-cmu" xml:lang="en-US">
  <lexeme><grapheme>trastuzumab</grapheme><alias>tras too zoo mab</alias></lexeme>
  <lexeme><grapheme>pertuzumab</grapheme><alias>per too zoo mab</alias></lexeme>
  <lexeme><grapheme>emtansine</grapheme><alias>em tan seen</alias></lexeme>
  <lexeme><grapheme>deruxtecan</grapheme><alias>deh rucks teh can</alias></lexeme>
  <lexeme><grapheme>margetuximab</grapheme><alias>mar jeh tucks ih mab</alias></lexeme>
  <lexeme><grapheme>metastases</grapheme><alias>meh tass tah seez</alias><phoneme>m ax0 t ae1 s t ax0 s iy2 z</phoneme></lexeme>
  <lexeme><grapheme>metastasis</grapheme><alias>meh tass tah sis</alias><phoneme>m ax0 t ae1 s t ax0 s ih0 s</phoneme></lexeme>
  <lexeme><grapheme>metastatic</grapheme><phoneme>m eh2 t ah0 s t ae1 t ih0 k</phoneme></lexeme>
  <lexeme><grapheme>metastasize</grapheme><alias>meh tass tah size</alias><phoneme>m ax0 t ae1 s t ax0 s ay2 z</phoneme></lexeme>
  <lexeme><grapheme>oncologist</grapheme><phoneme>aa0 n k aa1 l ah0 jh ih0 s t</phoneme></lexeme>
  <lexeme><grapheme>oncology</grapheme><phoneme>aa0 n k aa1 l ah0 jh iy0</phoneme></lexeme>
  <lexeme><grapheme>lymphedema</grapheme><alias>limfadeema</alias><phoneme>l ih2 m f ax0 d iy1 m ax0</phoneme></lexeme>
  <lexeme><grapheme>tyrosine</grapheme><alias>tie ruh seen</alias></lexeme>
  <lexeme><grapheme>kinase</grapheme><phoneme>k ay1 n ey2 s</phoneme></lexeme>
  <lexeme><grapheme>kinaise</grapheme><phoneme>k ay1 n ey2 s</phoneme></lexeme>
  <lexeme><grapheme>capecitabine</grapheme><alias>cap uh site uh bean</alias></lexeme>
  <lexeme><grapheme>lapatinib</grapheme><alias>lah pat in ib</alias><phoneme>l ax0 p ae1 t ih0 n ih0 b</phoneme></lexeme>
  <lexeme><grapheme>tucatinib</grapheme><alias>too cat in ib</alias></lexeme>
  <lexeme><grapheme>neratinib</grapheme><alias>neh rat in ib</alias></lexeme>
  <lexeme><grapheme>docetaxel</grapheme><alias>doe seh tax el</alias></lexeme>
  <lexeme><grapheme>paclitaxel</grapheme><alias>pack lih tax el</alias></lexeme>
  <lexeme><grapheme>carboplatin</grapheme><alias>car bo plat in</alias></lexeme>
  <lexeme><grapheme>cisplatin</grapheme><alias>sis plat in</alias></lexeme>
  <lexeme><grapheme>doxorubicin</grapheme><alias>docks oh roo bih sin</alias></lexeme>
  <lexeme><grapheme>cyclophosphamide</grapheme><alias>sigh clo foss fuh mide</alias></lexeme>
  <lexeme><grapheme>tamoxifen</grapheme><alias>tah mocks ih fen</alias><phoneme>t ax0 m aa1 k s ih0 f ax0 n</phoneme></lexeme>
  <lexeme><grapheme>letrozole</grapheme><alias>let ro zole</alias></lexeme>
  <lexeme><grapheme>anastrozole</grapheme><alias>an ass tro zole</alias></lexeme>
  <lexeme><grapheme>exemestane</grapheme><alias>ex uh mess tane</alias></lexeme>
  <lexeme><grapheme>fulvestrant</grapheme><alias>full vess trant</alias></lexeme>
  <lexeme><grapheme>palbociclib</grapheme><alias>pal bo sigh clib</alias></lexeme>
  <lexeme><grapheme>ribociclib</grapheme><alias>rye bo sigh clib</alias></lexeme>
  <lexeme><grapheme>abemaciclib</grapheme><alias>uh bem uh sigh clib</alias></lexeme>
  <lexeme><grapheme>everolimus</grapheme><alias>ev er oh lih muss</alias></lexeme>
  <lexeme><grapheme>olaparib</grapheme><alias>oh lap uh rib</alias></lexeme>
  <lexeme><grapheme>talazoparib</grapheme><alias>tal uh zo per ib</alias><phoneme>t aa0 l ah1 z ow0 p er0 ih0 b</phoneme></lexeme>
  <lexeme><grapheme>pembrolizumab</grapheme><alias>pem bro liz oo mab</alias></lexeme>
  <lexeme><grapheme>atezolizumab</grapheme><alias>uh teh zo liz oo mab</alias></lexeme>
  <lexeme><grapheme>bevacizumab</grapheme><alias>beh vah siz oo mab</alias><phoneme>b ax0 v ax0 s ih1 z uw0 m ae2 b</phoneme></lexeme>
  <lexeme><grapheme>denosumab</grapheme><alias>deh no soo mab</alias></lexeme>
  <lexeme><grapheme>zoledronic</grapheme><alias>zo leh dron ick</alias></lexeme>
  <lexeme><grapheme>biopsy</grapheme><phoneme>b ay1 aa2 p s iy0</phoneme></lexeme>
    <lexeme><grapheme>ductal</grapheme><alias>duck tul</alias></lexeme>
  <lexeme><grapheme>lobular</grapheme><alias>lob you lur</alias></lexeme>
  <lexeme><grapheme>mastectomy</grapheme><alias>mass tek tah me</alias><phoneme>m ae0 s t eh1 k t ax0 m iy0</phoneme></lexeme>
  <lexeme><grapheme>lumpectomy</grapheme><alias>lump ek tah me</alias><phoneme>l ah0 m p eh1 k t ax0 m iy0</phoneme></lexeme>
  <lexeme><grapheme>neuropathy</grapheme><phoneme>n uh0 r aa1 p ah0 th iy0</phoneme></lexeme>
  <lexeme><grapheme>neutropenia</grapheme><alias>new tro pee nee uh</alias></lexeme>
    <lexeme><grapheme>systemic</grapheme><phoneme>s ih0 s t eh1 m ih0 k</phoneme></lexeme>
  <lexeme><grapheme>monoclonal</grapheme><phoneme>m aa2 n ah0 k l ow1 n ah0 l</phoneme></lexeme>
  <lexeme><grapheme>stereotactic</grapheme><phoneme>s t eh2 r iy0 ow0 t ae1 k t ih0 k</phoneme></lexeme>
  <lexeme><grapheme>radiosurgery</grapheme><alias>ray dee oh sur jer ee</alias></lexeme>
  <lexeme><grapheme>leptomeningeal</grapheme><alias>lep toe meh nin jee ul</alias></lexeme>
  <lexeme><grapheme>endocrine</grapheme><phoneme>eh1 n d ah0 k r ih0 n</phoneme></lexeme>
  <lexeme><grapheme>echocardiogram</grapheme><alias>eck oh car dee oh gram</alias></lexeme>
  <lexeme><grapheme>cardiotoxicity</grapheme><alias>car dee oh tox iss ih tee</alias></lexeme>
  <lexeme><grapheme>ixabepilone</grapheme><alias>ix uh bep ih loan</alias></lexeme>
  <lexeme><grapheme>eribulin</grapheme><alias>air ih byoo lin</alias></lexeme>
  <lexeme><grapheme>vinorelbine</grapheme><alias>vin oh rel bean</alias></lexeme>
  <lexeme><grapheme>gemcitabine</grapheme><alias>jem site uh bean</alias></lexeme>
  <lexeme><grapheme>hyperthermia</grapheme><alias>hi per ther me uh</alias></lexeme>
  <lexeme><grapheme>sacituzumab</grapheme><alias>sack ih too zoo mab</alias></lexeme>
  <lexeme><grapheme>govitecan</grapheme><alias>go vee teh can</alias></lexeme>
  <lexeme><grapheme>adrenocortical</grapheme><alias>adreeno cortical</alias><phoneme>aa0 d r iy2 n ow0 k ao1 r t ax0 k ax0 l</phoneme></lexeme>
  <lexeme><grapheme>pheochromocytoma</grapheme><alias>fee oh chromo sightoma</alias><phoneme>f iy2 ow0 k r ow2 m ow0 s ay0 t ow1 m ax0</phoneme></lexeme>
  <lexeme><grapheme>bioimpedance</grapheme><alias>bio impedance</alias><phoneme>b ay2 ow0 ih0 m p iy1 d ax0 n s</phoneme></lexeme>
  <lexeme><grapheme>adrenalectomy</grapheme><alias>adreenalectomy</alias><phoneme>aa0 d r iy2 n ax0 l eh1 k t ax0 m iy0</phoneme></lexeme>
</lexicon>
