package dev.partnerprogram.web.system.api;

import dev.partnerprogram.identity.Caller;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot see in the controllers: the {@link Caller} comes from the signed-in user, not from the client;
 * every operation needs HTTP Basic unless it says otherwise; creations answer 201 with {@code Location}; and the
 * refusals of {@code ApiExceptionHandler} and the security filter are problem+json of one shape, {@code Problem}.
 * Required fields and limits come from the Bean Validation annotations on the request records, which state the domain's
 * checks for the document; the domain runs them (all at once), the web layer does not ({@code @Valid} is not used).
 */
@Configuration
class OpenApiDocument {
    static final String BASIC = "basicAuth";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String MULTIPART = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;

    static {
        // Resolved by CurrentCaller from the session or the Basic credentials; a client never sends it.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // A PageQuery argument: described as its two query parameters by pageQuery(), not as Spring Data's paging.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Pageable.class);
    }

    /** The problem answers by status: the name in {@code components/responses} and what it means. */
    private enum Refusal {
        INVALID("400", "InvalidInput", "Invalid input: `errors` names every broken rule, each with its field and code"),
        UNAUTHENTICATED("401", "Unauthenticated", "No or wrong HTTP Basic credentials"),
        FORBIDDEN("403", "Forbidden", "The caller's role or relation to the object does not allow this"),
        NOT_FOUND("404", "NotFound", "The object does not exist or is not the caller's"),
        CONFLICT("409", "Conflict", "The object's state does not allow this now, or it was changed concurrently"),
        TOO_LARGE("413", "PayloadTooLarge", "The upload is larger than allowed"),
        UNSUPPORTED("415", "UnsupportedMediaType", "The request's content type, or an uploaded file's type, is not accepted"),
        KEY_REUSED("422", "IdempotencyKeyReused", "The Idempotency-Key was already used for another request (method, path or body)"),
        TOO_MANY("429", "TooManyRequests", "Too many such requests for this e-mail address or from this client "
                + "(problem.tooManyRequests); Retry-After says in how many seconds to try again");

        final String status;
        final String name;
        final String description;

        Refusal(String status, String name, String description) {
            this.status = status;
            this.name = name;
            this.description = description;
        }
    }

    @Bean
    OpenAPI partnerProgramApi() {
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSchemas(PROBLEM, problemSchema());
        for (Refusal refusal : Refusal.values()) {
            components.addResponses(refusal.name, new ApiResponse().description(refusal.description)
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
        return new OpenAPI()
                .info(new Info().title("Partner Program API").version("1")
                        .description("The partner program's JSON API: applications, tasks, training, certification, "
                                + "marketing and tiers. Texts follow Accept-Language (ru by default, en).")
                        // OpenAPI 3.1 names a license by an SPDX expression; a proprietary one is a LicenseRef (the
                        // client generator refuses a license with neither identifier nor url).
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                // Relative, so the document is the same on every host and port.
                .servers(List.of(new Server().url("/").description("This application")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * Swagger's own model resolver with {@link SchemaNames}: springdoc puts it in place of the default one (same class).
     * Each registered converter goes in front of those before it, and this one resolves without passing on, so it is
     * registered first to stay last, behind springdoc's converters (responses, files, polymorphism).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver uniqueSchemaNames(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new SchemaNames()).openapi31(mappers.isOpenapi31());
    }

    /**
     * Each operation is named by its API class and method ({@code ApplicationApi.list} is {@code applicationList}), not
     * springdoc's {@code list_5}, whose number depends on the order the controllers were found in. The methods marked
     * {@link Creation} answer 201 with {@code Location} instead of springdoc's default 200; those marked
     * {@link Download} answer a file; those marked {@link RateLimited} may answer 429. A {@link PageQuery} argument is
     * described as its query parameters.
     */
    @Bean
    OperationCustomizer operations() {
        return (operation, handler) -> {
            String api = handler.getBeanType().getSimpleName().replaceFirst("Api$", "");
            String method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(api.charAt(0)) + api.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            pageQuery(operation, handler);
            Download download = handler.getMethodAnnotation(Download.class);
            if (download != null) {
                operation.getResponses().addApiResponse("200", new ApiResponse().description("The file")
                        .content(new Content().addMediaType(download.value(),
                                new MediaType().schema(new StringSchema().format("binary")))));
            }
            if (handler.hasMethodAnnotation(RateLimited.class)) {
                operation.getResponses().addApiResponse(Refusal.TOO_MANY.status,
                        new ApiResponse().$ref("#/components/responses/" + Refusal.TOO_MANY.name));
            }
            if (handler.hasMethodAnnotation(Creation.class)) {
                ApiResponses responses = operation.getResponses();
                ApiResponse ok = responses.remove("200");
                responses.addApiResponse("201", (ok == null ? new ApiResponse() : ok).description("Created")
                        .addHeaderObject("Location", new Header().description("The address of the created object")
                                .schema(new StringSchema().format("uri-reference"))));
                operation.addParametersItem(new Parameter().in("header").name(IdempotencyFilter.HEADER).required(false)
                        .description("A key of the client's choice (a UUID): a repeat with the same key and the same request "
                                + "within the configured window (24 hours) answers the first success again, with the header "
                                + IdempotencyFilter.REPLAYED + ", and creates nothing; the same key with another request is 422; "
                                + "a repeat while the first still runs is 409")
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                        .example("5f0c6a8e-2d4b-4e43-9a57-3f1f0f1f2a10"));
                responses.addApiResponse(Refusal.KEY_REUSED.status,
                        new ApiResponse().$ref("#/components/responses/" + Refusal.KEY_REUSED.name));
            }
            return operation;
        };
    }

    /**
     * Puts the {@code page} and {@code size} parameters of a {@link PageQuery} argument where it stands among the
     * operation's parameters, as springdoc places two {@code @RequestParam int}s with defaults.
     */
    private static void pageQuery(Operation operation, HandlerMethod handler) {
        int at = 0;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PageQuery query = parameter.getParameterAnnotation(PageQuery.class);
            if (query != null) {
                List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                        : new ArrayList<>(operation.getParameters());
                parameters.addAll(at, List.of(pageParameter(PageQueryResolver.PAGE, 0),
                        pageParameter(PageQueryResolver.SIZE, query.size())));
                operation.setParameters(parameters);
                return;
            }
            if (parameter.hasParameterAnnotation(RequestParam.class) || parameter.hasParameterAnnotation(PathVariable.class)) {
                at++;
            }
        }
    }

    private static Parameter pageParameter(String name, int fallback) {
        return new Parameter().in("query").name(name).required(false).schema(new IntegerSchema()._default(fallback));
    }

    /** Adds the refusals each operation can answer, judged from its shape; what an operation declares itself stays. */
    @Bean
    OpenApiCustomizer refusals() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            boolean body = operation.getRequestBody() != null;
            boolean multipart = body && operation.getRequestBody().getContent().containsKey(MULTIPART);
            boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
            add(operation, Refusal.INVALID, body || parameters);
            add(operation, Refusal.UNAUTHENTICATED, secured);
            add(operation, Refusal.FORBIDDEN, secured);
            add(operation, Refusal.NOT_FOUND, path.contains("{") || namesAnObject(openApi, operation));
            add(operation, Refusal.CONFLICT, method != PathItem.HttpMethod.GET);
            add(operation, Refusal.TOO_LARGE, multipart);
            add(operation, Refusal.UNSUPPORTED, body);
        }));
    }

    /**
     * Whether the operation names an object by its id outside the path — a query parameter ({@code partnerId}) or a
     * property of its body ({@code projectId}): an id of nothing, or of another company's object, is answered 404.
     */
    private static boolean namesAnObject(OpenAPI openApi, Operation operation) {
        boolean parameter = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> isId(p.getName()));
        if (parameter || operation.getRequestBody() == null) {
            return parameter;
        }
        return operation.getRequestBody().getContent().values().stream()
                .map(media -> resolve(openApi, media.getSchema()))
                .anyMatch(schema -> schema != null && schema.getProperties() != null
                        && schema.getProperties().keySet().stream().anyMatch(OpenApiDocument::isId));
    }

    private static boolean isId(String name) {
        return name.endsWith("Id") || name.endsWith("Ids");
    }

    private static Schema<?> resolve(OpenAPI openApi, Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return openApi.getComponents().getSchemas().get(name);
    }

    private static void add(Operation operation, Refusal refusal, boolean applies) {
        if (applies && !operation.getResponses().containsKey(refusal.status)) {
            operation.getResponses().addApiResponse(refusal.status, new ApiResponse().$ref("#/components/responses/" + refusal.name));
        }
    }

    /** RFC 7807 as ApiExceptionHandler writes it, with the bundle code and the field errors. */
    private static Schema<?> problemSchema() {
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", new StringSchema().description("The request's property (or parameter) at fault"));
        error.put("code", new StringSchema().description("Stable message code, e.g. error.required"));
        error.put("message", new StringSchema().description("The code's text in the caller's language"));
        error.put("line", new IntegerSchema().description("For imports: the line of the file"));
        Map<String, Schema> problem = new LinkedHashMap<>();
        problem.put("type", new StringSchema().format("uri-reference").example("about:blank"));
        problem.put("title", new StringSchema().example("Invalid input"));
        problem.put("status", new IntegerSchema().example(400));
        problem.put("detail", new StringSchema().description("What went wrong, in the caller's language")
                .example("companyName: Fill in this field."));
        problem.put("instance", new StringSchema().format("uri-reference"));
        problem.put("code", new StringSchema().description("Stable message code clients may branch on")
                .example("problem.invalidInput"));
        problem.put("errors", new ArraySchema().items(new ObjectSchema().properties(error).required(List.of("field", "code",
                "message"))).description("For 400: every broken rule at once"));
        return new ObjectSchema().properties(problem).required(List.of("type", "title", "status"))
                .description("An RFC 7807 problem (application/problem+json)");
    }
}
