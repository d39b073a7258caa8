package org.careprint.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB container (OCF) with reproducible bytes: {@code mimetype} first and stored, every entry with the same
 * fixed time (the job's creation date, never the clock) and no extra fields, entries in the order added.
 */
final class EpubZip {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final ZipOutputStream zip = new ZipOutputStream(buffer);
    private final LocalDateTime time;

    /** @param epochSeconds the entries' time; before 1980 (what ZIP can hold) becomes 1980-01-01 */
    EpubZip(long epochSeconds) throws IOException {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSeconds, 0, java.time.ZoneOffset.UTC);
        LocalDateTime earliest = LocalDateTime.of(1980, 1, 1, 0, 0);
        this.time = t.isBefore(earliest) ? earliest : t;
        zip.setLevel(Deflater.BEST_COMPRESSION);
        stored("mimetype", "application/epub+zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Stored as is: the mimetype, and files that are compressed already (MP3, fonts). */
    void stored(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        put(e, bytes);
    }

    void deflated(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        put(e, bytes);
    }

    void text(String name, String text) throws IOException {
        deflated(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void put(ZipEntry e, byte[] bytes) throws IOException {
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    byte[] finish() throws IOException {
        zip.finish();
        zip.close();
        return buffer.toByteArray();
    }
}
