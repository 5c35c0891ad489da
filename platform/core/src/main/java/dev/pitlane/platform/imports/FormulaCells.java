package dev.pitlane.platform.imports;

/**
 * A cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) is written with a
 * leading {@code '}, and that {@code '} is taken off again on the way in, so a round trip keeps the text.
 * A number such as {@code -5} is left as it is: it runs as nothing but itself.
 */
public final class FormulaCells {

    private FormulaCells() {
    }

    public static String escape(String value) {
        if (value == null || value.isEmpty() || !startsLikeFormula(value, 0) || isNumber(value)) {
            return value;
        }
        return "'" + value;
    }

    public static String unescape(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && startsLikeFormula(value, 1)
                && !isNumber(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean startsLikeFormula(String value, int at) {
        char c = value.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static boolean isNumber(String value) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isDigit(c) || c == '.')) {
                return false;
            }
        }
        return value.length() > 1;
    }
}
