/**
 * Spoken editions: the speech script, text normalization, the pronunciation lexicon, synthesis, loudness,
 * MP3/WAV encoding, ID3 chapters and WebVTT captions. Walks the model; never parses text. See docs/audio.md.
 */
package org.careprint.audio;
