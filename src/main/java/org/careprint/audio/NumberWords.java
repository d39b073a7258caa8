package org.careprint.audio;

/** Spells numbers as words the way a narrator reads them: cardinals, ordinals, years, digit strings. */
final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] SCALES = {"", " thousand", " million", " billion"};

    private NumberWords() {
    }

    /** 0 → "zero", 21 → "twenty-one", 1500 → "one thousand five hundred". */
    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 1000) {
            return belowThousand((int) n);
        }
        StringBuilder sb = new StringBuilder();
        int scale = 0;
        while (n > 0 && scale < SCALES.length) {
            int chunk = (int) (n % 1000);
            if (chunk != 0) {
                String words = belowThousand(chunk) + SCALES[scale];
                sb.insert(0, sb.length() == 0 ? words : words + " ");
            }
            n /= 1000;
            scale++;
        }
        return sb.toString();
    }

    private static String belowThousand(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }
        return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowThousand(n % 100));
    }

    /** 1 → "first", 31 → "thirty-first", 100 → "one hundredth". */
    static String ordinal(long n) {
        String c = cardinal(n);
        int cut = Math.max(c.lastIndexOf(' '), c.lastIndexOf('-')) + 1;
        String head = c.substring(0, cut);
        String last = c.substring(cut);
        return head + ordinalWord(last);
    }

    private static String ordinalWord(String w) {
        switch (w) {
            case "one": return "first";
            case "two": return "second";
            case "three": return "third";
            case "five": return "fifth";
            case "eight": return "eighth";
            case "nine": return "ninth";
            case "twelve": return "twelfth";
            default:
                return w.endsWith("y") ? w.substring(0, w.length() - 1) + "ieth" : w + "th";
        }
    }

    /** 2015 → "twenty fifteen", 2005 → "two thousand five", 1999 → "nineteen ninety-nine", 1900 → "nineteen hundred". */
    static String year(int y) {
        if (y >= 2000 && y <= 2009) {
            return cardinal(y);
        }
        if (y < 1100 || y > 9999) {
            return cardinal(y);
        }
        int hi = y / 100;
        int lo = y % 100;
        if (lo == 0) {
            return cardinal(hi) + " hundred";
        }
        return cardinal(hi) + " " + (lo < 10 ? "oh " + cardinal(lo) : cardinal(lo));
    }

    /** "227" → "two two seven" (phone numbers are read digit by digit). */
    static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(ONES[c - '0']);
            }
        }
        return sb.toString();
    }

    /** "2.5" → "two point five"; "1,000" → "one thousand". */
    static String decimal(String s) {
        String clean = s.replace(",", "");
        int dot = clean.indexOf('.');
        if (dot < 0) {
            return cardinalOf(clean);
        }
        String whole = dot == 0 ? "zero" : cardinalOf(clean.substring(0, dot));
        return whole + " point " + digits(clean.substring(dot + 1));
    }

    private static String cardinalOf(String digits) {
        if (digits.length() > 15) {
            return NumberWords.digits(digits);
        }
        return cardinal(Long.parseLong(digits));
    }

    /** "20" → "twenties", "1990" → "nineteen nineties": a decade or an age range ("in her 20s"). */
    static String decades(String digits) {
        String number = digits.length() == 4 ? year(Integer.parseInt(digits)) : decimal(digits);
        return number.endsWith("y") ? number.substring(0, number.length() - 1) + "ies" : number + "s";
    }
}
