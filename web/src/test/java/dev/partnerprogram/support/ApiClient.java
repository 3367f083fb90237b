package dev.partnerprogram.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The JSON API as a script would use it: HTTP Basic, JSON in and out, never throwing on an error status. */
public class ApiClient {
    private final RestClient http = RestClient.create();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Paths are taken literally (already encoded), never as URI templates. */
    private URI uri(String path) {
        return URI.create(base + path);
    }

    public As as(String username, String password) {
        return new As("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public As anonymous() {
        return new As(null);
    }

    public class As {
        private final String authorization;
        private final String language;

        As(String authorization) {
            this(authorization, null);
        }

        private As(String authorization, String language) {
            this.authorization = authorization;
            this.language = language;
        }

        /** The same caller asking for answers in a language ({@code Accept-Language}); none means the default, Russian. */
        public As inLanguage(String languageTag) {
            return new As(authorization, languageTag);
        }

        /** Any method, any body, the answer as text: for tests that send what no well-behaved client would. */
        /** The Basic credentials this caller sends, if any, for tests that speak HTTP on a socket of their own. */
        public String authorization() {
            return authorization;
        }

        public ResponseEntity<String> raw(org.springframework.http.HttpMethod method, String path, MediaType type, byte[] body) {
            var spec = http.method(method).uri(uri(path));
            if (authorization != null) {
                spec = spec.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            if (language != null) {
                spec = spec.header(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            if (body != null) {
                spec = spec.contentType(type).body(body);
            }
            return spec.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        }

        public ResponseEntity<JsonNode> get(String path) {
            return send(http.get().uri(uri(path)));
        }

        public ResponseEntity<byte[]> getBytes(String path) {
            var spec = http.get().uri(uri(path));
            if (authorization != null) {
                spec = spec.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            return spec.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
        }

        public ResponseEntity<JsonNode> post(String path, Object body) {
            var spec = http.post().uri(uri(path)).contentType(MediaType.APPLICATION_JSON);
            return send(body == null ? spec : spec.body(body));
        }

        public ResponseEntity<JsonNode> put(String path, Object body) {
            return send(http.put().uri(uri(path)).contentType(MediaType.APPLICATION_JSON).body(body));
        }

        public ResponseEntity<JsonNode> postRaw(String path, String json) {
            return send(http.post().uri(uri(path)).contentType(MediaType.APPLICATION_JSON).body(json));
        }

        public ResponseEntity<JsonNode> upload(String path, String fileName, byte[] content, Map<String, String> params) {
            var form = new LinkedMultiValueMap<String, Object>();
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
            params.forEach(form::add);
            return send(http.post().uri(uri(path)).contentType(MediaType.MULTIPART_FORM_DATA).body(form));
        }

        /** A multipart request of named parts, each a value or an {@link org.springframework.http.HttpEntity} with its own type. */
        public ResponseEntity<JsonNode> multipart(String path, org.springframework.util.MultiValueMap<String, Object> parts) {
            return send(http.post().uri(uri(path)).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
        }

        private ResponseEntity<JsonNode> send(RestClient.RequestHeadersSpec<?> spec) {
            if (authorization != null) {
                spec = spec.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            if (language != null) {
                spec = spec.header(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            return spec.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(JsonNode.class);
        }
    }
}
