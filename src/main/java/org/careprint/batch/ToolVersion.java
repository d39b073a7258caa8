package org.careprint.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version: the jar manifest's Implementation-Version when present, else the bundled resource. */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String get() {
        String fromManifest = ToolVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
