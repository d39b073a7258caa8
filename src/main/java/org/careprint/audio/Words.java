package org.careprint.audio;

/** Word counting used for the speaking-rate calibration and its tests. */
final class Words {
    private Words() {
    }

    static int count(String text) {
        int n = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
