package dev.partnerprogram.web.system.api;

import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.AnnotationsUtils;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gives every Java type of the API a schema name of its own. Swagger names a type by its simple name, so the nested
 * parts of different views ({@code CompensationView.Line}, {@code DiscountCalculator.Line}) would share one schema
 * and a generated client would read one with the other's fields. Here a type nested in a view, a service or a value
 * carries its enclosing type's name ({@code CompensationLine}, {@code DiscountCalculatorLine}), since its own name
 * only means something there; the records declared in an API class keep their simple names, which are chosen for the
 * document. Two types that would still get one name fail the document's generation with both named, rather than one
 * silently standing for the other.
 */
final class SchemaNames extends TypeNameResolver {
    /** Dropped from an enclosing type's name: {@code CompensationView.Line} is a compensation's line, not a view's. */
    private static final Pattern ROLE = Pattern.compile("(View|Workflow|Service|Input)$");
    /** Where a name's words begin. */
    private static final Pattern WORD = Pattern.compile("(?=\\p{Lu})");

    private final Map<String, Class<?>> owners = new ConcurrentHashMap<>();

    @Override
    protected String nameForClass(Class<?> type, Set<Options> options) {
        String name = super.nameForClass(type, options);
        if (!options.contains(Options.SKIP_API_MODEL)) {
            Class<?> owner = owners.putIfAbsent(name, type);
            if (owner != null && owner != type) {
                throw new IllegalStateException("Two types would share the OpenAPI schema name " + name + ": "
                        + owner.getName() + " and " + type.getName() + "; give one a @Schema(name = ...)");
            }
        }
        return name;
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null || AnnotatedElementUtils.hasAnnotation(enclosing, RestController.class)) {
            return type.getSimpleName();
        }
        return qualified(ROLE.matcher(declaredName(enclosing)).replaceFirst(""), type.getSimpleName());
    }

    /**
     * {@code Compensation} and {@code Line} make {@code CompensationLine}; a name that already says its enclosing type
     * stays alone ({@code CompanyUsers.CompanyUser}), and a word the two share is said once
     * ({@code SubjectComments.CommentView} is {@code SubjectCommentView}).
     */
    static String qualified(String outer, String inner) {
        if (outer.isEmpty() || beginsWith(inner, singular(outer))) {
            return inner;
        }
        String[] outerWords = WORD.split(outer);
        String lastWord = outerWords[outerWords.length - 1];
        return beginsWith(inner, singular(lastWord)) ? outer.substring(0, outer.length() - lastWord.length()) + inner
                : outer + inner;
    }

    /** Whether the name's first words are these ({@code LineItem} begins with {@code Line}, {@code Lineage} does not). */
    private static boolean beginsWith(String name, String words) {
        return name.startsWith(words) && (name.length() == words.length() || Character.isUpperCase(name.charAt(words.length())));
    }

    private static String singular(String name) {
        return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
    }

    /** The enclosing type's own schema name, without claiming it: the enclosing type need not be in the document. */
    private String declaredName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema schema = AnnotationsUtils.getSchemaDeclaredAnnotation(type);
        return schema != null && !schema.name().isBlank() ? schema.name() : getNameOfClass(type);
    }
}
