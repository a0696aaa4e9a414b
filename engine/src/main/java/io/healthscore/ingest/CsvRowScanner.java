package io.healthscore.ingest;

/**
 * Recognises a clean CSV row in bytes, its cells bound by the header's columns: no quotes, no blanks around
 * values, the known fields as in {@link JsonLineScanner} (nps an empty cell or absent for no feedback), cells of
 * unknown columns skipped, no more cells than the header names. Any other row is left to the existing reader.
 */
final class CsvRowScanner {
    private final TokenCursor cursor = new TokenCursor();
    private final CleanRecord record = new CleanRecord();
    private final CsvHeader header;
    private final MetricsSink sink;

    CsvRowScanner(CsvHeader header, MetricsSink sink) {
        this.header = header;
        this.sink = sink;
    }

    /** Where the next line starts when the row at {@code from} is clean (and given to the sink), else -1. */
    int scan(byte[] bytes, int from, long line) {
        cursor.start(bytes, from);
        record.clear();
        for (int column = 0; cell(header.field(column)); column++) {
            if (cursor.current() != ',') {
                if (!record.complete()) {
                    return -1;
                }
                record.deliver(sink, line);
                return LineEnds.after(bytes, cursor.position());
            }
            if (column + 1 == header.columns()) {
                return -1;
            }
            cursor.advance();
        }
        return -1;
    }

    /** Reads one cell up to the ',' or terminator after it. */
    private boolean cell(int field) {
        return switch (field) {
            case CleanRecord.COMPANY -> record.company(cursor.companyId()) && endOfCell();
            case CleanRecord.WEEK -> record.week(cursor.monday()) && endOfCell();
            case CleanRecord.NPS -> endOfCell() ? record.nps(MetricsSink.NO_NPS) : record.nps(cursor.decimal()) && endOfCell();
            case CsvHeader.OTHER -> skipCell();
            default -> record.percent(field, cursor.decimal()) && endOfCell();
        };
    }

    private boolean endOfCell() {
        byte current = cursor.current();
        return current == ',' || current == '\n' || current == '\r';
    }

    /** A column the records do not read: the existing reader ignores its cells too. */
    private boolean skipCell() {
        while (!endOfCell()) {
            cursor.advance();
        }
        return true;
    }
}
