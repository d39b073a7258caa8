package org.careprint.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.careprint.model.CarePrintException;

/**
 * A deterministic 1/N slice of the inputs ({@code --shard K/N}, K is 1-based). An input belongs to shard K
 * when the first 8 bytes of SHA-256 of its path relative to its input root, read as an unsigned number,
 * are K-1 modulo N. The relative path (not the absolute one) keeps the split identical on every machine.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new CarePrintException("--shard " + index + "/" + count
                    + " is not valid: use K/N with 1 <= K <= N, e.g. --shard 2/4");
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new CarePrintException("--shard '" + text + "' is not valid: use K/N, e.g. --shard 2/4");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new CarePrintException("--shard '" + text + "' is not valid: use K/N, e.g. --shard 2/4");
        }
    }

    /** The 0-based shard a relative path belongs to among {@code count} shards. */
    public static int slotOf(String relativePath, int count) {
        byte[] digest = org.careprint.model.Sha256.digest().digest(relativePath.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(value, count);
    }

    public boolean contains(String relativePath) {
        return count == 1 || slotOf(relativePath, count) == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
