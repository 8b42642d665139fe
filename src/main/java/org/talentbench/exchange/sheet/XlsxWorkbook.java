package org.talentbench.exchange.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;

/**
 * An .xlsx workbook opened for reading. Rows are streamed by fastexcel-reader; before that, one pass over the zip
 * checks that it is a workbook at all and collects the merged ranges of each sheet (which fastexcel-reader does not
 * expose), reading the package's XML with a hardened StAX parser. Every failure of the file becomes an
 * {@link ImportException} with {@link ImportCodes#SHEET_NOT_WORKBOOK} or {@link ImportCodes#SHEET_CORRUPT}.
 * Not thread-safe; one instance per import. {@link #forEachRow} parses on a reader thread of its own, which has
 * ended when it returns.
 */
final class XlsxWorkbook implements AutoCloseable {
    private static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final String file;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final Map<String, List<String>> mergedBySheetName;

    private XlsxWorkbook(String file, ReadableWorkbook workbook, List<Sheet> sheets,
                         Map<String, List<String>> mergedBySheetName) {
        this.file = file;
        this.workbook = workbook;
        this.sheets = sheets;
        this.mergedBySheetName = mergedBySheetName;
    }

    static XlsxWorkbook open(String file, byte[] content) {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new ImportException(file, "", ImportCodes.SHEET_LEGACY_XLS);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new ImportException(file, "", ImportCodes.SHEET_NOT_WORKBOOK);
        }
        Map<String, List<String>> mergedByPart = new HashMap<>();
        byte[] workbookXml = null;
        byte[] rels = null;
        boolean contentTypes = false;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new ByteArrayChannel(content)).get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                entries++;
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("xl/workbook.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        workbookXml = readPart(in);
                    }
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        rels = readPart(in);
                    }
                } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    boolean mentionsMerges;
                    try (InputStream in = zip.getInputStream(e)) {
                        mentionsMerges = contains(in, MERGE_CELL);
                    }
                    if (mentionsMerges) {
                        try (InputStream in = zip.getInputStream(e)) {
                            mergedByPart.put(name, mergedRanges(in));
                        }
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException ex) {
            throw new ImportException(file, "", ImportCodes.SHEET_CORRUPT, String.valueOf(ex.getMessage()));
        }
        if (entries == 0 || (!contentTypes && workbookXml == null)) {
            throw new ImportException(file, "", ImportCodes.SHEET_NOT_WORKBOOK);
        }
        if (workbookXml == null || rels == null) {
            throw new ImportException(file, "", ImportCodes.SHEET_CORRUPT, "xl/workbook.xml");
        }
        Map<String, List<String>> mergedBySheet = new HashMap<>();
        try {
            Map<String, String> targets = relationshipTargets(rels);
            for (String[] sheet : sheetIds(workbookXml)) {
                String target = targets.get(sheet[1]);
                if (target != null) {
                    String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    mergedBySheet.put(sheet[0], mergedByPart.getOrDefault(part, List.of()));
                }
            }
        } catch (XMLStreamException | RuntimeException ex) {
            throw new ImportException(file, "", ImportCodes.SHEET_CORRUPT, String.valueOf(ex.getMessage()));
        }
        ReadableWorkbook wb = null;
        try {
            wb = new ReadableWorkbook(new ByteArrayInputStream(content));
            List<Sheet> sheets;
            try (Stream<Sheet> s = wb.getSheets()) {
                sheets = s.toList();
            }
            return new XlsxWorkbook(file, wb, sheets, mergedBySheet);
        } catch (IOException | RuntimeException ex) {
            closeQuietly(wb);
            throw new ImportException(file, "", ImportCodes.SHEET_CORRUPT, String.valueOf(ex.getMessage()));
        }
    }

    List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    /** The sheet whose name matches one of {@code names} (compared like headers). */
    Optional<String> findSheet(String... names) {
        for (Sheet s : sheets) {
            for (String n : names) {
                if (ColumnMapping.normalise(s.getName()).equals(ColumnMapping.normalise(n))) {
                    return Optional.of(s.getName());
                }
            }
        }
        return Optional.empty();
    }

    boolean date1904() {
        return workbook.isDate1904();
    }

    /** Merged ranges of a sheet, as written in the file ("A2:B3"). */
    List<String> mergedRanges(String sheetName) {
        return mergedBySheetName.getOrDefault(sheetName, List.of());
    }

    /** The first row of a sheet that has a non-empty cell, read without streaming the rest. */
    Optional<HeaderRow> firstNonEmptyRow(String sheetName) {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst().orElseThrow();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(convert(row.getCell(i)));
                }
                if (!cells.stream().allMatch(RawCell::isEmpty)) {
                    return Optional.of(HeaderRow.of(sheetName, row.getRowNum(), cells));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException ex) {
            throw new ImportException(file, sheetName, ImportCodes.SHEET_CORRUPT, String.valueOf(ex.getMessage()));
        }
    }

    /**
     * Streams the rows of a sheet to {@code handler} on the calling thread while a reader thread parses the sheet's
     * XML ahead of it: parsing is about half the work of an import preview, and the other half (checking each row)
     * can run meanwhile on a second core. The reader hands over rows in batches of {@value #BATCH_ROWS} through a
     * queue of at most {@value #QUEUE_BATCHES} batches, so memory stays bounded whatever the sheet's size; it stops
     * when the handler throws.
     */
    void forEachRow(String sheetName, RowHandler handler) {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst().orElseThrow();
        Stream<Row> stream;
        try {
            stream = sheet.openStream();
        } catch (IOException | RuntimeException ex) {
            throw new ImportException(file, sheetName, ImportCodes.SHEET_CORRUPT, String.valueOf(ex.getMessage()));
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> produceRows(stream, sheetName, queue, stop), "xlsx-rows");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item == END_OF_SHEET) {
                    return;
                }
                if (item instanceof Failure f) {
                    if (f.error() instanceof RuntimeException e) {
                        throw e;
                    }
                    throw (Error) f.error();
                }
                @SuppressWarnings("unchecked")
                List<ParsedRow> batch = (List<ParsedRow>) item;
                for (ParsedRow r : batch) {
                    handler.row(r.number(), r.cells());
                }
            }
        } finally {
            stop.set(true);
            queue.clear();
            joinQuietly(reader);
        }
    }

    private static final int BATCH_ROWS = 256;
    private static final int QUEUE_BATCHES = 8;
    private static final Object END_OF_SHEET = new Object();

    /** A row parsed by the reader thread. */
    private record ParsedRow(int number, List<RawCell> cells) {
    }

    /** What went wrong on the reader thread, to be thrown on the caller's. */
    private record Failure(Throwable error) {
    }

    private void produceRows(Stream<Row> stream, String sheetName, BlockingQueue<Object> queue, AtomicBoolean stop) {
        try (stream) {
            Iterator<Row> it = stream.iterator();
            List<ParsedRow> batch = new ArrayList<>(BATCH_ROWS);
            while (!stop.get()) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    Row row = it.next();
                    List<RawCell> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(convert(row.getCell(i)));
                    }
                    batch.add(new ParsedRow(row.getRowNum(), cells));
                } catch (RuntimeException ex) {
                    put(queue, stop, new Failure(new ImportException(file, sheetName, ImportCodes.SHEET_CORRUPT,
                            String.valueOf(ex.getMessage()))));
                    return;
                }
                if (batch.size() == BATCH_ROWS) {
                    put(queue, stop, batch);
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!batch.isEmpty()) {
                put(queue, stop, batch);
            }
            put(queue, stop, END_OF_SHEET);
        } catch (RuntimeException | Error e) {
            put(queue, stop, new Failure(e));
        }
    }

    /** Waits for room in the queue unless the caller has stopped listening. */
    private static void put(BlockingQueue<Object> queue, AtomicBoolean stop, Object item) {
        try {
            while (!stop.get() && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // the handler is still busy with earlier rows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading a sheet");
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RawCell convert(Cell cell) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        return switch (cell.getType()) {
            case EMPTY -> RawCell.EMPTY;
            case STRING -> RawCell.text(cell.asString());
            case NUMBER -> RawCell.number(cell.asNumber());
            case BOOLEAN -> RawCell.bool(Boolean.TRUE.equals(cell.asBoolean()));
            case ERROR -> new RawCell(RawCell.Kind.ERROR, String.valueOf(cell.getRawValue()), null, null);
            case FORMULA -> {
                String raw = cell.getRawValue();
                Object value = cell.getValue();
                if (raw == null || raw.isEmpty()) {
                    yield new RawCell(RawCell.Kind.FORMULA_NO_VALUE, "", null, cell.getFormula());
                }
                if (value instanceof BigDecimal n) {
                    yield RawCell.number(n);
                }
                if (value instanceof Boolean b) {
                    yield RawCell.bool(b);
                }
                yield RawCell.text(value == null ? raw : value.toString());
            }
        };
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        if (wb != null) {
            try {
                wb.close();
            } catch (IOException | RuntimeException e) {
                // the workbook was read from memory: nothing is left open
            }
        }
    }

    // ------------------------------------------------------------------ package parts

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static byte[] readPart(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new IOException("part too large");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Whether the bytes of {@code in} contain {@code needle}. A plain byte scan is far cheaper than parsing a sheet of
     * a hundred thousand rows as XML, and most sheets have no merged cells; those that mention them are parsed.
     */
    private static boolean contains(InputStream in, byte[] needle) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int matched = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == needle[matched]) {
                    if (++matched == needle.length) {
                        return true;
                    }
                } else {
                    matched = b == needle[0] ? 1 : 0;
                }
            }
        }
        return false;
    }

    private static List<String> mergedRanges(InputStream sheetXml) throws XMLStreamException {
        List<String> ranges = new ArrayList<>();
        XMLStreamReader r = factory().createXMLStreamReader(sheetXml);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
                    String ref = r.getAttributeValue(null, "ref");
                    if (ref != null) {
                        ranges.add(ref);
                    }
                }
            }
        } finally {
            r.close();
        }
        return ranges;
    }

    /** (sheet name, relationship id) pairs in workbook order. */
    private static List<String[]> sheetIds(byte[] workbookXml) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(workbookXml));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String name = r.getAttributeValue(null, "name");
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (r.getAttributeLocalName(i).equals("id")) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    if (name != null && id != null) {
                        out.add(new String[] {name, id});
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static Map<String, String> relationshipTargets(byte[] rels) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(rels));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        out.put(id, target);
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }
}
