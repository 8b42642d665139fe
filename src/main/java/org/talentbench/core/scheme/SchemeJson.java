package org.talentbench.core.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.InvalidInputException;

/**
 * Reads and writes schemes as JSON text (the lead stores schemes as text; this class does no I/O). Unknown fields
 * are refused, so that a misspelt key does not silently drop a rule. Output is stable: fields in declaration order,
 * map keys sorted, two-space indentation — the same scheme always gives the same text.
 *
 * <p>{@link #read(String)} only parses; call {@link SchemeValidator#validate(Scheme)} before scoring and
 * {@link PolicyLint} to review it. Thread-safe (the mapper is immutable after construction).
 */
public final class SchemeJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addModule(new SimpleModule("talentbench-scheme")
                    .addSerializer(PairwiseMatrix.class, new MatrixSerializer())
                    .addDeserializer(PairwiseMatrix.class, new MatrixDeserializer())
                    .addSerializer(LocalDate.class, new DateSerializer())
                    .addDeserializer(LocalDate.class, new DateDeserializer()))
            .build();

    private SchemeJson() {
    }

    /**
     * Parses a scheme.
     *
     * @throws InvalidInputException {@code scheme.jsonInvalid} (line, column, parser message) when the text is not a
     *                               scheme
     */
    public static Scheme read(String json) {
        try {
            Scheme s = MAPPER.readValue(json, Scheme.class);
            if (s == null) {
                throw new InvalidInputException("scheme.jsonInvalid", 1, 1, "empty");
            }
            return s;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InvalidInputException("scheme.jsonInvalid", line, col, e.getOriginalMessage());
        }
    }

    /** Writes a scheme as indented JSON with a trailing newline. */
    public static String write(Scheme scheme) {
        try {
            return MAPPER.writeValueAsString(scheme) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scheme not serialisable", e);
        }
    }

    /**
     * A copy of the mapper (stable order, ISO dates), for callers that embed schemes, lint findings or evaluation
     * results in larger JSON documents.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** Dates as ISO-8601 text ({@code 2025-12-31}), without needing the JSR-310 module. */
    private static final class DateSerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(d.toString());
        }
    }

    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            try {
                return LocalDate.parse(p.getValueAsString());
            } catch (java.time.format.DateTimeParseException e) {
                return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, p.getValueAsString(),
                        "not an ISO date");
            }
        }
    }

    private static final class MatrixSerializer extends JsonSerializer<PairwiseMatrix> {
        @Override
        public void serialize(PairwiseMatrix m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (List<String> row : m.rows()) {
                g.writeStartArray();
                for (String v : row) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
    }

    private static final class MatrixDeserializer extends JsonDeserializer<PairwiseMatrix> {
        @Override
        public PairwiseMatrix deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return (PairwiseMatrix) ctx.handleUnexpectedToken(PairwiseMatrix.class, p);
            }
            List<List<String>> rows = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    return (PairwiseMatrix) ctx.handleUnexpectedToken(PairwiseMatrix.class, p);
                }
                List<String> row = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (!p.currentToken().isScalarValue()) {
                        return (PairwiseMatrix) ctx.handleUnexpectedToken(PairwiseMatrix.class, p);
                    }
                    row.add(p.getText());
                }
                rows.add(row);
            }
            return new PairwiseMatrix(rows);
        }
    }
}
