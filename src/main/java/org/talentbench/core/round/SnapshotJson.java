package org.talentbench.core.round;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.talentbench.core.scoring.CohortSummary;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.ScoreCard;

/**
 * The JSON form of what a snapshot keeps beyond its numbers: each full score card (decision, trace, gates, context,
 * stability), the cohort summaries with their weights, and the options. Records are written field by field (no
 * derived getters), dates as ISO strings and non-finite numbers as NaN/Infinity tokens, so that reading gives back
 * equal records. Thread-safe: the mapper is configured once and never changed.
 */
public final class SnapshotJson {
    private static final ObjectMapper MAPPER = build();

    private SnapshotJson() {
    }

    private static ObjectMapper build() {
        SimpleModule dates = new SimpleModule("talentbench-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        return JsonMapper.builder()
                .addModule(dates)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .build();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScoreCard readCard(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<CohortSummary> readCohorts(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static EvaluationOptions readOptions(String json) {
        return read(json, new TypeReference<>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
