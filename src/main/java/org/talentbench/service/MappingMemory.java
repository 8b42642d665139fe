package org.talentbench.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.repo.SettingsRepository;
import org.talentbench.exchange.sheet.ColumnMapping;

/**
 * Column mappings remembered per source, in the database settings: the key is {@value #PREFIX} plus a hash of the
 * sheet's header signature (its non-blank headers, normalised as mappings compare them, sorted, so that reordered
 * columns still match); the value is JSON {@code {"kind": "OUTPUTS", "mapping": {"header": "columnKey", …}}}.
 */
final class MappingMemory {
    static final String PREFIX = "import.mapping.";
    private static final Logger LOG = LoggerFactory.getLogger(MappingMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A remembered mapping. */
    record Entry(SheetKind kind, Map<String, String> mapping) {
    }

    private MappingMemory() {
    }

    /** The signature of a header row: normalised non-blank headers, sorted, hashed. */
    static String signature(List<String> headers) {
        TreeSet<String> normalised = new TreeSet<>();
        for (String h : headers) {
            if (h != null && !h.isBlank()) {
                normalised.add(ColumnMapping.normalise(h));
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Every remembered mapping by signature; unreadable entries are skipped (and logged). */
    static Map<String, Entry> load(SettingsRepository settings) {
        Map<String, Entry> out = new LinkedHashMap<>();
        settings.all().forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            try {
                JsonNode node = JSON.readTree(value);
                SheetKind kind = SheetKind.valueOf(node.path("kind").asText());
                Map<String, String> mapping = new LinkedHashMap<>();
                node.path("mapping").fields().forEachRemaining(e -> mapping.put(e.getKey(), e.getValue().asText()));
                out.put(key.substring(PREFIX.length()), new Entry(kind, mapping));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable column mapping {}", key, e);
            }
        });
        return out;
    }

    static void store(SettingsRepository settings, ImportPlan.RememberedMapping m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", m.kind().name());
        ObjectNode mapping = node.putObject("mapping");
        m.mapping().forEach(mapping::put);
        String value = node.toString();
        if (value.length() > 4000) {
            LOG.warn("column mapping for {} is too long to remember ({} characters)", m.signature(), value.length());
            return;
        }
        settings.put(PREFIX + m.signature(), value);
    }
}
