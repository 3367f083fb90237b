package dev.partnerprogram.deal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customer's name as registrations are compared by it when the tax ids differ: case, quotes, punctuation, the legal
 * form (ООО, АО, LLC, …) and spacing do not tell two customers apart; «ООО "Ромашка"» and «Ромашка, ООО» are one.
 */
public final class CustomerNames {
    private static final Set<String> LEGAL_FORMS = Set.of("ооо", "оао", "зао", "пао", "ао", "ип", "нао", "фгуп", "гуп", "муп",
            "llc", "ltd", "inc", "jsc", "gmbh", "ооо.", "корп", "corp");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private CustomerNames() {}

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder key = new StringBuilder();
        for (String word : NOT_LETTER_OR_DIGIT.split(lower)) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.toString();
    }
}
