/**
 * Files a podcast app needs beside each audio edition: the Podcasting 2.0 JSON chapters file (NAME.chapters.json),
 * written with --audio-url from the audio output's timeline. The feed itself (feed.xml) is written from report.json
 * by {@code report.PodcastFeed}.
 */
package org.careprint.podcast;
