package org.talentbench.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which format a file is in from its first bytes, never from its name: users save OpenAlex JSON as
 * {@code .txt} and CSV as {@code .xls}. The name only breaks a tie for a text file that could be a one-column CSV.
 *
 * <p>Reading a prefix is enough: a JSON object is recognised by its top-level keys, read with a streaming parser
 * that stops quietly where the prefix ends. Stateless and thread-safe.
 */
public final class FormatDetector {
    /** How many leading bytes callers should pass; more are accepted and ignored past this. */
    public static final int HEAD_BYTES = 16 * 1024;
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String ORCID_NS = "http://www.orcid.org/ns/";

    private FormatDetector() {
    }

    public static ImportFormat detect(byte[] head, String fileName) {
        if (head == null || head.length == 0) {
            return ImportFormat.UNKNOWN;
        }
        byte[] h = head.length > HEAD_BYTES ? java.util.Arrays.copyOf(head, HEAD_BYTES) : head;
        if (startsWith(h, 0x50, 0x4B, 0x03, 0x04)) {
            return looksLikeXlsx(h) ? ImportFormat.XLSX : ImportFormat.UNKNOWN;
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ImportFormat.UNKNOWN; // Excel 97-2003 and other OLE2 files
        }
        String text = decode(h);
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return ImportFormat.UNKNOWN;
        }
        char first = text.charAt(i);
        if (first == '<') {
            return text.contains(ORCID_NS) ? ImportFormat.ORCID_XML : ImportFormat.UNKNOWN;
        }
        if (first == '{') {
            return detectJson(text.substring(i));
        }
        if (first == '[') {
            return ImportFormat.UNKNOWN;
        }
        return looksLikeCsv(text, fileName) ? ImportFormat.CSV : ImportFormat.UNKNOWN;
    }

    private static ImportFormat detectJson(String text) {
        Map<String, String> top = new HashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return ImportFormat.UNKNOWN;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == null) {
                    break;
                }
                if (v.isScalarValue()) {
                    top.put(name, p.getText());
                } else {
                    top.put(name, v == JsonToken.START_OBJECT ? "{" : "[");
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the head ends inside the object, or the text is not JSON after all: judge on what was read
        }
        String id = top.getOrDefault("id", "");
        if (top.containsKey("orcid-identifier") || top.containsKey("activities-summary")) {
            return ImportFormat.ORCID_JSON;
        }
        if ("work".equals(top.get("message-type"))) {
            return ImportFormat.CROSSREF_WORK;
        }
        if (top.containsKey("meta") && top.containsKey("results")) {
            return ImportFormat.OPENALEX_LIST;
        }
        if (id.matches("(?i)(https://openalex\\.org/)?A\\d+")) {
            return ImportFormat.OPENALEX_AUTHOR;
        }
        if (id.matches("(?i)(https://openalex\\.org/)?W\\d+")) {
            return ImportFormat.OPENALEX_WORK;
        }
        if (top.containsKey("DOI") && (top.containsKey("is-referenced-by-count") || top.containsKey("container-title")
                || top.containsKey("member") || top.containsKey("indexed") || top.containsKey("prefix"))) {
            return ImportFormat.CROSSREF_WORK;
        }
        return ImportFormat.UNKNOWN;
    }

    private static boolean looksLikeXlsx(byte[] h) {
        String names = new String(h, StandardCharsets.ISO_8859_1);
        if (names.contains("xl/")) {
            return true;
        }
        if (names.contains("word/") || names.contains("ppt/")) {
            return false;
        }
        return names.contains("[Content_Types].xml");
    }

    private static boolean looksLikeCsv(String text, String fileName) {
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > 0) {
            return false;
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        if (firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') >= 0 || firstLine.indexOf('\t') >= 0
                || firstLine.indexOf('，') >= 0) {
            return true;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    private static String decode(byte[] h) {
        if (startsWith(h, 0xEF, 0xBB, 0xBF)) {
            return new String(h, 3, h.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(h, 0xFE, 0xFF)) {
            return new String(h, 2, h.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(h, 0xFF, 0xFE)) {
            return new String(h, 2, h.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(h, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] h, int... prefix) {
        if (h.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((h[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
