package org.talentbench.exchange.scholarly;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;

/**
 * A parsed JSON document and typed, pointer-tracking access to it. Absent and {@code null} values read as absent;
 * a value of the wrong JSON type is an error recorded with its JSON pointer, and {@link #failIfErrors()} turns the
 * errors into one {@link ImportException}. Not thread-safe: one instance per import.
 */
final class JsonDoc {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    final String file;
    final JsonNode root;
    private final List<ImportProblem> errors = new ArrayList<>();
    final List<ImportProblem> warnings = new ArrayList<>();

    private JsonDoc(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static JsonDoc parse(String file, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(file, "", ImportCodes.FILE_EMPTY);
        }
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new ImportException(file, "", ImportCodes.FILE_EMPTY);
            }
            return new JsonDoc(file, node);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            long column = at == null ? 0 : at.getColumnNr();
            throw new ImportException(file, "line " + line + ", column " + column, ImportCodes.JSON_MALFORMED,
                    line, column, e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportException(file, "", ImportCodes.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    static String child(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    void error(String pointer, String code, Object... args) {
        errors.add(ImportProblem.of(file, pointer, code, args));
    }

    void warn(String pointer, String code, Object... args) {
        warnings.add(ImportProblem.of(file, pointer, code, args));
    }

    void failIfErrors() {
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
    }

    /** The object under {@code field}, or null when absent or null. */
    JsonNode object(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            error(child(pointer, field), ImportCodes.JSON_WRONG_TYPE, "object");
            return null;
        }
        return n;
    }

    /** The array under {@code field}; empty when absent or null. */
    JsonNode array(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!n.isArray()) {
            error(child(pointer, field), ImportCodes.JSON_WRONG_TYPE, "array");
            return JsonNodeFactory.instance.arrayNode();
        }
        return n;
    }

    /** The object at an array index, or null (and an error) when it is not an object. */
    JsonNode element(JsonNode array, String pointer, int index) {
        JsonNode n = array.get(index);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            error(child(pointer, index), ImportCodes.JSON_WRONG_TYPE, "object");
            return null;
        }
        return n;
    }

    /** Text (numbers and booleans as their text), stripped; null when absent, null or blank. */
    String text(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        return scalarText(n, child(pointer, field));
    }

    String scalarText(JsonNode n, String pointer) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            error(pointer, ImportCodes.JSON_WRONG_TYPE, "text");
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A whole number (or numeric text); null when absent. */
    Long integer(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.longValue();
        }
        if (n.isTextual()) {
            try {
                return Long.parseLong(n.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (n.isNumber() && n.canConvertToExactIntegral()) {
            return n.decimalValue().longValue();
        }
        error(child(pointer, field), ImportCodes.JSON_WRONG_TYPE, "number");
        return null;
    }

    /** A decimal number (or numeric text); null when absent. */
    Double decimal(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (n.isTextual()) {
            try {
                double d = Double.parseDouble(n.asText().strip());
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(child(pointer, field), ImportCodes.JSON_WRONG_TYPE, "number");
        return null;
    }

    /** A boolean; {@code false} when absent. */
    boolean bool(JsonNode parent, String pointer, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isTextual() && ("true".equalsIgnoreCase(n.asText()) || "false".equalsIgnoreCase(n.asText()))) {
            return Boolean.parseBoolean(n.asText());
        }
        error(child(pointer, field), ImportCodes.JSON_WRONG_TYPE, "boolean");
        return false;
    }

    /** ORCID's wrapper {@code {"value": …}}: the text of {@code value}; null when absent. */
    String valueText(JsonNode parent, String pointer, String field) {
        JsonNode wrapper = object(parent, pointer, field);
        return wrapper == null ? null : text(wrapper, child(pointer, field), "value");
    }
}
