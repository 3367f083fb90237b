package dev.partnerprogram.common;

/**
 * Search text that SQL's LIKE matches literally: its wildcards {@code %} and {@code _}, and the escape character itself,
 * are escaped with {@link #ESCAPE}, which the query names ({@code like :text escape '\'}).
 */
public final class Like {
    public static final char ESCAPE = '\\';

    private Like() {}

    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
